package errcheckcb

import (
	"testing"

	"github.com/extinctlint/extinct/internal/fixtest"
	"github.com/extinctlint/extinct/internal/rules"
)

// A test-support package (a non-test file imports testing) is not
// reported by errcheckcb/unchecked, errcheckcb/blank-lossy and
// errcheckcb/blank; errcheckcb/callback still is.
func TestTestSupport(t *testing.T) {
	fixtest.UseRules(t, enableBlank)
	fixtest.Run(t, fixtest.TestData(t), Analyzer, "errcheckcb/testsupport")
}

// errcheckcb/blank-close is strict: with the default switches its fixture
// reports nothing (TestDefaultRules runs lossy's explicit Closes as traps),
// enabled it reports.
func TestBlankClose(t *testing.T) {
	if got := findings(t, "errcheckcb/blankclose"); len(got) != 0 {
		t.Errorf("default switches: the blankclose fixture reports %v, want nothing", got)
	}
	fixtest.UseRules(t, rules.Switches{Enable: []string{ruleBlankClose.ID}})
	fixtest.Run(t, fixtest.TestData(t), Analyzer, "errcheckcb/blankclose")
}
