package fixtest

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/token"
	"os"
	"sort"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// RunWithSuggestedFixes is Run, then, as analysistest.RunWithSuggestedFixes
// does for a golden file of one part, applies every suggested fix to each
// file of each package analysed and compares the result, gofmt-formatted,
// with the file's .golden. Fixes to generated files are not applied.
func RunWithSuggestedFixes(t analysistest.Testing, dir string, a *analysis.Analyzer, patterns ...string) []*analysistest.Result {
	results := Run(t, dir, a, patterns...)
	for _, r := range results {
		pkg := r.Action.Package
		generated := make(map[string]bool)
		for _, f := range pkg.Syntax {
			generated[pkg.Fset.File(f.Pos()).Name()] = ast.IsGenerated(f)
		}
		edits := make(map[string][]analysis.TextEdit)
	fixes:
		for _, d := range r.Diagnostics {
			for _, fix := range d.SuggestedFixes {
				for _, e := range fix.TextEdits {
					if generated[pkg.Fset.File(e.Pos).Name()] {
						continue fixes
					}
				}
				for _, e := range fix.TextEdits {
					name := pkg.Fset.File(e.Pos).Name()
					edits[name] = append(edits[name], e)
				}
			}
		}
		names := make([]string, 0, len(edits))
		for name := range edits {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			if err := compareGolden(pkg.Fset.File(edits[name][0].Pos), name, edits[name]); err != nil {
				t.Errorf("%s: %s", name, err)
			}
		}
	}
	return results
}

// compareGolden applies edits to the file name and compares the result
// with name.golden, both gofmt-formatted.
func compareGolden(tf *token.File, name string, edits []analysis.TextEdit) error {
	src, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	golden, err := os.ReadFile(name + ".golden")
	if err != nil {
		return err
	}
	out, err := apply(tf, src, edits)
	if err != nil {
		return fmt.Errorf("applying the fixes: %w", err)
	}
	fixed, err := format.Source(out)
	if err != nil {
		return fmt.Errorf("the fixed file does not parse: %w\n%s", err, out)
	}
	if want, err := format.Source(golden); err != nil {
		return fmt.Errorf("the golden file does not parse: %w", err)
	} else if !bytes.Equal(bytes.TrimSpace(fixed), bytes.TrimSpace(want)) {
		return fmt.Errorf("fixed file differs from its .golden:\n-- fixed --\n%s\n-- want --\n%s", fixed, want)
	}
	return nil
}
