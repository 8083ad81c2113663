package driver

import (
	"encoding/json"
	"fmt"
	"io"
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
		d := jsonDiagnostic{Category: f.Category, Posn: relative(f.Pos.String()), Message: f.Message}
		if f.End.IsValid() {
			d.End = relative(f.End.String())
		}
		for _, fix := range f.Fixes {
			jf := jsonFix{Message: fix.Message}
			for _, e := range fix.Edits {
				jf.Edits = append(jf.Edits, jsonEdit{relative(e.File), e.Start, e.End, e.Text})
			}
			d.SuggestedFixes = append(d.SuggestedFixes, jf)
		}
		if tree[f.PkgID] == nil {
			tree[f.PkgID] = make(map[string][]jsonDiagnostic)
		}
		tree[f.PkgID][f.Analyzer] = append(tree[f.PkgID][f.Analyzer], d)
	}
	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}
