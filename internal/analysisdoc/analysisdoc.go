// Package analysisdoc takes an analyzer's documentation from its doc.go, so
// that doc.go stays the single source for `extinct help NAME`, the README
// and the golangci-lint plugin.
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
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil || f.Doc == nil {
		panic(fmt.Sprintf("analysisdoc: doc.go of %s has no package comment: %v", name, err))
	}
	text := f.Doc.Text()
	heading := "# Analyzer " + name + "\n"
	start := strings.Index(text, heading)
	if start < 0 {
		panic("analysisdoc: doc.go has no section " + strings.TrimSpace(heading))
	}
	section := text[start+len(heading):]
	if end := strings.Index(section, "\n# "); end >= 0 {
		section = section[:end]
	}
	section = strings.TrimSpace(section)
	if !strings.HasPrefix(section, name+": ") {
		panic("analysisdoc: section of " + name + " must start with \"" + name + ": \"")
	}
	return strings.TrimPrefix(section, name+": ")
}
