//go:build unix

package cli

import (
	"errors"
	"io"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// device returns a character device that a test may try to write over:
// a copy of /dev/null or /dev/full made with mknod when running as root
// (so that a regression replaces the copy, never the machine's own), the
// real one otherwise (whose folder an ordinary user cannot write).
func device(t *testing.T, name string, minor uint32) string {
	t.Helper()
	if runtime.GOOS != "linux" {
		t.Skip("device numbers as on Linux")
	}
	if os.Geteuid() != 0 {
		return "/dev/" + name
	}
	path := filepath.Join(t.TempDir(), name)
	if err := syscall.Mknod(path, syscall.S_IFCHR|0o666, int(1<<8|minor)); err != nil {
		t.Skipf("mknod: %v", err)
	}
	return path
}

// tempFiles lists the temporary files of writeFileAtomic in dir.
func tempFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") && strings.HasSuffix(e.Name(), tempSuffix) {
			names = append(names, e.Name())
		}
	}
	return names
}

func writeText(s string) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := io.WriteString(w, s)
		return err
	}
}

// -o refuses anything but a regular file or a new name, with --force or
// without, and leaves it as it was.
func TestWriteRefusesWhatIsNotARegularFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	sock := filepath.Join(dir, "sock")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Skipf("unix socket: %v", err)
	}
	defer l.Close()
	null, full := device(t, "null", 3), device(t, "full", 7)
	linkToNull := filepath.Join(dir, "null-link")
	if err := os.Symlink(null, linkToNull); err != nil {
		t.Fatal(err)
	}
	linkToStdout := filepath.Join(dir, "stdout-link")
	if err := os.Symlink("/proc/self/fd/1", linkToStdout); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ path, want string }{
		{null, "it is a character device (such as a terminal or /dev/null), not a regular file; to send the output there, leave out -o and redirect standard output instead"},
		{full, "it is a character device (such as a terminal or /dev/null), not a regular file"},
		{fifo, "it is a pipe (FIFO), not a regular file"},
		{sock, "it is a socket, not a regular file"},
		{dir, "it is a folder, not a file; give the name of a regular file"},
		{linkToNull, "it is a link to " + null + ", which is a character device (such as a terminal or /dev/null), not a regular file"},
		{linkToStdout, "cannot write " + linkToStdout + ": it is a link"},
	}
	for _, tt := range tests {
		for _, force := range []bool{false, true} {
			before, err := os.Lstat(tt.path)
			if err != nil {
				t.Fatal(err)
			}
			err = writeFileAtomic(tt.path, force, writeText("report\n"))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("writeFileAtomic(%s, force %v) = %v, want an error containing %q", tt.path, force, err, tt.want)
			}
			after, err := os.Lstat(tt.path)
			if err != nil || after.Mode() != before.Mode() || !os.SameFile(before, after) {
				t.Errorf("%s was replaced: mode %v, now %v (%v)", tt.path, before.Mode(), after.Mode(), err)
			}
		}
	}
	if left := tempFiles(t, dir); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// A link is written through to the file it points to, relative links
