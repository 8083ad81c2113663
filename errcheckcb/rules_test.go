package errcheckcb

import (
	"fmt"
	"go/token"
	"os"
	"strings"
	"testing"

	"github.com/extinctlint/extinct/internal/fixtest"
	"github.com/extinctlint/extinct/internal/rules"
)

// ignoreWants is an analysistest.Testing that drops the mismatches of the
// fixtures' want comments, for runs that count the findings instead.
type ignoreWants struct{}

func (ignoreWants) Errorf(string, ...any) {}

// findings runs the analyzer on fixtures without checking their want
// comments and counts their findings by rule.
func findings(t *testing.T, pkgs ...string) map[string]int {
	t.Helper()
	results := fixtest.Run(ignoreWants{}, fixtest.TestData(t), Analyzer, pkgs...)
	if len(results) < len(pkgs) {
		t.Fatalf("%v: not every fixture was analysed (do they load?)", pkgs)
	}
	counts := make(map[string]int)
	for _, r := range results {
		if r.Err != nil {
			t.Fatalf("%s: %v", r.Pass.Pkg.Path(), r.Err)
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
	fixtest.UseRules(t, rules.Switches{Strict: &strict})
	if got := findings(t, "errcheckcb/blank"); got[ruleBlank.ID] == 0 {
		t.Errorf("-strict: the blank fixture reports %v, want findings of %s", got, ruleBlank.ID)
	}
}

// -disable=ID silences a default rule, and only that rule.
func TestDisableDefaultRule(t *testing.T) {
	fixtures := fixtest.Patterns("errcheckcb", "unchecked", "emptybranch", "callback")
	defaults := []*rules.Rule{ruleUnchecked, ruleEmptyBranch, ruleCallback}
	for _, off := range defaults {
		if off.Tier != rules.Default {
			t.Errorf("%s: tier %s, want default", off.ID, off.Tier)
		}
		fixtest.UseRules(t, rules.Switches{Disable: []string{off.ID}})
		got := findings(t, fixtures...)
		for _, r := range defaults {
			if disabled := r == off; disabled != (got[r.ID] == 0) {
				t.Errorf("-disable=%s: %d findings of %s", off.ID, got[r.ID], r.ID)
			}
		}
	}
}

// errcheckcb/unchecked-any is strict: the fixture lines marked
// "// unchecked-any" are traps with the default switches (TestDefaultRules)
// and its findings once it is on; and no drop is reported by both unchecked
// rules.
func TestUncheckedAny(t *testing.T) {
	fixtest.UseRules(t, rules.Switches{Enable: []string{ruleUncheckedAny.ID}})
	fixtures := fixtest.Patterns("errcheckcb", "unchecked", "unchecked2")
	results := fixtest.Run(ignoreWants{}, fixtest.TestData(t), Analyzer, fixtures...)
	byRule := map[string]map[string]bool{ruleUnchecked.ID: {}, ruleUncheckedAny.ID: {}}
	marked := make(map[string]bool)
	for _, r := range results {
		pkg := r.Action.Package
		line := func(pos token.Pos) string {
			p := pkg.Fset.Position(pos)
			return fmt.Sprintf("%s:%d", p.Filename, p.Line)
		}
		for _, name := range pkg.GoFiles {
			src, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			for i, l := range strings.Split(string(src), "\n") {
				if strings.HasSuffix(l, "// unchecked-any") {
					marked[fmt.Sprintf("%s:%d", name, i+1)] = true
				}
			}
		}
		for _, d := range r.Diagnostics {
			if lines := byRule[d.Category]; lines != nil {
				lines[line(d.Pos)] = true
			}
		}
	}
	if len(marked) < 20 {
		t.Fatalf("%d lines marked // unchecked-any, want at least 20", len(marked))
	}
	for line := range marked {
		if !byRule[ruleUncheckedAny.ID][line] {
			t.Errorf("%s: not reported by %s", line, ruleUncheckedAny.ID)
		}
	}
	for line := range byRule[ruleUnchecked.ID] {
		if byRule[ruleUncheckedAny.ID][line] {
			t.Errorf("%s: reported by both unchecked rules", line)
		}
	}
}
