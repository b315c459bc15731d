package checklist

import (
	"io/fs"
	"reflect"
	"slices"
	"strings"

	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/data"
)

// Apply returns a copy of fw with the translation's texts in place of the
// framework's, and the translation's language. Texts the translation does
// not give stay as they are. Ids, scale values, routing values, scores and
// applicability are untouched, so answer files written with the
// translated framework are the same as with the original, and the two
// merge and compare. fw itself is not changed.
//
// fw must be the framework the translation was loaded against.
func (t *Translation) Apply(fw *Framework) (*Framework, error) {
	if fw.ID != t.Framework {
		return nil, locale.Errorf("%s: the translation is for framework %q, not %q", CleanText(t.File), t.Framework, fw.ID)
	}
	c := copyFramework(fw)
	c.Language = t.Language
	frameworkShape(c).leaves("", func(path string, s *shape) {
		switch s.kind {
		case shapeText:
			if v, ok := t.texts[path]; ok && *s.text != "" {
				*s.text = v
			}
		case shapeWords:
			if v, ok := t.lists[path]; ok {
				*s.words = slices.Clone(v)
			}
		}
	})
	// Link the copy's parts to each other, as Load does; with only texts
	// changed, this finds nothing wrong.
	var probs Problems
	validate(c, t.File, &probs)
	if err := probs.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

// PseudoTranslation translates every text of fw with text, and glossary
// terms and aliases with word: a translation into the pseudo-locale that
// tests use to find framework texts that bypass translation.
func PseudoTranslation(fw *Framework, language string, text, word func(string) string) *Translation {
	t := &Translation{
		File:      "pseudo-translation of " + fw.ID,
		Framework: fw.ID,
		Version:   fw.Version,
		Language:  language,
		texts:     map[string]string{},
		lists:     map[string][]string{},
		pos:       map[string]Pos{},
	}
	frameworkShape(fw).leaves("", func(path string, s *shape) {
		switch {
		case s.kind == shapeWords:
			words := make([]string, len(*s.words))
			for i, w := range *s.words {
				words[i] = word(w)
			}
			t.lists[path] = words
		case *s.text == "":
		case strings.HasSuffix(path, "\x1fterm") && strings.HasPrefix(path, "glossary\x1f"):
			t.texts[path] = word(*s.text)
			t.total++
		default:
			t.texts[path] = text(*s.text)
			t.total++
		}
	})
	return t
}

// BuiltinTranslation returns the built-in translation of a built-in
// framework into a language (data/translations/ID.LANG.yaml), or nil
// when there is none.
func BuiltinTranslation(fw *Framework, language string) (*Translation, error) {
	return TranslationFromFS(data.Translations, "translations", fw, language)
}

// TranslationFromFS loads dir/ID.LANG.yaml from fsys against fw, or
// returns nil when the file does not exist.
func TranslationFromFS(fsys fs.FS, dir string, fw *Framework, language string) (*Translation, error) {
	name := dir + "/" + fw.ID + "." + language + ".yaml"
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, nil
	}
	t, err := LoadTranslation("data/"+name, b, fw)
	if err != nil {
		return nil, err
	}
	if t.Language != language {
		return nil, Problems{{File: "data/" + name, Text: locale.M("the file name says language %q but the translation says %q", language, t.Language)}}
	}
	return t, nil
}

// BuiltinTranslations lists the built-in translations as file names,
// "effective-inclusion.lt.yaml".
func BuiltinTranslations() []string {
	entries, err := fs.ReadDir(data.Translations, "translations")
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".yaml") {
			out = append(out, e.Name())
		}
	}
	return out
}

// copyFramework returns a deep copy of fw's exported fields, with its
// links left for validate to fill in.
func copyFramework(fw *Framework) *Framework {
	c := new(Framework)
	deepCopy(reflect.ValueOf(c).Elem(), reflect.ValueOf(fw).Elem())
	return c
}

func deepCopy(dst, src reflect.Value) {
	switch src.Kind() {
	case reflect.Pointer:
		if src.IsNil() {
			return
		}
		n := reflect.New(src.Type().Elem())
		deepCopy(n.Elem(), src.Elem())
		dst.Set(n)
	case reflect.Struct:
		if src.Type() == posType {
			dst.Set(src) // positions are read, never written
			return
		}
		for i := 0; i < src.NumField(); i++ {
			if src.Type().Field(i).IsExported() {
				deepCopy(dst.Field(i), src.Field(i))
			}
		}
	case reflect.Slice:
		if src.IsNil() {
			return
		}
		s := reflect.MakeSlice(src.Type(), src.Len(), src.Len())
		for i := 0; i < src.Len(); i++ {
			deepCopy(s.Index(i), src.Index(i))
		}
		dst.Set(s)
	case reflect.Map:
		if src.IsNil() {
			return
		}
		m := reflect.MakeMapWithSize(src.Type(), src.Len())
		iter := src.MapRange()
		for iter.Next() {
			v := reflect.New(src.Type().Elem()).Elem()
			deepCopy(v, iter.Value())
			m.SetMapIndex(iter.Key(), v)
		}
		dst.Set(m)
	default:
		dst.Set(src)
	}
}
