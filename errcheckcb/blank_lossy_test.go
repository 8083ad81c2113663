package errcheckcb

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/extinctlint/extinct/internal/fixtest"
)

func TestBlankLossy(t *testing.T) {
	analysistest.Run(t, fixtest.TestData(t), Analyzer, "errcheckcb/lossy")
}

// A test-support package (a non-test file imports testing) is not
// reported by errcheckcb/unchecked, errcheckcb/blank-lossy and
// errcheckcb/blank; errcheckcb/callback still is.
func TestTestSupport(t *testing.T) {
	useRules(t, enableBlank)
	analysistest.Run(t, fixtest.TestData(t), Analyzer, "errcheckcb/testsupport")
}

func TestUncheckedMisses(t *testing.T) {
	analysistest.Run(t, fixtest.TestData(t), Analyzer, "errcheckcb/unchecked2")
}

// A package that imports test support is not test support itself.
func TestTestSupportUser(t *testing.T) {
	analysistest.Run(t, fixtest.TestData(t), Analyzer, "errcheckcb/testsupport_user")
}
