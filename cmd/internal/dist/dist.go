package main

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"debug/elf"
	"debug/macho"
	"debug/pe"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"
)

// target is a platform to release for.
type target struct{ OS, Arch string }

func (t target) String() string { return t.OS + "/" + t.Arch }

// archiveName is the file name of the target's archive, without folder.
func (t target) archiveName(version string) string {
	if t.OS == "windows" {
		return t.stem(version) + ".zip"
	}
	return t.stem(version) + ".tar.gz"
}

// stem is the archive's name without extension, and the folder inside it.
func (t target) stem(version string) string {
	return "scorecard-" + version + "-" + t.OS + "-" + t.Arch
}

func (t target) binary() string {
	if t.OS == "windows" {
		return "scorecard.exe"
	}
	return "scorecard"
}

func parseTargets(args []string) ([]target, error) {
	if len(args) == 0 {
		return nil, errors.New("name the targets, such as linux/amd64 windows/amd64")
	}
	var ts []target
	for _, a := range args {
		goos, goarch, ok := strings.Cut(a, "/")
		if !ok || goos == "" || goarch == "" {
			return nil, fmt.Errorf("target %q: write it as GOOS/GOARCH, such as linux/amd64", a)
		}
		ts = append(ts, target{goos, goarch})
	}
	return ts, nil
}

// entry is one file of an archive.
type entry struct {
	name string // slash-separated, inside the archive's folder
	data []byte
	exec bool
}

// makeDist builds and packs every target, then writes SHA256SUMS.
func makeDist(out, version, ldflags, manDir string, targets []target) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	when := sourceDate()
	common, err := commonFiles(manDir)
	if err != nil {
		return err
	}
	if !repoHasLicense() {
		fmt.Fprintln(os.Stderr, "dist: warning: the repository has no LICENSE file, so the archives carry none")
	}
	tmp, err := os.MkdirTemp("", "scorecard-dist-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	var names []string
	for _, t := range targets {
		bin := filepath.Join(tmp, t.OS+"-"+t.Arch, t.binary())
		fmt.Printf("building %s\n", t)
		cmd := exec.Command("go", "build", "-trimpath", "-ldflags", ldflags, "-o", bin, "./cmd/scorecard")
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS="+t.OS, "GOARCH="+t.Arch)
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("building %s: %w", t, err)
		}
		b, err := os.ReadFile(bin)
		if err != nil {
			return err
		}
		entries := []entry{{name: t.binary(), data: b, exec: true}}
		for _, e := range common {
			if t.OS == "windows" && strings.HasPrefix(e.name, "man/") {
				continue // no man on Windows
			}
			entries = append(entries, e)
		}
		name := t.archiveName(version)
		if err := writeArchive(filepath.Join(out, name), t, version, entries, when); err != nil {
			return err
		}
		fmt.Printf("wrote %s\n", filepath.Join(out, name))
		names = append(names, name)
	}
	return writeSums(out, names)
}

// fontLicenceSource is the licence of the embedded fonts in the
// repository; fontLicence, its name in an archive.
const (
	fontLicenceSource = "report/fonts/OFL.txt"
	fontLicence       = "licences/Noto-fonts-OFL.txt"
)

// commonFiles are the files every archive carries besides the binary.
func commonFiles(manDir string) ([]entry, error) {
	var es []entry
	for _, name := range []string{"README.md", "LICENSE"} {
		b, err := os.ReadFile(name)
		if errors.Is(err, fs.ErrNotExist) && name == "LICENSE" {
			continue
		}
		if err != nil {
			return nil, err
		}
		es = append(es, entry{name: name, data: b})
	}
	// The binary carries the Noto fonts of the PDF report; the SIL Open
	// Font License asks that its text go with every copy of them.
	ofl, err := os.ReadFile(fontLicenceSource)
	if err != nil {
		return nil, err
	}
	es = append(es, entry{name: fontLicence, data: ofl})
	if manDir == "" {
		return es, nil
	}
	for _, sec := range []string{"man1", "man7"} {
		pages, err := filepath.Glob(filepath.Join(manDir, sec, "*"))
		if err != nil {
			return nil, err
		}
		if len(pages) == 0 {
			return nil, fmt.Errorf("no man pages in %s; run make man first", filepath.Join(manDir, sec))
		}
		for _, p := range pages {
			b, err := os.ReadFile(p)
			if err != nil {
				return nil, err
			}
			es = append(es, entry{name: "man/" + sec + "/" + filepath.Base(p), data: b})
		}
	}
	return es, nil
}

// sourceDate is the time recorded in the archives: SOURCE_DATE_EPOCH,
// else the last commit's time, else the Unix epoch, so that the same
// source gives the same archives.
func sourceDate() time.Time {
	s := os.Getenv("SOURCE_DATE_EPOCH")
	if s == "" {
		if out, err := exec.Command("git", "log", "-1", "--format=%ct").Output(); err == nil {
			s = strings.TrimSpace(string(out))
		}
	}
	if sec, err := strconv.ParseInt(s, 10, 64); err == nil {
		return time.Unix(sec, 0).UTC()
	}
	return time.Unix(0, 0).UTC()
}

