package checklist

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/data"
)

// MaxFileSize is the largest framework or answer file scorecard reads.
// The YAML decoder has no limit of its own, and a 50 MB file costs it
// seconds and over a gigabyte of memory.
const MaxFileSize = 10 << 20

// DefaultFramework is the id of the framework used when none is named.
const DefaultFramework = "effective-inclusion"

// Builtins returns the ids of the frameworks embedded in the binary.
func Builtins() []string {
	entries, err := fs.ReadDir(data.FS, ".")
	if err != nil {
		return nil
	}
	var ids []string
	for _, e := range entries {
		if id, ok := strings.CutSuffix(e.Name(), ".yaml"); ok {
			ids = append(ids, id)
		}
	}
	return ids
}

// IsBuiltin reports whether id names an embedded framework.
func IsBuiltin(id string) bool {
	_, err := fs.Stat(data.FS, id+".yaml")
	return err == nil
}

// UnknownFrameworkError says that id names no built-in framework.
func UnknownFrameworkError(id string) error {
	return locale.Errorf("no built-in framework %q (built-in: %s); for a framework file, use --framework PATH", id, strings.Join(Builtins(), ", "))
}

// LoadBuiltin loads and validates the embedded framework with the given id.
func LoadBuiltin(id string) (*Framework, error) {
	b, err := fs.ReadFile(data.FS, id+".yaml")
	if err != nil {
		return nil, UnknownFrameworkError(id)
	}
	return Load("data/"+id+".yaml", b)
}

// LoadFile loads and validates a framework from a YAML file.
func LoadFile(path string) (*Framework, error) {
	b, err := ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Load(path, b)
}

// Load parses and validates a framework from YAML. name is used in
// messages. On failure the error is a Problems listing everything wrong,
// each with its line and column.
func Load(name string, b []byte) (*Framework, error) {
	var probs Problems
	root := parseDocument(name, b, &probs)
	if root == nil {
		return nil, probs.Err()
	}
	fw := new(Framework)
	d := &decoder{file: name, probs: &probs, src: bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))}
	d.decode(root, reflect.ValueOf(fw).Elem())
	if d.exhausted() {
		return nil, probs.Err()
	}
	validate(fw, name, &probs)
	if err := probs.Err(); err != nil {
		return nil, err
	}
	return fw, nil
}

// ReadFile reads a regular file of at most MaxFileSize bytes, checking
// the size before reading anything. Anything else is refused without
// waiting on it (see OpenRegular).
func ReadFile(path string) ([]byte, error) { return ReadFileLimit(path, MaxFileSize) }

// ReadFileLimit is ReadFile for files of at most limit bytes. A file that
// is not a regular one fails with Problems whose cause is its
// *NotRegularError, one too large with a *TooBigError: callers with
// their own advice find them with errors.As.
func ReadFileLimit(path string, limit int) ([]byte, error) {
	if path == "-" {
		// Commands that read standard input read it themselves: here "-"
		// is a mistake, not a file (a file of that name is "./-").
		return nil, Problems{{File: path, Text: locale.M("standard input cannot be read here; give the file's name")}}
	}
	f, st, err := OpenRegular(path)
	var nr *NotRegularError
	switch {
	case errors.As(err, &nr) && nr.Mode.IsDir():
		return nil, Problems{{File: path, Text: NotRegular(nr.Mode), Cause: nr}}
	case errors.As(err, &nr):
		return nil, Problems{{File: path, Text: locale.M("%s; scorecard reads only regular files", NotRegular(nr.Mode)), Cause: nr}}
	case err != nil:
		return nil, fileError(path, err)
	}
	defer f.Close()
	if st.Size() > int64(limit) {
		return nil, tooBig(path, limit)
	}
	// Read in one go into a buffer of the right size; one byte more
	// catches a file that grew since Stat.
	b := make([]byte, st.Size()+1)
	n, err := io.ReadFull(f, b)
	switch {
	case err == io.ErrUnexpectedEOF || err == io.EOF:
		if n > limit {
			return nil, tooBig(path, limit)
		}
		return b[:n], nil
	case err != nil:
		return nil, fileError(path, err)
	}
	// The file grew while it was read: read the rest, within the limit.
	rest, err := readLimited(f, path, limit)
	if err != nil {
		return nil, err
	}
	if n+len(rest) > limit {
		return nil, tooBig(path, limit)
	}
	return append(b, rest...), nil
}

// NotRegularError is a path that names something other than a regular
// file: a directory, a named pipe, a device or a socket.
type NotRegularError struct {
	Path string
	Mode fs.FileMode
}

func (e *NotRegularError) Error() string { return e.Path + ": " + NotRegular(e.Mode).String() }

