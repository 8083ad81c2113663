package analyzers

import (
	"flag"
	"os"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/internal/rules"
)

var update = flag.Bool("update", false, "rewrite the analyzer sections of README.md and docs/rules.md from the rule tables and doc.go files")

func TestRegistry(t *testing.T) {
	plain, all := Plain(), All()
	if err := analysis.Validate(plain); err != nil {
		t.Fatal(err)
	}
	if err := analysis.Validate(all); err != nil {
		t.Fatal(err)
	}
	if len(plain) != len(all) {
		t.Fatalf("Plain() has %d analyzers, All() %d", len(plain), len(all))
	}
	flagName := regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)
	for i, a := range plain {
		if all[i].Name != a.Name || all[i] == a {
			t.Errorf("All()[%d] is not a wrapped copy of %s", i, a.Name)
		}
		if a.URL == "" || a.Doc == "" {
			t.Errorf("%s: missing URL or Doc", a.Name)
		}
		// golangci-lint lower-cases setting keys, so flags must be lower-case.
		a.Flags.VisitAll(func(f *flag.Flag) {
			if !flagName.MatchString(f.Name) {
				t.Errorf("%s: flag -%s is not lower-case and dash-separated", a.Name, f.Name)
			}
		})
	}
}

// TestREADME keeps the README's table of every rule equal to the rule
// tables; go test ./analyzers -update rewrites it.
func TestREADME(t *testing.T) {
	const path = "../README.md"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	begin, end := "<!-- BEGIN rules -->\n", "<!-- END rules -->"
	i, j := strings.Index(readme, begin), strings.Index(readme, end)
	if i < 0 || j < i {
		t.Fatalf("README.md has no section %q ... %q", begin, end)
	}
	var rows strings.Builder
	for _, a := range append(Plain(), PlainOptIn()...) {
		rows.WriteString(tableRows(rules.Of(a.Name), "docs/analyzers/"))
	}
	want := tableHeader + rows.String()
	if readme[i+len(begin):j] == want {
		return
	}
	if !*update {
		t.Fatal("README.md's rules table differs from the rule tables; run go test ./analyzers -update")
	}
	if err := os.WriteFile(path, []byte(readme[:i+len(begin)]+want+readme[j:]), 0o644); err != nil {
		t.Fatal(err)
	}
}

// docMarkdown turns a doc comment's text into Markdown: the summary line in
// bold, indented blocks fenced as Go code.
func docMarkdown(doc string) string {
	var out []string
	inCode := false
	for i, line := range strings.Split(doc, "\n") {
		if i == 0 {
			out = append(out, "**"+line+"**")
			continue
		}
		code := strings.HasPrefix(line, "\t")
		switch {
		case code && !inCode:
			out = append(out, "```go")
			inCode = true
		case !code && inCode && line != "":
			out = append(out, "```", "")
			inCode = false
		}
		if inCode {
			line = strings.TrimPrefix(line, "\t")
		}
		out = append(out, line)
	}
	if inCode {
		out = append(out, "```")
	}
	text := strings.Join(out, "\n")
	// A blank line inside a fenced block that ends it is moved after the fence.
	return strings.ReplaceAll(text, "\n\n```\n", "\n```\n")
}
