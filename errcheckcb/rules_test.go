package errcheckcb

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/extinctlint/extinct/internal/fixtest"
	"github.com/extinctlint/extinct/internal/rules"
)

// useRules applies sw for the rest of the test and restores the default
// switches afterwards. Tests that switch rules must not run in parallel.
func useRules(t *testing.T, sw rules.Switches) {
	t.Helper()
	if err := rules.Apply(sw); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := rules.Apply(); err != nil {
			t.Error(err)
		}
	})
}

// ignoreWants is an analysistest.Testing that drops the mismatches of the
// fixtures' want comments, for runs that count the findings instead.
type ignoreWants struct{}

func (ignoreWants) Errorf(string, ...any) {}

// findings runs the analyzer on a fixture without checking its want
// comments and counts its findings by rule.
func findings(t *testing.T, pkg string) map[string]int {
	t.Helper()
	results := analysistest.Run(ignoreWants{}, fixtest.TestData(t), Analyzer, pkg)
	if len(results) == 0 {
		t.Fatalf("%s: nothing analysed (does it load?)", pkg)
	}
	counts := make(map[string]int)
	for _, r := range results {
		if r.Err != nil {
			t.Fatalf("%s: %v", pkg, r.Err)
		}
		for _, d := range r.Diagnostics {
			counts[d.Category]++
		}
	}
	return counts
}

// The rule table, the registry and doc.go agree: every rule is
// registered in table order, and its documentation states its tier.
func TestRuleTable(t *testing.T) {
	registered := rules.Of("errcheckcb")
	if len(registered) != len(table) {
		t.Fatalf("%d rules registered, %d in the table", len(registered), len(table))
	}
	for i, r := range table {
		if registered[i] != r.Rule {
			t.Errorf("rule %d: registered %s, table has %s", i, registered[i].ID, r.ID)
		}
		if tier := "Tier: " + string(r.Tier); !strings.Contains(r.Doc, tier) {
			t.Errorf("%s: its documentation does not say %q", r.ID, tier)
		}
		if !strings.Contains(Analyzer.Doc, fmt.Sprintf("%s (%s): %s", r.ID, r.Tier, r.Summary)) {
			t.Errorf("%s: not listed in Analyzer.Doc", r.ID)
		}
	}
}

// errcheckcb/blank is strict: with the default switches its fixture
// reports nothing, with -strict it reports.
func TestBlankIsStrict(t *testing.T) {
	if got := findings(t, "errcheckcb/blank"); len(got) != 0 {
		t.Errorf("default switches: the blank fixture reports %v, want nothing", got)
	}
	strict := true
	useRules(t, rules.Switches{Strict: &strict})
	if got := findings(t, "errcheckcb/blank"); got[ruleBlank.ID] == 0 {
		t.Errorf("-strict: the blank fixture reports %v, want findings of %s", got, ruleBlank.ID)
	}
}

// -disable=ID silences a default rule, and only that rule.
func TestDisableDefaultRule(t *testing.T) {
	for _, tc := range []struct {
		rule    *rules.Rule
		fixture string
	}{
		{ruleUnchecked, "errcheckcb/unchecked"},
		{ruleEmptyBranch, "errcheckcb/emptybranch"},
		{ruleCallback, "errcheckcb/callback"},
	} {
		t.Run(tc.rule.ID, func(t *testing.T) {
			if tc.rule.Tier != rules.Default {
				t.Errorf("tier %s, want default", tc.rule.Tier)
			}
			if got := findings(t, tc.fixture); got[tc.rule.ID] == 0 {
				t.Errorf("default switches: %s reports %v, want findings of %s", tc.fixture, got, tc.rule.ID)
			}
			useRules(t, rules.Switches{Disable: []string{tc.rule.ID}})
			if got := findings(t, tc.fixture); got[tc.rule.ID] != 0 {
				t.Errorf("-disable=%s: %s reports %v", tc.rule.ID, tc.fixture, got)
			}
		})
	}
}
