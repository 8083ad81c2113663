package errcheckcb

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/extinctlint/extinct/internal/fixtest"
)

func TestBlankIsReason(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"// empty means 0", true},
		{"/* best effort */", true},
		{"//", false},
		{"// ", false},
		{"/**/", false},
		{"//nolint", false},
		{"//nolint:errcheck", false},
		{"// nolint:errcheck", false},
		{"//nolint:errcheck // the file may be gone", true},
		{"//lint:ignore SA1019 reason", false},
		{"//go:noinline", false},
		{"//nosec", false},
		{"// #nosec G104", false},
		{"//revive:disable", false},
		{"// TODO: handle", true},
		{"// note: the value is optional", true},
	} {
		if got := blankIsReason(tc.text); got != tc.want {
			t.Errorf("blankIsReason(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// With -errcheckcb.defer-close and -errcheckcb.everywhere the bare calls
// are reported, so blanks that discard every result need a reason too.
func TestBlankOptions(t *testing.T) {
	setFlag(t, "defer-close", "true")
	setFlag(t, "everywhere", "true")
	analysistest.Run(t, fixtest.TestData(t), Analyzer, "errcheckcb/blankopts")
}

// With -errcheckcb.tests, callbacks in test files are reported only for the
// panic (a nil sibling used before the error).
func TestCallbacksInTests(t *testing.T) {
	setFlag(t, "tests", "true")
	analysistest.Run(t, fixtest.TestData(t), Analyzer, "errcheckcb/callbacktests")
}
