package main

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// fakeBinary stands in for scorecard: building the real one for every
// platform is 'make dist”s job, and takes minutes.
var fakeBinary = []byte("\x7fscorecard for linux/amd64")

func fakeCheck(b []byte, t target) error {
	if string(b) != string(fakeBinary) || t.String() != "linux/amd64" {
		return errors.New("not the fake binary")
	}
	return nil
}

// pack writes the archive of linux/amd64, with a fake binary, and
// SHA256SUMS.
func pack(t *testing.T, entries []entry) (dir string, host target) {
	t.Helper()
	host = target{"linux", "amd64"}
	dir = t.TempDir()
	all := append([]entry{{name: host.binary(), data: fakeBinary, exec: true}}, entries...)
	name := host.archiveName("v1.0.0")
	if err := writeArchive(filepath.Join(dir, name), host, "v1.0.0", all, time.Unix(1700000000, 0)); err != nil {
		t.Fatal(err)
	}
	if err := writeSums(dir, []string{name}); err != nil {
		t.Fatal(err)
	}
	return dir, host
}

var complete = []entry{
	{name: "README.md", data: []byte("# scorecard\n")},
	{name: fontLicence, data: []byte("SIL OPEN FONT LICENSE Version 1.1\n")},
	{name: "man/man1/scorecard.1", data: []byte(".TH SCORECARD 1\n")},
}

func TestCheckAcceptsWhatDistMakes(t *testing.T) {
	t.Parallel()
	dir, host := pack(t, complete)
	if err := checkDist(dir, "v1.0.0", []target{host}, checks{Binary: fakeCheck}); err != nil {
		t.Errorf("check fails on a good archive:\n%v", err)
	}
	sums, err := os.ReadFile(filepath.Join(dir, "SHA256SUMS"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "  " + host.archiveName("v1.0.0") + "\n"; !strings.HasSuffix(string(sums), want) || len(sums) != 64+len(want) {
		t.Errorf("SHA256SUMS is not in sha256sum's format:\n%s", sums)
	}
}

// The same entries give the same bytes: archives are reproducible.
func TestArchivesAreReproducible(t *testing.T) {
	t.Parallel()
	a, host := pack(t, complete)
	b, _ := pack(t, complete)
	name := host.archiveName("v1.0.0")
	x, _ := os.ReadFile(filepath.Join(a, name))
	y, _ := os.ReadFile(filepath.Join(b, name))
	if string(x) != string(y) {
		t.Error("two runs made different archives")
	}
}

func TestCheckFindsProblems(t *testing.T) {
	t.Parallel()
	t.Run("changed archive", func(t *testing.T) {
		dir, host := pack(t, complete)
		path := filepath.Join(dir, host.archiveName("v1.0.0"))
		b, _ := os.ReadFile(path)
		os.WriteFile(path, append(b, 0), 0o644)
		err := checkDist(dir, "v1.0.0", []target{host}, checks{Binary: fakeCheck})
		if err == nil || !strings.Contains(err.Error(), "but SHA256SUMS says") {
			t.Errorf("got %v, want a sum mismatch", err)
		}
	})
	t.Run("missing files", func(t *testing.T) {
		dir, host := pack(t, nil)
		err := checkDist(dir, "v1.0.0", []target{host}, checks{License: true, Binary: fakeCheck})
		for _, want := range []string{"lacks README.md", "lacks LICENSE", "lacks " + fontLicence} {
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("got %v, want %q", err, want)
			}
		}
	})
	t.Run("missing archive", func(t *testing.T) {
		dir, host := pack(t, complete)
		err := checkDist(dir, "v1.0.0", []target{host, {"windows", "amd64"}}, checks{Binary: fakeCheck})
		if err == nil || !strings.Contains(err.Error(), "scorecard-v1.0.0-windows-amd64.zip: not listed in SHA256SUMS") {
			t.Errorf("got %v, want the missing Windows archive", err)
		}
	})
	t.Run("not executable", func(t *testing.T) {
		dir, host := pack(t, complete)
		// Repack with the binary's mode cleared.
		es := append([]entry{{name: host.binary(), data: fakeBinary}}, complete...)
		if err := writeArchive(filepath.Join(dir, host.archiveName("v1.0.0")), host, "v1.0.0", es, time.Unix(0, 0)); err != nil {
			t.Fatal(err)
		}
		writeSums(dir, []string{host.archiveName("v1.0.0")})
		err := checkDist(dir, "v1.0.0", []target{host}, checks{Binary: fakeCheck})
		if err == nil || !strings.Contains(err.Error(), "scorecard is not executable") {
			t.Errorf("got %v, want a binary that is not executable", err)
		}
	})
	// The test binary is an executable for this machine only.
	t.Run("wrong platform", func(t *testing.T) {
		exe, _ := os.Executable()
		bin, _ := os.ReadFile(exe)
		for _, other := range []target{{"windows", "amd64"}, {"darwin", "arm64"}, {"linux", "arm64"}} {
			if other.OS == runtime.GOOS && other.Arch == runtime.GOARCH {
				continue
			}
			if err := checkBinary(bin, other); err == nil {
				t.Errorf("this machine's binary passes as one for %s", other)
			}
		}
	})
}