// OpenRegular opens a file for reading when it is a regular file (or a
// link to one), and returns it with its information. Anything else is
// refused with a *NotRegularError, without waiting on it: opening a named
// pipe for reading waits for a writer, for ever if none comes, and deaf
// to Ctrl-C once the signal is caught; a device such as /dev/zero never
// ends. Every file scorecard reads by name is opened here. Other errors
// are the *fs.PathError of os.Open.
func OpenRegular(path string) (*os.File, fs.FileInfo, error) {
	// Non-blocking, so that opening a named pipe returns at once; the
	// flag changes nothing for a regular file.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		// A socket cannot be opened at all ("no such device or
		// address"): say what it is instead.
		if st, serr := os.Stat(path); serr == nil && st.Mode()&fs.ModeSocket != 0 {
			return nil, nil, &NotRegularError{Path: path, Mode: st.Mode()}
		}
		return nil, nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	if !st.Mode().IsRegular() {
		f.Close()
		return nil, nil, &NotRegularError{Path: path, Mode: st.Mode()}
	}
	return f, st, nil
}

// NotRegular says what kind of file a mode that is not a regular file's
// stands for: "is a folder, not a file". Commands that read and write
// files say it in the same words.
func NotRegular(m fs.FileMode) locale.Msg {
	switch {
	case m.IsDir():
		return locale.M("is a folder, not a file")
	case m&fs.ModeNamedPipe != 0:
		return locale.M("is a pipe (FIFO), not a regular file")
	case m&fs.ModeSocket != 0:
		return locale.M("is a socket, not a regular file")
	case m&fs.ModeCharDevice != 0:
		return locale.M("is a character device (such as a terminal or /dev/null), not a regular file")
	case m&fs.ModeDevice != 0:
		return locale.M("is a device, not a regular file")
	case m&fs.ModeSymlink != 0:
		return locale.M("is a symbolic link")
	}
	return locale.M("is not a regular file")
}

// ReadLimited reads at most MaxFileSize bytes from r (a pipe, standard
// input), failing rather than reading on past the limit.
func ReadLimited(r io.Reader, name string) ([]byte, error) {
	return readLimited(r, name, MaxFileSize)
}

func readLimited(r io.Reader, name string, limit int) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return nil, fileError(name, err)
	}
	if len(b) > limit {
		return nil, tooBig(name, limit)
	}
	return b, nil
}

// TooBigError is a file larger than a reader takes: Limit bytes.
type TooBigError struct{ Limit int }

func (e *TooBigError) Error() string { return fmt.Sprintf("larger than %d bytes", e.Limit) }

func tooBig(path string, limit int) error {
	return Problems{{File: path, Text: locale.M("file is larger than %d MiB; scorecard files are small, so check that this is the right file", limit>>20), Cause: &TooBigError{limit}}}
}

func fileError(path string, err error) error {
	msg := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		msg = pe.Err.Error()
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return Problems{{File: path, Text: locale.M("no such file")}}
	case errors.Is(err, fs.ErrPermission):
		return Problems{{File: path, Text: locale.M("permission denied; check the file's permissions")}}
	}
	// The system's own words, which scorecard cannot translate.
	return Problems{{File: path, Message: msg}}
}

// yamlLine splits a yaml.v3 error, "yaml: line 12: message", into its
// line and message.
func yamlLine(err string) (line int, msg string, ok bool) {
	rest, ok := strings.CutPrefix(err, "yaml: line ")
	if !ok {
		return 0, "", false
	}
	num, msg, ok := strings.Cut(rest, ": ")
	if !ok {
		return 0, "", false
	}
	line, convErr := strconv.Atoi(num)
	return line, msg, convErr == nil
}

// parseDocument checks the raw bytes and parses them into a node tree.
// It returns the top-level mapping, or nil after reporting why there is
// none.
func parseDocument(name string, b []byte, probs *Problems) *yaml.Node {
	if len(b) > MaxFileSize {
		probs.add(name, Pos{}, false, "file is larger than %d MiB; scorecard files are small, so check that this is the right file", MaxFileSize>>20)
		return nil
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if p, bad := firstInvalidUTF8(b); bad {
		if bytes.IndexByte(b, 0) >= 0 {
			probs.add(name, p, false, "this is not a text file (it holds binary data); give a YAML file")
		} else {
			probs.add(name, p, false, "the file is not valid UTF-8 text; save it with UTF-8 encoding")
		}
		return nil
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		probs.add(name, posOf(b, i), false, "this is not a text file (it holds binary data); give a YAML file")
		return nil
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			probs.add(name, Pos{}, false, "the file is empty")
			return nil
		}
		probs.add(name, syntaxPos(err), false, "invalid YAML: %s (in the part that starts on this line; check its indentation and quoting)", syntaxProblem(err))
		if p, ok := firstTabIndent(b); ok {
			probs.add(name, p, false, "a tab indents this line; YAML allows only spaces for indentation")
		}
		return nil
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		probs.add(name, nodePos(&extra), false, "the file holds more than one YAML document; keep only one (remove the \"---\" line)")
		return nil
	} else if !errors.Is(err, io.EOF) {
		probs.add(name, syntaxPos(err), false, "invalid YAML: %s (in the part that starts on this line; check its indentation and quoting)", syntaxProblem(err))
		return nil
	}
	if len(doc.Content) == 0 || isNull(doc.Content[0]) {
		probs.add(name, Pos{}, false, "the file is empty")
		return nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		probs.add(name, nodePos(root), false, "expected a mapping of keys to values at the top of the file, found %s", kindName(root))
		return nil
	}
	return root
}

