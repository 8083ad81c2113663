package driver

import (
	"strings"
	"testing"
)

// TestLineDiff: the operations turn old into new, and keep every line of
// old that new keeps in place.
func TestLineDiff(t *testing.T) {
	for _, tc := range []struct{ old, new string }{
		{"", ""},
		{"a\n", "a\n"},
		{"", "a\nb\n"},
		{"a\nb\n", ""},
		{"a\nb\nc\n", "a\nx\nc\n"},
		{"a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n", "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nL\nm\nn\n"},
		{"a\nb", "a\nb\n"},
	} {
		var a, b strings.Builder
		for _, op := range lineDiff(splitLines(tc.old), splitLines(tc.new)) {
			if op.kind != '+' {
				a.WriteString(op.text)
			}
			if op.kind != '-' {
				b.WriteString(op.text)
			}
		}
		if a.String() != tc.old || b.String() != tc.new {
			t.Errorf("lineDiff(%q, %q) rebuilds %q and %q", tc.old, tc.new, a.String(), b.String())
		}
	}
	got := unifiedDiff("a/f", "b/f", []byte("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n"), []byte("1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n"))
	want := "--- a/f\n+++ b/f\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"
	if got != want {
		t.Errorf("unifiedDiff =\n%s\nwant\n%s", got, want)
	}
}
