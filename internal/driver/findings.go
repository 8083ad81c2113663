package driver

import (
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
)

// A finding is one root diagnostic with what every output format needs.
type finding struct {
	analyzer *analysis.Analyzer
	pkgID    string
	diag     analysis.Diagnostic
	fset     *token.FileSet
	pos, end token.Position
}

// collect returns the root diagnostics sorted by position, without the
// duplicates that a file in both a package and its test variant produces.
func collect(graph *checker.Graph) []finding {
	var all []finding
	seen := make(map[string]bool)
	for _, act := range graph.Roots {
		for _, d := range act.Diagnostics {
			f := finding{analyzer: act.Analyzer, pkgID: act.Package.ID, diag: d, fset: act.Package.Fset, pos: act.Package.Fset.Position(d.Pos)}
			if d.End.IsValid() {
				f.end = act.Package.Fset.Position(d.End)
			}
			key := fmt.Sprintf("%s:%d:%d: %s", f.pos.Filename, f.pos.Line, f.pos.Column, d.Message)
			if seen[key] {
				continue
			}
			seen[key] = true
			all = append(all, f)
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		a, b := all[i].pos, all[j].pos
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	return all
}

// relative shortens an absolute file name (or file:line:col) below the
// working directory.
func relative(name string) string {
	if !filepath.IsAbs(name) {
		return name
	}
	wd, err := os.Getwd()
	if err != nil {
		return name
	}
	if rel, err := filepath.Rel(wd, name); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return name
}
