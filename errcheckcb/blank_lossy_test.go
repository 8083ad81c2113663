package errcheckcb

import (
	"testing"

	"github.com/extinctlint/extinct/internal/fixtest"
)

// A test-support package (a non-test file imports testing) is not
// reported by errcheckcb/unchecked, errcheckcb/blank-lossy and
// errcheckcb/blank; errcheckcb/callback still is.
func TestTestSupport(t *testing.T) {
	useRules(t, enableBlank)
	fixtest.Run(t, fixtest.TestData(t), Analyzer, "errcheckcb/testsupport")
}
