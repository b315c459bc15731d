// Package ttf reads what the PDF report needs from a TrueType font that
// golang.org/x/image/font/sfnt does not expose, and writes a copy of the
// font with more characters mapped: the contextual forms (initial, medial,
// final) that the font's GSUB table gives a letter, so that a PDF writer
// that draws one glyph per character can draw them.
package ttf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
)

// Font is a parsed font file: its tables by tag.
type Font struct {
	data   []byte
	tables map[string][]byte
	order  []string
}

var errShort = errors.New("ttf: truncated font")

// Parse reads a font's table directory.
func Parse(b []byte) (*Font, error) {
	if len(b) < 12 {
		return nil, errShort
	}
	n := int(binary.BigEndian.Uint16(b[4:]))
	if len(b) < 12+16*n {
		return nil, errShort
	}
	f := &Font{data: b, tables: map[string][]byte{}}
	for i := range n {
		r := b[12+16*i:]
		tag := string(r[:4])
		off, length := binary.BigEndian.Uint32(r[8:]), binary.BigEndian.Uint32(r[12:])
		if uint64(off)+uint64(length) > uint64(len(b)) {
			return nil, fmt.Errorf("ttf: table %s out of the file", tag)
		}
		f.tables[tag] = b[off : off+length]
		f.order = append(f.order, tag)
	}
	return f, nil
}

// Cmap returns the font's mapping of BMP characters to glyphs, from its
// Unicode format 4 subtable.
func (f *Font) Cmap() (map[rune]uint16, error) {
	t := f.tables["cmap"]
	if len(t) < 4 {
		return nil, errors.New("ttf: no cmap table")
	}
	n := int(u16(t, 2))
	for i := range n {
		rec := 4 + 8*i
		if rec+8 > len(t) {
			return nil, errShort
		}
		platform, encoding, off := u16(t, rec), u16(t, rec+2), int(u32(t, rec+4))
		if !(platform == 3 && encoding == 1 || platform == 0) || off+2 > len(t) || u16(t, off) != 4 {
			continue
		}
		return format4(t[off:])
	}
	return nil, errors.New("ttf: no Unicode format 4 cmap")
}

func format4(t []byte) (map[rune]uint16, error) {
	if len(t) < 14 {
		return nil, errShort
	}
	segs := int(u16(t, 6)) / 2
	ends, starts, deltas, ranges := 14, 16+2*segs, 16+4*segs, 16+6*segs
	if len(t) < 16+8*segs {
		return nil, errShort
	}
	m := map[rune]uint16{}
	for s := range segs {
		end, start := int(u16(t, ends+2*s)), int(u16(t, starts+2*s))
		delta, rangeOff := u16(t, deltas+2*s), int(u16(t, ranges+2*s))
		for c := start; c <= end && c != 0xFFFF; c++ {
			var g uint16
			if rangeOff == 0 {
				g = uint16(c) + delta
			} else {
				at := ranges + 2*s + rangeOff + 2*(c-start)
				if at+2 > len(t) {
					return nil, errShort
				}
				if g = u16(t, at); g != 0 {
					g += delta
				}
			}
			if g != 0 {
				m[rune(c)] = g
			}
		}
	}
	return m, nil
}

// Forms are a letter's contextual glyphs: final, initial and medial, 0
// where the font has none.
type Forms struct{ Fina, Init, Medi uint16 }

