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

// errcheckcb/blank-lossy is strict: with the default switches the lossy
// fixture reports none of its findings; enabled, it reports them (and its
// explicit Closes stay traps: blank-close is another rule).
func TestBlankLossy(t *testing.T) {
	if n := findings(t, "errcheckcb/lossy")[ruleBlankLossy.ID]; n != 0 {
		t.Errorf("default switches: the lossy fixture reports %d blank-lossy findings, want none", n)
	}
	fixtest.UseRules(t, rules.Switches{Enable: []string{ruleBlankLossy.ID}})
	fixtest.Run(t, fixtest.TestData(t), Analyzer, "errcheckcb/lossy")
}

// errcheckcb/blank-close is strict: with the default switches its fixture
// reports nothing, enabled it reports.
func TestBlankClose(t *testing.T) {
	if got := findings(t, "errcheckcb/blankclose"); len(got) != 0 {
		t.Errorf("default switches: the blankclose fixture reports %v, want nothing", got)
	}
	fixtest.UseRules(t, rules.Switches{Enable: []string{ruleBlankClose.ID}})
	fixtest.Run(t, fixtest.TestData(t), Analyzer, "errcheckcb/blankclose")
}
