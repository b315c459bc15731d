package mdtext

import "testing"

func TestEscaping(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
		f              func(string) string
	}{
		{"plain", "Welcome Bureau, Gdańsk", "Welcome Bureau, Gdańsk", Text},
		{"heading", "# Not a heading", `\# Not a heading`, Para},
		{"list", "- not a list", `\- not a list`, Para},
		{"ordered list", "1. not a list", `1\. not a list`, Para},
		{"version is not a list", "1.0.0 is out", `1.0.0 is out`, Para},
		{"inline marker", "# mid-line", `# mid-line`, Text},
		{"emphasis", "*bold* and _it_", `\*bold\* and \_it\_`, Text},
		{"code", "`rm -rf`", "\\`rm -rf\\`", Text},
		{"link", "[click](http://x)", `\[click\](http://x)`, Text},
		{"image", "![x](y)", `!\[x\](y)`, Text},
		{"html", "<script>alert(1)</script>", `\<script\>alert(1)\</script\>`, Text},
		{"entity", "A &amp; B &#169; C & D", `A \&amp; B \&#169; C & D`, Text},
		{"pipe", "a | b", `a \| b`, Cell},
		{"newline inline", "one\ntwo", "one two", Text},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