// parserErrors are the messages of yaml.v3's parser (not its scanner).
// For these the library prints a zero-based line number, one too low
// (https://github.com/go-yaml/yaml/issues/205); syntaxPos adds the one.
var parserErrors = []string{
	"did not find expected key",
	"did not find expected node content",
	"did not find expected '-' indicator",
	"did not find expected ',' or ']'",
	"did not find expected ',' or '}'",
	"did not find expected <document start>",
}

// syntaxPos extracts the line of a yaml.v3 syntax error: the line where
// the part of the document holding the mistake starts. The library does
// not report columns for syntax errors, so the column is 1.
func syntaxPos(err error) Pos {
	line, msg, ok := yamlLine(err.Error())
	if !ok {
		return Pos{Line: 1, Column: 1}
	}
	if slices.Contains(parserErrors, msg) {
		line++
	}
	return Pos{Line: line, Column: 1}
}

// syntaxProblem says what yaml.v3 found wrong: in the user's language
// for the mistakes people make, else in the library's English.
func syntaxProblem(err error) any {
	msg := err.Error()
	if _, m, ok := yamlLine(msg); ok {
		msg = m
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	if m, ok := yamlProblems[msg]; ok {
		return m
	}
	return msg
}

// yamlProblems are yaml.v3's words for the syntax mistakes people make
// when they edit a file by hand, as messages of the catalog.
var yamlProblems = map[string]locale.Msg{
	"mapping values are not allowed in this context":               locale.M("mapping values are not allowed in this context"),
	"mapping keys are not allowed in this context":                 locale.M("mapping keys are not allowed in this context"),
	"block sequence entries are not allowed in this context":       locale.M("block sequence entries are not allowed in this context"),
	"found character that cannot start any token":                  locale.M("found character that cannot start any token"),
	"found a tab character that violates indentation":              locale.M("found a tab character that violates indentation"),
	"found a tab character where an indentation space is expected": locale.M("found a tab character where an indentation space is expected"),
	"found unexpected end of stream":                               locale.M("found unexpected end of stream"),
	"found unknown escape character":                               locale.M("found unknown escape character"),
	"found unexpected document indicator":                          locale.M("found unexpected document indicator"),
	"could not find expected ':'":                                  locale.M("could not find expected ':'"),
	"did not find expected key":                                    locale.M("did not find expected key"),
	"did not find expected node content":                           locale.M("did not find expected node content"),
	"did not find expected '-' indicator":                          locale.M("did not find expected '-' indicator"),
	"did not find expected ',' or ']'":                             locale.M("did not find expected ',' or ']'"),
	"did not find expected ',' or '}'":                             locale.M("did not find expected ',' or '}'"),
	"did not find expected <document start>":                       locale.M("did not find expected <document start>"),
	"did not find expected comment or line break":                  locale.M("did not find expected comment or line break"),
}

// firstTabIndent finds the first line indented with a tab, the usual
// cause of yaml.v3's "found character that cannot start any token".
func firstTabIndent(b []byte) (Pos, bool) {
	line := 1
	for i := 0; i < len(b); i++ {
		start := i
		for i < len(b) && b[i] == ' ' {
			i++
		}
		if i < len(b) && b[i] == '\t' {
			return Pos{Line: line, Column: i - start + 1}, true
		}
		for i < len(b) && b[i] != '\n' {
			i++
		}
		line++
	}
	return Pos{}, false
}

func firstInvalidUTF8(b []byte) (Pos, bool) {
	if utf8.Valid(b) {
		return Pos{}, false
	}
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return posOf(b, i), true
		}
		i += size
	}
	return Pos{}, false
}

// posOf returns the line and column (counted in characters) of byte
// offset i.
func posOf(b []byte, i int) Pos {
	line := 1 + bytes.Count(b[:i], []byte("\n"))
	start := bytes.LastIndexByte(b[:i], '\n') + 1
	return Pos{Line: line, Column: 1 + utf8.RuneCount(b[start:i])}
}
