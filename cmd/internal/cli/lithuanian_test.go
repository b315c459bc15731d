package cli

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestLithuanianInterface: --lang lt (or LANG=lt_LT.UTF-8) is an
// interface language; it picks the Lithuanian overlay of the framework
// and writes scores with a decimal comma for people, while JSON and CSV
// keep their English keys and the full stop.
func TestLithuanianInterface(t *testing.T) {
	t.Parallel()
	complete := filepath.Join("..", "..", "..", "testdata", "answers", "complete-local-authority.yaml")
	for _, tt := range []struct {
		args []string
		env  map[string]string
		want []string
		not  []string
	}{
		{args: []string{"--lang", "lt", "score", complete},
			want: []string{"81,5", "Aiškiai žinokite, kokios paramos", "Vietos valdžia"}, not: []string{"81.5"}},
		{args: []string{"score", complete}, env: map[string]string{"LANG": "lt_LT.UTF-8"},
			want: []string{"81,5", "Aiškiai žinokite"}},
		{args: []string{"--lang", "lt", "score", complete, "--format", "json"},
			want: []string{`"score":81.5`, `"good_practice":`}, not: []string{"81,5"}},
		{args: []string{"--lang", "lt", "score", complete, "--format", "csv"},
			want: []string{"file,name,organisation", ",81.5,"}, not: []string{"81,5"}},
		{args: []string{"--lang", "lt", "framework", "show", "KA1-01"},
			want: []string{"KA1-01", "pabėgėl"}},
	} {
		f, out, errOut := assessFactory(t, strings.NewReader(""), tt.env)
		if code := Run(context.Background(), f, tt.args); code != 0 {
			t.Errorf("%v: exit %d:\n%s", tt.args, code, errOut)
			continue
		}
		got := out.String()
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%v: %q missing from\n%.800s", tt.args, w, got)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(got, w) {
				t.Errorf("%v: %q in\n%.800s", tt.args, w, got)
			}
		}
	}
}
