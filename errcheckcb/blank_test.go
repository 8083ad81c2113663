package errcheckcb

import (
	"testing"

	"github.com/extinctlint/extinct/internal/fixtest"
	"github.com/extinctlint/extinct/internal/rules"
)

// errcheckcb/blank is strict: its tests turn it on.
var enableBlank = rules.Switches{Enable: []string{"errcheckcb/blank"}}

func TestBlank(t *testing.T) {
	useRules(t, enableBlank)
	fixtest.Run(t, fixtest.TestData(t), Analyzer, "errcheckcb/blank")
}

// With -errcheckcb.defer-close and -errcheckcb.everywhere the bare calls
// are reported, so blanks that discard every result need a reason too.
func TestBlankOptions(t *testing.T) {
	useRules(t, enableBlank)
	setFlag(t, "defer-close", "true")
	setFlag(t, "everywhere", "true")
	fixtest.Run(t, fixtest.TestData(t), Analyzer, "errcheckcb/blankopts")
}
