package driver

import (
	"encoding/json"
	"fmt"
	"go/token"
	"io"

	"golang.org/x/tools/go/analysis"
)

// The multichecker's -json format: package ID -> analyzer -> diagnostics,
// with file names relative to the working directory, as in text output.
type jsonDiagnostic struct {
	Category       string    `json:"category,omitempty"`
	Posn           string    `json:"posn"`
	End            string    `json:"end,omitempty"`
	Message        string    `json:"message"`
	SuggestedFixes []jsonFix `json:"suggested_fixes,omitempty"`
}

type jsonFix struct {
	Message string     `json:"message"`
	Edits   []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	Filename string `json:"filename"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	New      string `json:"new"`
}

func writeJSON(w io.Writer, findings []finding) error {
	tree := make(map[string]map[string][]jsonDiagnostic)
	for _, f := range findings {
		d := jsonDiagnostic{Category: f.diag.Category, Posn: relative(f.pos.String()), Message: f.diag.Message}
		if f.end.IsValid() {
			d.End = relative(f.end.String())
		}
		for _, fix := range f.diag.SuggestedFixes {
			jf := jsonFix{Message: fix.Message}
			for _, e := range offsets(f.fset, fix) {
				jf.Edits = append(jf.Edits, jsonEdit{relative(e.file), e.start, e.end, e.text})
			}
			d.SuggestedFixes = append(d.SuggestedFixes, jf)
		}
		if tree[f.pkgID] == nil {
			tree[f.pkgID] = make(map[string][]jsonDiagnostic)
		}
		tree[f.pkgID][f.analyzer.Name] = append(tree[f.pkgID][f.analyzer.Name], d)
	}
	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}

// An offsetEdit is a suggested fix's text edit as byte offsets in a file.
type offsetEdit struct {
	file       string
	start, end int
	text       string
}

// offsets resolves a fix's edits to file names and byte offsets, for the
// machine-readable outputs.
func offsets(fset *token.FileSet, fix analysis.SuggestedFix) []offsetEdit {
	var out []offsetEdit
	for _, e := range fix.TextEdits {
		file := fset.File(e.Pos)
		if file == nil {
			continue
		}
		end := e.End
		if !end.IsValid() {
			end = e.Pos
		}
		out = append(out, offsetEdit{file.Name(), file.Offset(e.Pos), file.Offset(end), string(e.NewText)})
	}
	return out
}
