package errcheckcb

import (
	"testing"

	"github.com/extinctlint/extinct/internal/fixtest"
)

// With -errcheckcb.tests, callbacks in test files are reported only for the
// panic (a nil sibling used before the error).
func TestCallbacksInTests(t *testing.T) {
	setFlag(t, "tests", "true")
	fixtest.Run(t, fixtest.TestData(t), Analyzer, "errcheckcb/callbacktests")
}
