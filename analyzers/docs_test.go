package analyzers

import (
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/internal/rules"
)

// TestAnalyzerDocs keeps docs/analyzers/NAME.md, every analyzer's
// documentation and every rule's, equal to the rule tables and doc.go
// files; go test ./analyzers -update rewrites them.
func TestAnalyzerDocs(t *testing.T) {
	pages := analyzerPages()
	for name, want := range pages {
		path := filepath.Join("..", "docs", "analyzers", name)
		data, err := os.ReadFile(path)
		if err == nil && string(data) == want {
			continue
		}
		if *update {
			if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		t.Errorf("docs/analyzers/%s differs from the rule tables and doc.go files (%v); run go test ./analyzers -update", name, err)
	}
	entries, err := os.ReadDir(filepath.Join("..", "docs", "analyzers"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if _, ok := pages[e.Name()]; !ok {
			t.Errorf("docs/analyzers/%s is no analyzer's page: remove it", e.Name())
		}
	}
}

// TestEveryAnalyzerHasRules: every analyzer declares at least one rule, and
// every rule belongs to an analyzer and has a summary and documentation.
func TestEveryAnalyzerHasRules(t *testing.T) {
	names := make(map[string]bool)
	for _, a := range append(Plain(), PlainOptIn()...) {
		names[strings.ToLower(a.Name)] = true
		if len(rules.Of(a.Name)) == 0 {
			t.Errorf("%s declares no rules", a.Name)
		}
	}
	for _, r := range rules.All() {
		if !names[strings.ToLower(r.Analyzer())] {
			continue // a test's own rule
		}
		if r.Summary == "" || r.Doc == "" || strings.Contains(r.Summary, "\n") {
			t.Errorf("%s: want a one-line summary and documentation", r.ID)
		}
	}
}

const generatedNote = "<!-- Generated from the rule tables and doc.go files by `go test ./analyzers -update`: edit those, not this file. -->\n\n"

// analyzerPages returns the pages of docs/analyzers by file name: one per
// extinct analyzer, and staticchecks.md for the bundled checks.
func analyzerPages() map[string]string {
	pages := make(map[string]string)
	var bundled strings.Builder
	bundled.WriteString(generatedNote + "# Bundled staticcheck checks\n\n")
	bundled.WriteString(tableHeader + tableRows(bundledRules(), "") + "\n")
	bundled.WriteString(docMarkdown("\n"+staticchecksDoc()) + "\n")
	for _, a := range append(Plain(), PlainOptIn()...) {
		if isBundled(a) {
			for _, r := range rules.Of(a.Name) {
				fmt.Fprintf(&bundled, "\n## %s\n\n", r.ID)
				bundled.WriteString(docMarkdown(r.Doc) + "\n")
			}
			continue
		}
		var b strings.Builder
		b.WriteString(generatedNote)
		fmt.Fprintf(&b, "# %s\n\n", a.Name)
		b.WriteString(docMarkdown(rules.Intro(a.Doc)) + "\n\n")
		b.WriteString("Tier default: a finding is a defect, reported unless disabled. Tier strict: a team policy, reported with `-strict` or `-enable=ID` (or `strict:`/`enable:` in `.extinct.yml`).\n\n")
		b.WriteString(tableHeader + tableRows(rules.Of(a.Name), ""))
		for _, r := range rules.Of(a.Name) {
			fmt.Fprintf(&b, "\n## %s\n\n", r.ID)
			fmt.Fprintf(&b, "Tier: %s. `extinct help %s`.\n\n", r.Tier, r.ID)
			b.WriteString(docMarkdown(r.Summary+"\n\n"+r.Doc) + "\n")
		}
		pages[a.Name+".md"] = b.String()
	}
	pages["staticchecks.md"] = bundled.String()
	return pages
}

func bundledRules() []*rules.Rule {
	var out []*rules.Rule
	for _, a := range append(Plain(), PlainOptIn()...) {
		if isBundled(a) {
			out = append(out, rules.Of(a.Name)...)
		}
	}
	return out
}

const tableHeader = "| rule | tier | what it reports |\n| --- | --- | --- |\n"

// tableRows are the Markdown table rows of rs, each ID linked to its
// section: on its own page when dir is "", else on dir + its page.
func tableRows(rs []*rules.Rule, dir string) string {
	var b strings.Builder
	for _, r := range rs {
		page := ""
		if dir != "" {
			page = dir + r.DocFile()
		}
		fmt.Fprintf(&b, "| [`%s`](%s#%s) | %s | %s |\n", r.ID, page, rules.Anchor(r.ID), r.Tier, r.Summary)
	}
	return b.String()
}

func isBundled(a *analysis.Analyzer) bool { return strings.ToUpper(a.Name) == a.Name }

// staticchecksDoc is the package comment of staticchecks/doc.go.
func staticchecksDoc() string {
	f, err := parser.ParseFile(token.NewFileSet(), "../staticchecks/doc.go", nil, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil || f.Doc == nil {
		return ""
	}
	return f.Doc.Text()
}
