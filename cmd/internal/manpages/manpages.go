// Package manpages makes scorecard's man pages from its command tree with
// cobra's doc package: a page per command in section 1 and a page per
// help topic in section 7. The help text is written for a terminal, so it
// is turned into the Markdown that the generator expects first: indented
// blocks (tables, examples) stay as they are, and characters that mean
// something in Markdown are escaped in the prose.
package manpages

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/inclusion-tools/scorecard/cmd/internal/cli"
	"github.com/inclusion-tools/scorecard/cmd/internal/ui"
	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
)

// Write writes every page under dir (in dir/man1 and dir/man7) and
// returns how many it wrote.
func Write(dir, version string, date time.Time) (int, error) {
	io, _, _ := ui.Test("", nil)
	root := cli.NewCmdRoot(cli.NewFactory(io, time.Now))
	root.DisableAutoGenTag = true // no generation date in the pages: reproducible
	cli.TopicPages(root)
	var topics []*cobra.Command
	for _, c := range root.Commands() {
		if c.IsAdditionalHelpTopicCommand() {
			topics = append(topics, c)
		}
	}
	var refs []string
	for _, t := range topics {
		refs = append(refs, "scorecard-"+t.Name()+"(7)")
	}
	root.Long += "\n\nHelp topics: " + strings.Join(refs, ", ") + "; 'scorecard help TOPIC' shows them too."
	prepare(root)

	header := func(section string) *doc.GenManHeader {
		return &doc.GenManHeader{
			Title:   "SCORECARD",
			Section: section,
			Date:    &date,
			Source:  "scorecard " + version,
			Manual:  "scorecard manual",
		}
	}
	man1, man7 := filepath.Join(dir, "man1"), filepath.Join(dir, "man7")
	for _, d := range []string{man1, man7} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return 0, err
		}
	}
	if err := doc.GenManTreeFromOpts(root, doc.GenManTreeOptions{Header: header("1"), Path: man1, CommandSeparator: "-"}); err != nil {
		return 0, err
	}
	for _, t := range topics {
		var b bytes.Buffer
		if err := doc.GenMan(t, header("7"), &b); err != nil {
			return 0, err
		}
		// The generator names the parent in the topic's own section, and
		// gives a topic the synopsis of a command.
		page := bytes.ReplaceAll(b.Bytes(), []byte(`scorecard(7)`), []byte(`scorecard(1)`))
		page = bytes.Replace(page, []byte(`\fBscorecard `+t.Name()+` [flags]\fP`), []byte(`\fBscorecard help `+t.Name()+`\fP`), 1)
		if err := os.WriteFile(filepath.Join(man7, "scorecard-"+t.Name()+".7"), page, 0o644); err != nil {
			return 0, err
		}
	}
	pages, err := filepath.Glob(filepath.Join(man1, "*.1"))
	if err != nil {
		return 0, err
	}
	return len(pages) + len(topics), nil
}

// prepare turns the help text of every command under c into Markdown.
func prepare(c *cobra.Command) {
	c.Long = markdown(c.Long)
	c.Short = escape(c.Short)
	if name, rest, ok := strings.Cut(c.Use, " "); ok {
		c.Use = name + " " + escape(rest) // keeps <file> and [flags]
	}
	for _, sub := range c.Commands() {
		prepare(sub)
	}
}

// markdown turns help text written for a terminal into Markdown:
// paragraphs of prose are escaped, indented blocks become code blocks so
// that their columns stay.
func markdown(text string) string {
	var out []string
	for _, para := range strings.Split(text, "\n\n") {
		lines := strings.Split(para, "\n")
		indented := false
		for _, l := range lines {
			if strings.HasPrefix(l, "  ") {
				indented = true
			}
		}
		if indented {
			out = append(out, "```\n"+para+"\n```")
			continue
		}
		out = append(out, escape(para))
	}
	return strings.Join(out, "\n\n")
}

// escape escapes the characters that mean something in Markdown.
func escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_<>#|", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
