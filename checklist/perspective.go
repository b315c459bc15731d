package checklist

import (
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/inclusion-tools/scorecard/checklist/locale"
)

// Perspective is the point of view a rater answers from. The handbook
// asks that refugees be listened to at the evaluation phase too, and
// that results go back to the team, the partners and the refugees; a
// rater's perspective lets merge and compare show whose view is whose
// instead of hiding it in one consensus.
//
// It is recorded in an answer file's optional top-level "perspective:".
// The zero value means the file does not say.
type Perspective string

// The perspectives a rater can answer from.
const (
	PerspectiveRefugee   Perspective = "refugee"
	PerspectiveStaff     Perspective = "staff"
	PerspectivePartner   Perspective = "partner"
	PerspectiveVolunteer Perspective = "volunteer"
	PerspectiveCommunity Perspective = "community"
	PerspectiveOther     Perspective = "other"
)

// Perspectives lists every perspective in the order they are offered and
// reported: refugees' view first.
func Perspectives() []Perspective {
	return []Perspective{PerspectiveRefugee, PerspectiveStaff, PerspectivePartner, PerspectiveVolunteer, PerspectiveCommunity, PerspectiveOther}
}

// PerspectiveValues lists the values of "perspective:" for messages and
// schemas: "refugee", "staff", ….
func PerspectiveValues() []string {
	var out []string
	for _, p := range Perspectives() {
		out = append(out, string(p))
	}
	return out
}

// ParsePerspective reads a perspective as written in a file, ignoring
// case and surrounding space.
func ParsePerspective(s string) (Perspective, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, p := range Perspectives() {
		if string(p) == s {
			return p, true
		}
	}
	return "", false
}

// Label names the perspective for people: "Refugee", "Staff".
func (p Perspective) Label(pr *locale.Printer) string {
	switch p {
	case PerspectiveRefugee:
		return pr.Sprintf("Refugee")
	case PerspectiveStaff:
		return pr.Sprintf("Staff")
	case PerspectivePartner:
		return pr.Sprintf("Partner")
	case PerspectiveVolunteer:
		return pr.Sprintf("Volunteer")
	case PerspectiveCommunity:
		return pr.Sprintf("Community")
	case PerspectiveOther:
		return pr.Sprintf("Other")
	}
	return string(p)
}

// Description says in one line who answers from the perspective, for
// the questionnaire, the template and the schema.
func (p Perspective) Description(pr *locale.Printer) string {
	switch p {
	case PerspectiveRefugee:
		return pr.Sprintf("a refugee or asylum seeker the practice is for, or was for")
	case PerspectiveStaff:
		return pr.Sprintf("someone who works for the organisation that runs the practice")
	case PerspectivePartner:
		return pr.Sprintf("someone from a partner organisation")
	case PerspectiveVolunteer:
		return pr.Sprintf("a volunteer with the practice")
	case PerspectiveCommunity:
		return pr.Sprintf("a member of the local community")
	case PerspectiveOther:
		return pr.Sprintf("anyone else")
	}
	return ""
}

// perspective reads the file's optional "perspective:"; empty means the
// file does not say.
func (l *answerLoader) perspective(n *yaml.Node) {
	s := l.text(n, keyPath("perspective"))
	if strings.TrimSpace(s) == "" {
		return
	}
	p, ok := ParsePerspective(s)
	if !ok {
		l.errorf(nodePos(n), "unknown perspective %q: use %s, or leave it out", s, locale.Or(PerspectiveValues()...))
		return
	}
	l.af.Perspective = p
}
