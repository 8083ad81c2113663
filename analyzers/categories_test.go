package analyzers

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/extinctlint/extinct/debugprint"
	"github.com/extinctlint/extinct/errcheckcb"
	"github.com/extinctlint/extinct/errstring"
	"github.com/extinctlint/extinct/internal/fixtest"
	"github.com/extinctlint/extinct/internal/rules"
	"github.com/extinctlint/extinct/statuscode"
)

// quiet is an analysistest.Testing that ignores the fixtures' // want
// expectations: the packages' own tests check those.
type quiet struct{}

func (quiet) Errorf(string, ...any) {}

// TestEveryDiagnosticNamesItsRule runs each analyzer over all its fixtures
// with every rule on, strict included: every diagnostic's Category is one of
// the analyzer's declared rule IDs, and its message starts with it.
func TestEveryDiagnosticNamesItsRule(t *testing.T) {
	if testing.Short() {
		// The packages' own fixture tests match each message's "ID: "
		// prefix, which only rules.Rule's reporting writes, with the
		// Category beside it; this sweep adds the strict-tier traps.
		t.Skip("loads every fixture of every analyzer again")
	}
	if err := rules.Apply(rules.Switches{Strict: new(true)}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := rules.Apply(); err != nil {
			t.Fatal(err)
		}
	})
	dir := fixtest.TestData(t)
	// statuscode/unified-500 reports only with the team's 500 function named.
	fixtest.SetFlag(t, statuscode.Analyzer, "internal-error-func", "statuscode/unified/errs.Internal")
	for _, a := range []*struct {
		name string
		run  func() []*analysistest.Result
	}{
		{"errcheckcb", func() []*analysistest.Result {
			return fixtest.Run(quiet{}, dir, errcheckcb.Analyzer, "errcheckcb/...")
		}},
		{"debugprint", func() []*analysistest.Result {
			return fixtest.Run(quiet{}, dir, debugprint.Analyzer, "debugprint/...")
		}},
		{"errstring", func() []*analysistest.Result {
			return fixtest.Run(quiet{}, dir, errstring.Analyzer, "errstring/...")
		}},
		{"statuscode", func() []*analysistest.Result {
			return fixtest.Run(quiet{}, dir, statuscode.Analyzer, "statuscode/...")
		}},
	} {
		declared := make(map[string]bool)
		for _, r := range rules.Of(a.name) {
			declared[r.ID] = true
		}
		seen := make(map[string]int)
		check := func(results []*analysistest.Result) {
			for _, res := range results {
				for _, d := range res.Diagnostics {
					seen[d.Category]++
					if !declared[d.Category] || !strings.HasPrefix(d.Message, d.Category+": ") {
						t.Errorf("%s: %s: category %q is not a declared rule of %s, or the message does not start with it: %s",
							a.name, res.Pass.Fset.Position(d.Pos), d.Category, a.name, d.Message)
					}
				}
			}
		}
		check(a.run())
		// A rule that gives way to another where both apply (debugprint's
		// new-output to library-output) reports when it runs alone.
		for id := range declared {
			if seen[id] > 0 {
				continue
			}
			if err := rules.Apply(rules.Switches{Disable: []string{a.name}, Enable: []string{id}}); err != nil {
				t.Fatal(err)
			}
			check(a.run())
			if seen[id] == 0 {
				t.Errorf("%s: no fixture reports rule %s", a.name, id)
			}
		}
		if err := rules.Apply(rules.Switches{Strict: new(true)}); err != nil {
			t.Fatal(err)
		}
	}
}