// writeArchive writes the entries, sorted, under the target's folder.
func writeArchive(file string, t target, version string, entries []entry, when time.Time) error {
	entries = slices.Clone(entries)
	slices.SortFunc(entries, func(a, b entry) int { return strings.Compare(a.name, b.name) })
	dir := t.stem(version)
	var buf bytes.Buffer
	if t.OS == "windows" {
		zw := zip.NewWriter(&buf)
		for _, e := range entries {
			h := &zip.FileHeader{Name: dir + "/" + e.name, Method: zip.Deflate, Modified: when}
			mode := fs.FileMode(0o644)
			if e.exec {
				mode = 0o755
			}
			h.SetMode(mode)
			w, err := zw.CreateHeader(h)
			if err != nil {
				return err
			}
			if _, err := w.Write(e.data); err != nil {
				return err
			}
		}
		if err := zw.Close(); err != nil {
			return err
		}
	} else {
		gz, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		gz.ModTime = when
		tw := tar.NewWriter(gz)
		dirs := map[string]bool{}
		for _, e := range entries {
			// Folders first, so that every extractor makes them with the
			// right mode.
			for d := path.Dir(dir + "/" + e.name); d != "." && !dirs[d]; d = path.Dir(d) {
				dirs[d] = true
			}
		}
		sorted := make([]string, 0, len(dirs))
		for d := range dirs {
			sorted = append(sorted, d)
		}
		slices.Sort(sorted)
		for _, d := range sorted {
			if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeDir, Name: d + "/", Mode: 0o755, ModTime: when, Format: tar.FormatPAX}); err != nil {
				return err
			}
		}
		for _, e := range entries {
			mode := int64(0o644)
			if e.exec {
				mode = 0o755
			}
			h := &tar.Header{Typeflag: tar.TypeReg, Name: dir + "/" + e.name, Mode: mode, Size: int64(len(e.data)), ModTime: when, Format: tar.FormatPAX}
			if err := tw.WriteHeader(h); err != nil {
				return err
			}
			if _, err := tw.Write(e.data); err != nil {
				return err
			}
		}
		if err := tw.Close(); err != nil {
			return err
		}
		if err := gz.Close(); err != nil {
			return err
		}
	}
	return os.WriteFile(file, buf.Bytes(), 0o644)
}

// writeSums writes SHA256SUMS for the archives, in the format that
// 'sha256sum -c' and 'shasum -a 256 -c' read.
func writeSums(dir string, names []string) error {
	slices.Sort(names)
	var b strings.Builder
	for _, n := range names {
		sum, err := fileSum(filepath.Join(dir, n))
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "%s  %s\n", sum, n)
	}
	return os.WriteFile(filepath.Join(dir, "SHA256SUMS"), []byte(b.String()), 0o644)
}

func fileSum(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// checks says what checkDist expects.
type checks struct {
	License bool // the archives carry a LICENSE
	Run     bool // run the binary for this machine with --version
	// Binary checks a binary's platform; checkBinary unless a test says
	// otherwise.
	Binary func([]byte, target) error
}

// checkDist checks the archives in dir against SHA256SUMS and their
// expected contents, and returns every problem found.
func checkDist(dir, version string, targets []target, c checks) error {
	var probs []string
	sums, err := readSums(filepath.Join(dir, "SHA256SUMS"))
	if err != nil {
		return err
	}
	for _, t := range targets {
		name := t.archiveName(version)
		want, listed := sums[name]
		if !listed {
			probs = append(probs, name+": not listed in SHA256SUMS")
		}
		got, err := fileSum(filepath.Join(dir, name))
		if err != nil {
			probs = append(probs, name+": "+err.Error())
			continue
		}
		if listed && got != want {
			probs = append(probs, fmt.Sprintf("%s: sha256 %s, but SHA256SUMS says %s", name, got, want))
		}
		delete(sums, name)
		for _, p := range checkArchive(filepath.Join(dir, name), t, version, c) {
			probs = append(probs, name+": "+p)
		}
	}
	for name := range sums {
		probs = append(probs, "SHA256SUMS lists "+name+", which is not a target")
	}
	if len(probs) > 0 {
		slices.Sort(probs)
		return errors.New(strings.Join(probs, "\n"))
	}
	return nil
}

func readSums(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sums := map[string]string{}
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		sum, name, ok := strings.Cut(sc.Text(), "  ")
		if _, err := hex.DecodeString(sum); !ok || err != nil || len(sum) != 64 || name == "" {
			return nil, fmt.Errorf("%s:%d: not a line of sha256sum: %q", path, line, sc.Text())
		}
		sums[name] = sum
	}
	return sums, sc.Err()
}

