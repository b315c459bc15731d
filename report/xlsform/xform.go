package xlsform

import (
	"bufio"
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist/form"
)

// rootName is the name of the XForm's instance root, as pyxform names it.
const rootName = "data"

// WriteXForm writes the form as an ODK XForm: what pyxform would make of
// the XLSForm, for ODK Central, Collect, Enketo and Web Forms.
func WriteXForm(w io.Writer, f *form.Form) error {
	x := &xformWriter{f: f, w: bufio.NewWriter(w)}
	x.write()
	return x.w.Flush()
}

type xformWriter struct {
	f *form.Form
	w *bufio.Writer
}

func (x *xformWriter) p(s ...string) {
	for _, part := range s {
		x.w.WriteString(part)
	}
}

// attr escapes text for an attribute value (xml.EscapeText escapes
// quotation marks too).
func attr(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// path is the absolute instance path of a field.
func (x *xformWriter) path(fd *form.Field) string {
	return "/" + rootName + "/" + strings.Join(x.f.Path(fd), "/")
}

// expr turns an XLSForm expression, with fields as ${name}, into XPath
// with absolute paths.
func (x *xformWriter) expr(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "${")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		name := s[i+2 : i+j]
		if fd := x.f.Field(name); fd != nil {
			b.WriteString(x.path(fd))
		} else {
			b.WriteString(s[i : i+j+1])
		}
		s = s[i+j+1:]
	}
}

// labelValue writes a label's text for itext, with references to fields
// as <output> elements.
func (x *xformWriter) labelValue(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "${")
		j := -1
		if i >= 0 {
			j = strings.IndexByte(s[i:], '}')
		}
		if i < 0 || j < 0 {
			xml.EscapeText(&b, []byte(s))
			return b.String()
		}
		xml.EscapeText(&b, []byte(s[:i]))
		name := s[i+2 : i+j]
		if fd := x.f.Field(name); fd != nil {
			b.WriteString(`<output value="` + attr(x.path(fd)) + `"/>`)
		} else {
			xml.EscapeText(&b, []byte(s[i:i+j+1]))
		}
		s = s[i+j+1:]
	}
}

func (x *xformWriter) write() {
	f := x.f
	x.p(`<?xml version="1.0" encoding="UTF-8"?>`, "\n")
	x.p(`<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:ev="http://www.w3.org/2001/xml-events" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:jr="http://openrosa.org/javarosa" xmlns:odk="http://www.opendatakit.org/xforms" xmlns:orx="http://openrosa.org/xforms" xmlns:xsd="http://www.w3.org/2001/XMLSchema">`, "\n")
	x.p("  <h:head>\n    <h:title>", attr(f.Title[0]), "</h:title>\n")
	x.p(`    <model odk:xforms-version="1.0.0">`, "\n")
	x.itext()
	x.p("      <instance>\n")
	x.p(`        <`, rootName, ` id="`, attr(f.ID), `" version="`, attr(f.Version), `">`, "\n")
	for _, fd := range f.Fields {
		x.instance(fd, 10)
	}
	x.p("          <meta>\n            <instanceID/>\n          </meta>\n")
	x.p("        </", rootName, ">\n      </instance>\n")
	f.Walk(x.bind)
	x.p(`      <bind nodeset="/`, rootName, `/meta/instanceID" type="string" readonly="true()" jr:preload="uid"/>`, "\n")
	f.Walk(func(fd *form.Field) {
		if fd.Default != "" {
			x.p(`      <setvalue event="odk-instance-first-load" ref="`, attr(x.path(fd)), `" value="`, attr(x.expr(fd.Default)), `"/>`, "\n")
		}
	})
	x.p("    </model>\n  </h:head>\n")
	x.p(`  <h:body class="pages">`, "\n")
	for _, fd := range f.Fields {
		x.body(fd, 4)
	}
	x.p("  </h:body>\n</h:html>\n")
}

// itextID names a field's label or hint in the translations.
func (x *xformWriter) itextID(fd *form.Field, what string) string {
	return x.path(fd) + ":" + what
}

