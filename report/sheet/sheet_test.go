package sheet

import "testing"

func TestDefuseFormula(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"=cmd|'/C calc'!A0":         "'=cmd|'/C calc'!A0",
		"=1+1.yaml":                 "'=1+1.yaml",
		"+1+1":                      "'+1+1",
		"-1+1":                      "'-1+1",
		"@SUM(A1:A9)":               "'@SUM(A1:A9)",
		"\t=1+1":                    "'\t=1+1",
		"\r=1+1":                    "'\r=1+1",
		"=":                         "'=",
		"-":                         "'-",
		"- Ana":                     "'- Ana",
		"-2.5":                      "-2.5", // a number, read as one
		"+3":                        "+3",
		"12.0":                      "12.0",
		"Gdańsk":                    "Gdańsk",
		"a=b":                       "a=b",
		"":                          "",
		"'already quoted":           "'already quoted",
		"=HYPERLINK(\"http://x\")":  "'=HYPERLINK(\"http://x\")",
		"1.5.3":                     "1.5.3",
		"-1.":                       "'-1.",
		"+.5":                       "'+.5",
		"=1+1\n=2+2 on a new line":  "'=1+1\n=2+2 on a new line",
		"-- dashes in a file name ": "'-- dashes in a file name ",
	} {
		if got := DefuseFormula(in); got != want {
			t.Errorf("DefuseFormula(%q) = %q, want %q", in, got, want)
		}
	}
}
