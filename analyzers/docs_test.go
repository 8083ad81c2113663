package analyzers

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/internal/rules"
)

// TestRulesDoc keeps docs/rules.md, every analyzer's documentation and
// every rule's, equal to the rule tables and doc.go files; go test
// ./analyzers -update rewrites it.
func TestRulesDoc(t *testing.T) {
	const path = "../docs/rules.md"
	want := rulesDoc()
	data, err := os.ReadFile(path)
	if err == nil && string(data) == want {
		return
	}
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("docs/rules.md differs from the rule tables and doc.go files (%v); run go test ./analyzers -update", err)
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

func rulesDoc() string {
	var b strings.Builder
	b.WriteString("# extinct's rules\n\n")
	b.WriteString("Generated from each analyzer's rule table and doc.go by `go test ./analyzers -update`: edit those, not this file.\n")
	b.WriteString("Tier default: a finding is a defect, reported unless disabled. Tier strict: a team policy, reported with `-strict` or `-enable=ID` (or `strict:`/`enable:` in `.extinct.yml`).\n\n")
	b.WriteString(tableHeader)
	for _, a := range append(Plain(), PlainOptIn()...) {
		b.WriteString(tableRows(rules.Of(a.Name), ""))
	}
	for _, a := range append(Plain(), PlainOptIn()...) {
		fmt.Fprintf(&b, "\n## %s\n\n", a.Name)
		if !bundled(a) {
			b.WriteString(docMarkdown(rules.Intro(a.Doc)) + "\n")
		}
		for _, r := range rules.Of(a.Name) {
			fmt.Fprintf(&b, "\n### %s\n\n", r.ID)
			fmt.Fprintf(&b, "Tier: %s.\n\n", r.Tier)
			b.WriteString(docMarkdown(r.Summary+"\n\n"+r.Doc) + "\n")
		}
	}
	return b.String()
}

const tableHeader = "| rule | tier | what it reports |\n| --- | --- | --- |\n"

// tableRows are the Markdown table rows of rs, each ID linked to its
// section of docs/rules.md (prefix: the path to it from the file they go in).
func tableRows(rs []*rules.Rule, prefix string) string {
	var b strings.Builder
	for _, r := range rs {
		fmt.Fprintf(&b, "| [`%s`](%s#%s) | %s | %s |\n", r.ID, prefix, rules.Anchor(r.ID), r.Tier, r.Summary)
	}
	return b.String()
}

func bundled(a *analysis.Analyzer) bool { return strings.ToUpper(a.Name) == a.Name }