func choiceID(list string, i int) string { return list + "-" + strconv.Itoa(i) }

func (x *xformWriter) itext() {
	f := x.f
	x.p("      <itext>\n")
	for li, l := range f.Languages {
		def := ""
		if li == 0 {
			def = ` default="true()"`
		}
		x.p(`        <translation lang="`, attr(l.Column()), `"`, def, ">\n")
		text := func(id, value string) {
			x.p(`          <text id="`, attr(id), `"><value>`, x.labelValue(value), "</value></text>\n")
		}
		f.Walk(func(fd *form.Field) {
			if li < len(fd.Label) && fd.Label[li] != "" {
				text(x.itextID(fd, "label"), fd.Label[li])
			}
			if li < len(fd.Hint) && fd.Hint[li] != "" {
				text(x.itextID(fd, "hint"), fd.Hint[li])
			}
		})
		for _, list := range f.Lists {
			for i, c := range list.Choices {
				if li < len(c.Label) {
					text(choiceID(list.Name, i), c.Label[li])
				}
			}
		}
		x.p("        </translation>\n")
	}
	x.p("      </itext>\n")
}

func (x *xformWriter) instance(fd *form.Field, indent int) {
	pad := strings.Repeat(" ", indent)
	if fd.Kind != form.Group {
		x.p(pad, "<", fd.Name, "/>\n")
		return
	}
	x.p(pad, "<", fd.Name, ">\n")
	for _, c := range fd.Fields {
		x.instance(c, indent+2)
	}
	x.p(pad, "</", fd.Name, ">\n")
}

func (x *xformWriter) bind(fd *form.Field) {
	var attrs []string
	add := func(name, value string) { attrs = append(attrs, name+`="`+attr(value)+`"`) }
	switch fd.Kind {
	case form.Group:
		if fd.Relevant == "" {
			return
		}
	case form.Date:
		add("type", "date")
	case form.Note:
		add("type", "string")
		add("readonly", "true()")
	default:
		add("type", "string")
	}
	if fd.Required {
		add("required", "true()")
	}
	if fd.Relevant != "" {
		add("relevant", x.expr(fd.Relevant))
	}
	if fd.Calculation != "" {
		add("calculate", x.expr(fd.Calculation))
	}
	x.p(`      <bind nodeset="`, attr(x.path(fd)), `" `, strings.Join(attrs, " "), "/>\n")
}

func (x *xformWriter) labels(fd *form.Field, pad string) {
	if len(fd.Label) > 0 && fd.Label[0] != "" {
		x.p(pad, `<label ref="jr:itext('`, attr(x.itextID(fd, "label")), `')"/>`, "\n")
	}
	if len(fd.Hint) > 0 && fd.Hint[0] != "" {
		x.p(pad, `<hint ref="jr:itext('`, attr(x.itextID(fd, "hint")), `')"/>`, "\n")
	}
}

func (x *xformWriter) body(fd *form.Field, indent int) {
	pad := strings.Repeat(" ", indent)
	ref := ` ref="` + attr(x.path(fd)) + `"`
	appearance := ""
	if fd.Appearance != "" {
		appearance = ` appearance="` + attr(fd.Appearance) + `"`
	}
	switch fd.Kind {
	case form.Calculate:
		return
	case form.Group:
		x.p(pad, "<group", ref, appearance, ">\n")
		x.labels(fd, pad+"  ")
		for _, c := range fd.Fields {
			x.body(c, indent+2)
		}
		x.p(pad, "</group>\n")
	case form.SelectOne:
		x.p(pad, "<select1", ref, appearance, ">\n")
		x.labels(fd, pad+"  ")
		if list := x.f.List(fd.List); list != nil {
			for i, c := range list.Choices {
				x.p(pad, `  <item><label ref="jr:itext('`, attr(choiceID(list.Name, i)), `')"/><value>`, attr(c.Name), "</value></item>\n")
			}
		}
		x.p(pad, "</select1>\n")
	default:
		x.p(pad, "<input", ref, appearance, ">\n")
		x.labels(fd, pad+"  ")
		x.p(pad, "</input>\n")
	}
}