// ContextualForms looks up, in the GSUB table, the glyphs that the
// features fina, init and medi substitute for each given glyph (single
// substitutions, as Arabic fonts make them).
func (f *Font) ContextualForms(glyphs []uint16) (map[uint16]Forms, error) {
	t := f.tables["GSUB"]
	if len(t) < 10 {
		return nil, errors.New("ttf: no GSUB table")
	}
	features, lookups := int(u16(t, 6)), int(u16(t, 8))
	if features+2 > len(t) || lookups+2 > len(t) {
		return nil, errShort
	}
	out := map[uint16]Forms{}
	nf := int(u16(t, features))
	for i := range nf {
		rec := features + 2 + 6*i
		if rec+6 > len(t) {
			return nil, errShort
		}
		tag := string(t[rec : rec+4])
		if tag != "fina" && tag != "init" && tag != "medi" {
			continue
		}
		ft := features + int(u16(t, rec+4))
		if ft+4 > len(t) {
			return nil, errShort
		}
		for j := range int(u16(t, ft+2)) {
			if ft+4+2*j+2 > len(t) {
				return nil, errShort
			}
			li := int(u16(t, ft+4+2*j))
			subst, err := singleSubstitutions(t, lookups, li, glyphs)
			if err != nil {
				return nil, err
			}
			for g, s := range subst {
				fm := out[g]
				switch tag {
				case "fina":
					fm.Fina = s
				case "init":
					fm.Init = s
				case "medi":
					fm.Medi = s
				}
				out[g] = fm
			}
		}
	}
	return out, nil
}

// singleSubstitutions applies lookup li of a lookup list to the glyphs,
// when it is a single substitution (type 1, or type 7 extending one).
func singleSubstitutions(t []byte, list, li int, glyphs []uint16) (map[uint16]uint16, error) {
	if li >= int(u16(t, list)) || list+2+2*li+2 > len(t) {
		return nil, errShort
	}
	lk := list + int(u16(t, list+2+2*li))
	if lk+6 > len(t) {
		return nil, errShort
	}
	typ, n := u16(t, lk), int(u16(t, lk+4))
	out := map[uint16]uint16{}
	for k := range n {
		if lk+6+2*k+2 > len(t) {
			return nil, errShort
		}
		st := lk + int(u16(t, lk+6+2*k))
		subType := typ
		if typ == 7 {
			if st+8 > len(t) {
				return nil, errShort
			}
			subType = u16(t, st+2)
			st += int(u32(t, st+4))
		}
		if subType != 1 || st+6 > len(t) {
			continue
		}
		cov, err := coverage(t, st+int(u16(t, st+2)))
		if err != nil {
			return nil, err
		}
		for _, g := range glyphs {
			idx, ok := cov[g]
			if !ok {
				continue
			}
			switch u16(t, st) {
			case 1:
				out[g] = g + u16(t, st+4)
			case 2:
				if at := st + 6 + 2*idx; idx < int(u16(t, st+4)) && at+2 <= len(t) {
					out[g] = u16(t, at)
				}
			}
		}
	}
	return out, nil
}

// coverage reads a coverage table: glyph → coverage index.
func coverage(t []byte, at int) (map[uint16]int, error) {
	if at+4 > len(t) {
		return nil, errShort
	}
	m := map[uint16]int{}
	n := int(u16(t, at+2))
	switch u16(t, at) {
	case 1:
		if at+4+2*n > len(t) {
			return nil, errShort
		}
		for i := range n {
			m[u16(t, at+4+2*i)] = i
		}
	case 2:
		if at+4+6*n > len(t) {
			return nil, errShort
		}
		for i := range n {
			r := at + 4 + 6*i
			start, end, idx := u16(t, r), u16(t, r+2), int(u16(t, r+4))
			for g := int(start); g <= int(end); g++ {
				m[uint16(g)] = idx + g - int(start)
			}
		}
	}
	return m, nil
}

