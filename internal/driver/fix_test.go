package driver

import (
	"io"
	"os"
	"path/filepath"
	"testing"
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
	fix := func(start, end int, text string) finding {
		return finding{Message: text, Fixes: []suggestedFix{{Edits: []offsetEdit{{File: path, Start: start, End: end, Text: text}}}}}
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
	if len(remaining) != 1 || remaining[0].Message != "XX" {
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