// checkArchive opens an archive and checks its entries and its binary.
func checkArchive(path string, t target, version string, c checks) []string {
	files, err := readArchive(path, t)
	if err != nil {
		return []string{err.Error()}
	}
	var probs []string
	dir := t.stem(version) + "/"
	for name := range files {
		if !strings.HasPrefix(name, dir) {
			probs = append(probs, fmt.Sprintf("%s is outside the folder %s", name, dir))
		}
	}
	want := []string{t.binary(), "README.md", fontLicence}
	if c.License {
		want = append(want, "LICENSE")
	} else if _, ok := files[dir+"LICENSE"]; ok {
		probs = append(probs, "holds a LICENSE the repository does not have")
	}
	if t.OS != "windows" {
		want = append(want, "man/man1/scorecard.1")
	}
	for _, w := range want {
		if _, ok := files[dir+w]; !ok {
			probs = append(probs, "lacks "+w)
		}
	}
	bin, ok := files[dir+t.binary()]
	if !ok {
		return probs
	}
	if t.OS != "windows" && bin.mode&0o111 == 0 {
		probs = append(probs, t.binary()+" is not executable")
	}
	if err := c.Binary(bin.data, t); err != nil {
		probs = append(probs, t.binary()+": "+err.Error())
	}
	if c.Run && t.OS == runtime.GOOS && t.Arch == runtime.GOARCH {
		if err := runVersion(bin.data, version); err != nil {
			probs = append(probs, t.binary()+" --version: "+err.Error())
		}
	}
	return probs
}

type archived struct {
	data []byte
	mode fs.FileMode
}

func readArchive(path string, t target) (map[string]archived, error) {
	files := map[string]archived{}
	if t.OS == "windows" {
		zr, err := zip.OpenReader(path)
		if err != nil {
			return nil, err
		}
		defer zr.Close()
		for _, f := range zr.File {
			rc, err := f.Open()
			if err != nil {
				return nil, err
			}
			b, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				return nil, err
			}
			files[f.Name] = archived{b, f.Mode()}
		}
		return files, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return files, nil
		}
		if err != nil {
			return nil, err
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return nil, err
		}
		files[h.Name] = archived{b, fs.FileMode(h.Mode)}
	}
}

// checkBinary checks that b is an executable for the target, and on Linux
// that it is static (no interpreter, no shared libraries).
func checkBinary(b []byte, t target) error {
	r := bytes.NewReader(b)
	switch t.OS {
	case "linux":
		f, err := elf.NewFile(r)
		if err != nil {
			return fmt.Errorf("not an ELF executable: %w", err)
		}
		want := map[string]elf.Machine{"amd64": elf.EM_X86_64, "arm64": elf.EM_AARCH64}[t.Arch]
		if f.Machine != want {
			return fmt.Errorf("built for %v, not %s", f.Machine, t.Arch)
		}
		for _, p := range f.Progs {
			if p.Type == elf.PT_INTERP || p.Type == elf.PT_DYNAMIC {
				return errors.New("not static: it needs the dynamic linker")
			}
		}
	case "darwin":
		f, err := macho.NewFile(r)
		if err != nil {
			return fmt.Errorf("not a Mach-O executable: %w", err)
		}
		want := map[string]macho.Cpu{"amd64": macho.CpuAmd64, "arm64": macho.CpuArm64}[t.Arch]
		if f.Cpu != want || f.Type != macho.TypeExec {
			return fmt.Errorf("built for %v (type %v), not an executable for %s", f.Cpu, f.Type, t.Arch)
		}
	case "windows":
		f, err := pe.NewFile(r)
		if err != nil {
			return fmt.Errorf("not a Windows executable: %w", err)
		}
		want := map[string]uint16{"amd64": pe.IMAGE_FILE_MACHINE_AMD64, "arm64": pe.IMAGE_FILE_MACHINE_ARM64}[t.Arch]
		if f.Machine != want || f.Characteristics&pe.IMAGE_FILE_EXECUTABLE_IMAGE == 0 {
			return fmt.Errorf("machine %#x, not an executable for %s", f.Machine, t.Arch)
		}
	default:
		return fmt.Errorf("no check for %s", t.OS)
	}
	return nil
}

// runVersion runs the binary for this machine with --version and checks
// that it names the release's version.
func runVersion(b []byte, version string) error {
	dir, err := os.MkdirTemp("", "scorecard-check-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, "scorecard")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	if err := os.WriteFile(bin, b, 0o755); err != nil {
		return err
	}
	out, err := exec.Command(bin, "--version").Output()
	if err != nil {
		return err
	}
	if first, _, _ := strings.Cut(string(out), "\n"); first != "scorecard "+version {
		return fmt.Errorf("says %q, want %q", first, "scorecard "+version)
	}
	return nil
}