// included; the link stays a link. A link to nowhere is refused.
func TestWriteThroughALink(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "answers"), 0o755); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(dir, "answers", "bureau.yaml")
	if err := os.WriteFile(target, []byte("old\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "bureau.yaml")
	if err := os.Symlink(filepath.Join("answers", "bureau.yaml"), link); err != nil {
		t.Fatal(err)
	}
	if err := writeFileAtomic(link, false, writeText("new\n")); err == nil {
		t.Error("an existing link was written without --force")
	}
	if err := writeFileAtomic(link, true, writeText("new\n")); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("the link is gone: %v, %v", st, err)
	}
	if b, _ := os.ReadFile(target); string(b) != "new\n" {
		t.Errorf("target holds %q, want the new content", b)
	}
	if st, _ := os.Stat(target); st.Mode().Perm() != 0o600 {
		t.Errorf("target mode %v, want its own 0600 kept", st.Mode().Perm())
	}
	if left := tempFiles(t, filepath.Join(dir, "answers")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
	f, _ := testFactory(t, "", nil)
	p, _ := f.Printer()
	if got, want := linkNote(p, link), link+" is a link: writing to the file it points to, "+target; got != want {
		t.Errorf("linkNote = %q, want %q", got, want)
	}

	dangling := filepath.Join(dir, "dangling.md")
	if err := os.Symlink(filepath.Join(dir, "nowhere", "report.md"), dangling); err != nil {
		t.Fatal(err)
	}
	err := writeFileAtomic(dangling, true, writeText("x"))
	if err == nil || !strings.Contains(err.Error(), "it is a link to a file that does not exist") {
		t.Errorf("writing through a dangling link: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "nowhere")); err == nil {
		t.Error("a folder was created for the dangling link")
	}
}

// An existing file keeps its mode, whatever the umask; a new answer file
// is private, a new report is not (the umask is the process's, so new
// files are checked with the umask's part taken into account).
func TestWriteKeepsModes(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, mode := range []fs.FileMode{0o600, 0o640, 0o664, 0o444} {
		path := filepath.Join(dir, "f"+strconv.FormatUint(uint64(mode), 8))
		if err := os.WriteFile(path, []byte("old"), mode); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(path, mode); err != nil { // past the umask
			t.Fatal(err)
		}
		if err := writeFileAtomic(path, true, writeText("new")); err != nil {
			t.Fatal(err)
		}
		if st, _ := os.Stat(path); st.Mode().Perm() != mode {
			t.Errorf("mode %v after a write, want %v kept", st.Mode().Perm(), mode)
		}
	}
	probe := filepath.Join(dir, "probe")
	if err := os.WriteFile(probe, nil, 0o777); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(probe)
	umask := 0o777 &^ st.Mode().Perm()
	report, answers := filepath.Join(dir, "report.md"), filepath.Join(dir, "merged.yaml")
	if err := writeFileAtomic(report, false, writeText("r")); err != nil {
		t.Fatal(err)
	}
	if err := writeAnswerFile(answers, false, writeText("a")); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]fs.FileMode{report: 0o644 &^ umask, answers: 0o600 &^ umask} {
		if st, _ := os.Stat(path); st.Mode().Perm() != want {
			t.Errorf("%s: mode %v, want %v", filepath.Base(path), st.Mode().Perm(), want)
		}
	}
}

// The temporary file goes on every failure: an error while rendering, a
// panic while rendering, an output that exists, a failed rename.
func TestWriteLeavesNoTemporaryFileOnFailure(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "report.md")
	renderErr := errors.New("render failed")
	if err := writeFileAtomic(path, false, func(w io.Writer) error {
		io.WriteString(w, "half")
		return renderErr
	}); !errors.Is(err, renderErr) {
		t.Errorf("error = %v, want the render error", err)
	}
	func() {
		defer func() { recover() }()
		writeFileAtomic(path, false, func(w io.Writer) error {
			io.WriteString(w, "half")
			panic("render panicked")
		})
	}()
	if err := os.WriteFile(path, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	// The name is taken between the check and the link (as by another
	// process): the existing file wins, and the temporary file goes.
	if err := writeFileAtomic(filepath.Join(dir, "late.md"), false, func(w io.Writer) error {
		return os.WriteFile(filepath.Join(dir, "late.md"), []byte("first"), 0o644)
	}); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("a file created meanwhile: error = %v, want already exists", err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "late.md")); string(b) != "first" {
		t.Errorf("the file created meanwhile holds %q", b)
	}
	// A rename that fails: the target became a folder meanwhile.
	taken := filepath.Join(dir, "taken.md")
	if err := writeFileAtomic(taken, true, func(w io.Writer) error {
		return os.Mkdir(taken, 0o755)
	}); err == nil {
		t.Error("renaming over a folder succeeded")
	}
	if b, _ := os.ReadFile(path); string(b) != "mine" {
		t.Errorf("the existing file changed: %q", b)
	}
	if left := tempFiles(t, dir); len(left) > 0 {
		t.Errorf("temporary files left after failures: %v", left)
	}
}

