package cli

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"github.com/inclusion-tools/scorecard/checklist"
	"github.com/inclusion-tools/scorecard/checklist/locale"
	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
)

func testFactory(t *testing.T, stdin string, env map[string]string) (*Factory, *ui.IOStreams) {
	t.Helper()
	io, _, _ := ui.Test(stdin, env)
	return NewFactory(io, func() time.Time { return time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC) }), io
}

// The JSON export is a public interface (documented in the README): a
// change to it must be deliberate.
func TestFrameworkExportJSONIsStable(t *testing.T) {
	f, io := testFactory(t, "", nil)
	if err := frameworkExportRun(&frameworkExportOptions{IO: io, Framework: f.Framework, Format: "json"}); err != nil {
		t.Fatal(err)
	}
	out := io.Out.(interface{ Bytes() []byte }).Bytes()
	golden(t, "framework-effective-inclusion.json", out)

	var back checklist.Framework
	if err := json.Unmarshal(out, &back); err != nil {
		t.Fatalf("export is not valid JSON: %v", err)
	}
	if len(back.KeyAreas) != 6 || len(back.Dimensions) != 5 {
		t.Errorf("JSON holds %d key areas and %d dimensions, want 6 and 5", len(back.KeyAreas), len(back.Dimensions))
	}
}

// Export to YAML and load again: the loaded framework must export to the
// same bytes, so nothing is lost on the way.
func TestFrameworkExportYAMLRoundTrips(t *testing.T) {
	f, _ := testFactory(t, "", nil)
	fw, err := f.Framework("")
	if err != nil {
		t.Fatal(err)
	}
	var first, second bytes.Buffer
	if err := exportYAML(&first, locale.English(), fw); err != nil {
		t.Fatal(err)
	}
	loaded, err := checklist.Load("exported.yaml", first.Bytes())
	if err != nil {
		t.Fatalf("exported YAML does not load:\n%v", err)
	}
	if err := exportYAML(&second, locale.English(), loaded); err != nil {
		t.Fatal(err)
	}
	if first.String() != second.String() {
		t.Error("exporting the re-loaded framework gives different YAML")
	}
	if len(loaded.Items()) != len(fw.Items()) {
		t.Errorf("re-loaded framework has %d items, want %d", len(loaded.Items()), len(fw.Items()))
	}
}

func TestFrameworkMarkdownExportIsStable(t *testing.T) {
	f, io := testFactory(t, "", nil)
	if err := frameworkExportRun(&frameworkExportOptions{IO: io, Framework: f.Framework, Format: "md"}); err != nil {
		t.Fatal(err)
	}
	golden(t, "framework-effective-inclusion.md", io.Out.(interface{ Bytes() []byte }).Bytes())
}
