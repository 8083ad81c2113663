package errcheckcb

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/extinctlint/extinct/internal/fixtest"
)

// With -errcheckcb.tests, callbacks in test files are reported only for the
// panic (a nil sibling used before the error).
func TestCallbacksInTests(t *testing.T) {
	setFlag(t, "tests", "true")
	analysistest.Run(t, fixtest.TestData(t), Analyzer, "errcheckcb/callbacktests")
}
