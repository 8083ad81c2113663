package errcheckcb

import (
	"testing"

	"github.com/extinctlint/extinct/internal/fixtest"
	"github.com/extinctlint/extinct/internal/rules"
)

// errcheckcb/blank is strict: its tests turn it on, with
// errcheckcb/unchecked-any, without which a blank that discards every
// result is not reported (its bare call is not either).
var enableBlank = rules.Switches{Enable: []string{"errcheckcb/blank", "errcheckcb/unchecked-any"}}

func TestBlank(t *testing.T) {
	fixtest.UseRules(t, enableBlank)
	fixtest.Run(t, fixtest.TestData(t), Analyzer, "errcheckcb/blank")
}

// Deferred, in cleanup and in functions without an error result, the bare
// calls are errcheckcb/unchecked-any's too, so blanks that discard every
// result need a reason there as well.
func TestBlankOptions(t *testing.T) {
	fixtest.UseRules(t, enableBlank)
	fixtest.Run(t, fixtest.TestData(t), Analyzer, "errcheckcb/blankopts")
}
