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

// A finding is one root diagnostic with what every output format needs,
// positions and fixes resolved to file names and byte offsets, so that it
// can be stored in the cache and printed without the file set.
type finding struct {
	Analyzer string
	PkgID    string
	Category string
	Message  string
	Pos, End token.Position // End.IsValid() is false when the diagnostic has no end
	Fixes    []suggestedFix
}

// A suggestedFix is an analysis.SuggestedFix as byte offsets.
type suggestedFix struct {
	Message string
	Edits   []offsetEdit
}

// An offsetEdit is a suggested fix's text edit as byte offsets in a file.
type offsetEdit struct {
	File       string
	Start, End int
	Text       string
}

// newFinding resolves d, reported by a on package pkgID, against fset.
func newFinding(a *analysis.Analyzer, pkgID string, fset *token.FileSet, d analysis.Diagnostic) finding {
	f := finding{Analyzer: a.Name, PkgID: pkgID, Category: d.Category, Message: d.Message, Pos: fset.Position(d.Pos)}
	if d.End.IsValid() {
		f.End = fset.Position(d.End)
	}
	for _, fix := range d.SuggestedFixes {
		f.Fixes = append(f.Fixes, suggestedFix{Message: fix.Message, Edits: offsets(fset, fix)})
	}
	return f
}

// offsets resolves a fix's edits to file names and byte offsets; an edit
// outside the file set is left out.
func offsets(fset *token.FileSet, fix analysis.SuggestedFix) []offsetEdit {
	var out []offsetEdit
	for _, e := range fix.TextEdits {
		file := fset.File(e.Pos)
		end := e.End
		if !end.IsValid() {
			end = e.Pos
		}
		if file == nil || int(end) < file.Base() || int(end) > file.Base()+file.Size() || end < e.Pos {
			continue
		}
		out = append(out, offsetEdit{file.Name(), file.Offset(e.Pos), file.Offset(end), string(e.NewText)})
	}
	return out
}

// collectGraph returns the root diagnostics of the checker's graph.
func collectGraph(graph *checker.Graph) []finding {
	var all []finding
	for _, act := range graph.Roots {
		for _, d := range act.Diagnostics {
			all = append(all, newFinding(act.Analyzer, act.Package.ID, act.Package.Fset, d))
		}
	}
	return collect(all)
}

// collect returns the findings sorted by position, without the duplicates
// that a file in both a package and its test variant produces.
func collect(found []finding) []finding {
	var all []finding
	seen := make(map[string]bool)
	for _, f := range found {
		key := fmt.Sprintf("%s:%d:%d: %s", f.Pos.Filename, f.Pos.Line, f.Pos.Column, f.Message)
		if seen[key] {
			continue
		}
		seen[key] = true
		all = append(all, f)
	}
	sort.SliceStable(all, func(i, j int) bool {
		a, b := all[i].Pos, all[j].Pos
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
