// Package analysisdoc takes an analyzer's documentation from its doc.go, so
// that doc.go stays the single source for `extinct help NAME`, the rules'
// documentation, the README and the golangci-lint plugin.
package analysisdoc

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// Extract returns the section of the package comment in content (the text of
// a doc.go file) headed "# Analyzer NAME", without the leading "NAME: ".
// It panics when the section is missing: that is a programming error caught
// by every test that loads the analyzer.
func Extract(content, name string) string {
	text := section(content, "Analyzer "+name)
	if !strings.HasPrefix(text, name+": ") {
		panic("analysisdoc: section of " + name + " must start with \"" + name + ": \"")
	}
	return strings.TrimPrefix(text, name+": ")
}

// Rule returns the section of the package comment in content headed
// "# Rule ID", as rules.Rule.Doc wants it. It panics when the section is
// missing or empty.
func Rule(content, id string) string {
	text := section(content, "Rule "+id)
	if text == "" {
		panic("analysisdoc: section # Rule " + id + " is empty")
	}
	return text
}

// section returns the text of the package comment in content under the
// heading "# heading", up to the next heading, trimmed.
func section(content, heading string) string {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil || f.Doc == nil {
		panic(fmt.Sprintf("analysisdoc: doc.go for %q has no package comment: %v", heading, err))
	}
	text := f.Doc.Text()
	start := strings.Index(text, "# "+heading+"\n")
	if start < 0 {
		panic("analysisdoc: doc.go has no section # " + heading)
	}
	text = text[start+len(heading)+3:]
	if end := strings.Index(text, "\n# "); end >= 0 {
		text = text[:end]
	}
	return strings.TrimSpace(text)
}