// Temporary files of killed runs are removed by the next write of the
// same file; those of a process that runs, other names, links and folders
// stay.
func TestStaleTemporaryFilesAreRemoved(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	parent := strconv.Itoa(os.Getppid())
	names := map[string]bool{ // name: whether it should stay
		".report.md.999999999.1.tmp":      false, // no such process
		".report.md.123456789012.tmp":     false, // from before process ids were recorded
		".report.md." + parent + ".2.tmp": true,  // a process that runs
		".report.md.notes.tmp":            true,  // not ours
		".other.md.999999999.3.tmp":       true,  // another file's
		"report.md.999999999.4.tmp":       true,  // not hidden: not ours
	}
	for name := range names {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, ".report.md.999999999.5.tmp"), 0o755); err != nil {
		t.Fatal(err)
	}
	names[".report.md.999999999.5.tmp"] = true
	if err := os.Symlink("report.md", filepath.Join(dir, ".report.md.999999999.6.tmp")); err != nil {
		t.Fatal(err)
	}
	names[".report.md.999999999.6.tmp"] = true
	if err := writeFileAtomic(filepath.Join(dir, "report.md"), false, writeText("r")); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	for name, stays := range names {
		if slices.Contains(got, name) != stays {
			t.Errorf("%s: present %v, want %v", name, !stays, stays)
		}
	}
}

// An import's folder is tidied once: the temporary files of killed runs
// next to any answer file go, whatever their name; a live process's,
// other files' and names that only look alike stay.
func TestTidyFolder(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	parent := strconv.Itoa(os.Getppid())
	names := map[string]bool{ // name: whether it should stay
		".welcome-bureau-ana.yaml.999999999.1.tmp":     false, // no such process
		".welcome-bureau-boris.yaml.999999999.2.tmp":   false,
		".welcome-bureau-cy.yaml." + parent + ".3.tmp": true, // a process that runs
		".report.md.999999999.4.tmp":                   true, // not an answer file's
		".notes.2024.05.tmp":                           true, // someone's own
		".yaml.999999999.5.tmp":                        true, // no name before .yaml
		"welcome-bureau-ana.yaml":                      true,
	}
	for name := range names {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tidyFolder(dir)
	entries, _ := os.ReadDir(dir)
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	for name, stays := range names {
		if slices.Contains(got, name) != stays {
			t.Errorf("%s: present %v, want %v", name, !stays, stays)
		}
	}
}

// Every command that writes with -o exits 2 with a message when -o names
// a device, /dev/full included, with --force or without.
func TestEveryOutputFlagRefusesADevice(t *testing.T) {
	t.Parallel()
	full := device(t, "full", 7)
	answers := "../../../testdata/answers/spec-example.yaml"
	f, _ := testFactory(t, "", nil)
	plan := filepath.Join(t.TempDir(), "plan.yaml")
	if _, stderr, code := run(t, f, "plan", answers, "-o", plan); code != 0 {
		t.Fatalf("plan: exit %d\n%s", code, stderr)
	}
	for _, args := range [][]string{
		{"report", answers, "-o", full, "--format", "md"},
		{"report", answers, "-o", full, "--format", "pdf"},
		{"merge", answers, answers, "-o", full},
		{"template", "-o", full},
		{"template", "--format", "xlsx", "-o", full},
		{"score", answers, "--format", "xlsx", "-o", full},
		{"compare", answers, answers, "--format", "xlsx", "-o", full},
		{"compare", "--items", answers, answers, "--format", "csv", "-o", full},
		{"plan", answers, "-o", full},
		{"plan", "show", plan, "--format", "md", "-o", full},
		{"framework", "export", "--format", "xlsform", "-o", full},
		{"framework", "export", "--format", "xform", "-o", full},
		{"framework", "export", "--lang", "lv", "-o", full},
		{"schema", "-o", full},
	} {
		for _, force := range []bool{false, true} {
			if force {
				args = append(args, "--force")
			}
			_, stderr, code := run(t, f, args...)
			if code != 2 || !strings.Contains(stderr, "cannot write "+full+": it is a character device (such as a terminal or /dev/null), not a regular file") {
				t.Errorf("scorecard %v: exit %d, want 2 and a message:\n%s", args, code, stderr)
			}
			if st, err := os.Stat(full); err != nil || st.Mode()&fs.ModeCharDevice == 0 {
				t.Fatalf("%s was replaced", full)
			}
		}
	}
}
