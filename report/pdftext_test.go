package report

import (
	"bytes"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/ledongthuc/pdf"
)

// pdfText extracts the text of a PDF, one line per text-positioning
// operator, decoding each string through its font's ToUnicode map, as a
// person copying text out of the PDF would get it.
//
// It parses the file with github.com/ledongthuc/pdf but decodes text
// itself: the library's CMap lookup adds offsets to the last byte only,
// which garbles every character above U+00FF in fonts with two-byte codes
// (all UTF-8 fonts fpdf writes).
func pdfText(t *testing.T, b []byte) string {
	t.Helper()
	r, err := pdf.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("the PDF does not open: %v", err)
	}
	var sb strings.Builder
	for i := 1; i <= r.NumPage(); i++ {
		p := r.Page(i)
		if p.V.IsNull() {
			continue
		}
		fonts := map[string]*toUnicode{}
		for _, name := range p.Resources().Key("Font").Keys() {
			fonts[name] = readToUnicode(p.Resources().Key("Font").Key(name).Key("ToUnicode"))
		}
		var font *toUnicode
		show := func(v pdf.Value) {
			if v.Kind() == pdf.String && font != nil {
				sb.WriteString(font.decode(v.RawString()))
			}
		}
		pdf.Interpret(p.V.Key("Contents"), func(stk *pdf.Stack, op string) {
			n := stk.Len()
			args := make([]pdf.Value, n)
			for i := n - 1; i >= 0; i-- {
				args[i] = stk.Pop()
			}
			switch op {
			case "Tf":
				if len(args) == 2 {
					font = fonts[args[0].Name()]
				}
			case "Tj", "'", "\"":
				if len(args) > 0 {
					show(args[len(args)-1])
				}
			case "TJ":
				if len(args) == 1 {
					for j := 0; j < args[0].Len(); j++ {
						show(args[0].Index(j))
					}
				}
			case "Td", "TD", "T*", "Tm", "ET":
				sb.WriteString("\n")
			}
		})
	}
	return sb.String()
}

// toUnicode maps two-byte character codes to text.
type toUnicode struct {
	ranges []cmapRange
}

type cmapRange struct {
	lo, hi uint16
	dst    []uint16 // UTF-16 of the text for lo
}

// readToUnicode parses the bfrange and bfchar sections of a ToUnicode
// CMap stream.
func readToUnicode(v pdf.Value) *toUnicode {
	if v.IsNull() {
		return nil
	}
	rd := v.Reader()
	defer rd.Close()
	data, err := io.ReadAll(rd)
	if err != nil {
		return nil
	}
	hex := regexp.MustCompile(`<([0-9A-Fa-f]+)>`)
	units := func(h string) []uint16 {
		var u []uint16
		for i := 0; i+4 <= len(h); i += 4 {
			n, _ := strconv.ParseUint(h[i:i+4], 16, 16)
			u = append(u, uint16(n))
		}
		if len(h) == 2 {
			n, _ := strconv.ParseUint(h, 16, 16)
			u = append(u, uint16(n))
		}
		return u
	}
	m := &toUnicode{}
	section := regexp.MustCompile(`(?s)begin(bfrange|bfchar)(.*?)end(bfrange|bfchar)`)
	for _, sec := range section.FindAllSubmatch(data, -1) {
		var toks []string
		for _, h := range hex.FindAllSubmatch(sec[2], -1) {
			toks = append(toks, string(h[1]))
		}
		if string(sec[1]) == "bfrange" {
			for i := 0; i+2 < len(toks); i += 3 {
				m.ranges = append(m.ranges, cmapRange{units(toks[i])[0], units(toks[i+1])[0], units(toks[i+2])})
			}
		} else {
			for i := 0; i+1 < len(toks); i += 2 {
				c := units(toks[i])[0]
				m.ranges = append(m.ranges, cmapRange{c, c, units(toks[i+1])})
			}
		}
	}
	return m
}

func (m *toUnicode) decode(raw string) string {
	var out []uint16
	for i := 0; i+1 < len(raw); i += 2 {
		c := uint16(raw[i])<<8 | uint16(raw[i+1])
		for _, r := range m.ranges {
			if r.lo <= c && c <= r.hi && len(r.dst) > 0 {
				d := append([]uint16{}, r.dst...)
				d[len(d)-1] += c - r.lo // the whole code, not just its last byte
				out = append(out, d...)
				break
			}
		}
	}
	return string(utf16.Decode(out))
}