// WithCmap returns a copy of the font whose cmap table is one Unicode
// format 4 subtable holding the given mapping (BMP characters only).
func (f *Font) WithCmap(m map[rune]uint16) ([]byte, error) {
	cmap, err := buildCmap(m)
	if err != nil {
		return nil, err
	}
	tables := map[string][]byte{}
	for k, v := range f.tables {
		tables[k] = v
	}
	tables["cmap"] = cmap
	tags := slices.Clone(f.order)
	slices.Sort(tags)
	n := len(tags)
	head := 12 + 16*n
	size := head
	for _, tag := range tags {
		size += (len(tables[tag]) + 3) &^ 3
	}
	out := make([]byte, size)
	copy(out, f.data[:4]) // sfnt version
	binary.BigEndian.PutUint16(out[4:], uint16(n))
	sr, es := 1, 0
	for sr*2 <= n {
		sr, es = sr*2, es+1
	}
	binary.BigEndian.PutUint16(out[6:], uint16(sr*16))
	binary.BigEndian.PutUint16(out[8:], uint16(es))
	binary.BigEndian.PutUint16(out[10:], uint16(n*16-sr*16))
	off := head
	headAt := -1
	for i, tag := range tags {
		data := tables[tag]
		copy(out[off:], data)
		if tag == "head" && len(data) >= 12 {
			headAt = off
			binary.BigEndian.PutUint32(out[off+8:], 0) // checkSumAdjustment, set below
		}
		rec := 12 + 16*i
		copy(out[rec:], tag)
		binary.BigEndian.PutUint32(out[rec+4:], checksum(out[off:off+((len(data)+3)&^3)]))
		binary.BigEndian.PutUint32(out[rec+8:], uint32(off))
		binary.BigEndian.PutUint32(out[rec+12:], uint32(len(data)))
		off += (len(data) + 3) &^ 3
	}
	if headAt >= 0 {
		binary.BigEndian.PutUint32(out[headAt+8:], 0xB1B0AFBA-checksum(out))
	}
	return out, nil
}

// buildCmap writes a cmap table with one format 4 subtable for (3, 1):
// runs of consecutive characters with consecutive glyphs share a segment.
func buildCmap(m map[rune]uint16) ([]byte, error) {
	var cs []rune
	for c := range m {
		if c > 0 && c < 0xFFFF {
			cs = append(cs, c)
		}
	}
	slices.Sort(cs)
	type seg struct {
		start, end rune
		delta      uint16
	}
	var segs []seg
	for _, c := range cs {
		d := m[c] - uint16(c)
		if l := len(segs) - 1; l >= 0 && segs[l].end == c-1 && segs[l].delta == d {
			segs[l].end = c
			continue
		}
		segs = append(segs, seg{c, c, d})
	}
	segs = append(segs, seg{0xFFFF, 0xFFFF, 1})
	n := len(segs)
	length := 16 + 8*n
	if length > 0xFFFF {
		return nil, errors.New("ttf: too many characters for a format 4 cmap")
	}
	t := make([]byte, 12+length)
	binary.BigEndian.PutUint16(t[2:], 1)  // one subtable
	binary.BigEndian.PutUint16(t[4:], 3)  // Windows
	binary.BigEndian.PutUint16(t[6:], 1)  // Unicode BMP
	binary.BigEndian.PutUint32(t[8:], 12) // offset
	s := t[12:]
	binary.BigEndian.PutUint16(s[0:], 4)
	binary.BigEndian.PutUint16(s[2:], uint16(length))
	binary.BigEndian.PutUint16(s[6:], uint16(2*n))
	sr, es := 1, 0
	for sr*2 <= n {
		sr, es = sr*2, es+1
	}
	binary.BigEndian.PutUint16(s[8:], uint16(2*sr))
	binary.BigEndian.PutUint16(s[10:], uint16(es))
	binary.BigEndian.PutUint16(s[12:], uint16(2*n-2*sr))
	for i, g := range segs {
		binary.BigEndian.PutUint16(s[14+2*i:], uint16(g.end))
		binary.BigEndian.PutUint16(s[16+2*n+2*i:], uint16(g.start))
		binary.BigEndian.PutUint16(s[16+4*n+2*i:], g.delta)
		// idRangeOffset stays 0: every segment maps by delta.
	}
	return t, nil
}

func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:min(i+4, len(b))])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}

func u16(b []byte, at int) uint16 { return binary.BigEndian.Uint16(b[at:]) }
func u32(b []byte, at int) uint32 { return binary.BigEndian.Uint32(b[at:]) }
