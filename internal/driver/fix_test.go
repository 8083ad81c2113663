package driver

import (
	"go/token"
	"io"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestOverlappingFixesApplyFirst: of two fixes whose edits overlap, the
// first is applied and the second's finding stays; an identical edit (the
// same import added twice) is no conflict.
func TestOverlappingFixesApplyFirst(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f.txt") // not Go: applyEdits leaves it unformatted
	src := "alpha beta gamma\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	file := fset.AddFile(path, -1, len(src))
	at := func(off int) token.Pos { return token.Pos(file.Base() + off) }
	fix := func(start, end int, text string) finding {
		return finding{fset: fset, diag: analysis.Diagnostic{Message: text, SuggestedFixes: []analysis.SuggestedFix{{
			TextEdits: []analysis.TextEdit{{Pos: at(start), End: at(end), NewText: []byte(text)}},
		}}}}
	}
	findings := []finding{
		fix(0, 5, "ALPHA"),   // applied
		fix(3, 10, "XX"),     // overlaps the first: stays
		fix(11, 16, "GAMMA"), // applied
		fix(11, 16, "GAMMA"), // identical to the third: applied with it
	}
	remaining, shown, err := applyFixes(findings, false, io.Discard)
	if err != nil || shown {
		t.Fatalf("applyFixes: %v, shown %v", err, shown)
	}
	if len(remaining) != 1 || remaining[0].diag.Message != "XX" {
		t.Errorf("remaining = %v, want the overlapping fix's finding alone", remaining)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != "ALPHA beta GAMMA\n" {
		t.Errorf("file = %q, want the first and third fixes applied", got)
	}
}
