package errstring

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/extinctlint/extinct/internal/fixtest"
	"github.com/extinctlint/extinct/internal/rules"
)

// Cases whose fixes are compared with golden files.
var fixCases = []string{
	"newsprintf", "newsprintfonly", "newsprintfmulti", "newsprintfpkg",
	"match", "matchnoimports", "matchgroups",
	"wrap",
}

// Cases without golden files: no fix, or traps only.
var plainCases = []string{
	"results", "textflow", "matchcollision", "matchcollisionpkg", "generated", "generics",
}

// strict turns the strict rules on for the rest of the test, as they were
// before they became strict, so that every fixture reports what it always
// did.
func strict(t *testing.T) {
	t.Helper()
	fixtest.UseRules(t, rules.Switches{Enable: []string{"errstring/wrap", "errstring/match-foreign-text", "errstring/wrap-identity"}})
}

func TestFixes(t *testing.T) {
	strict(t)
	results := fixtest.RunWithSuggestedFixes(t, fixtest.TestData(t), Analyzer, fixtest.Patterns("errstring", fixCases...)...)
	fixes := make(map[string]int) // by fixture, its test variants included
	for _, r := range results {
		fixture := strings.TrimSuffix(strings.TrimSuffix(r.Action.Package.PkgPath, ".test"), "_test")
		fixes[fixture] += fixtest.Check(t, []*analysistest.Result{r})
	}
	for _, c := range fixCases {
		if fixes["errstring/"+c] == 0 {
			t.Errorf("errstring/%s: no fix was offered", c)
		}
	}
}

func TestRules(t *testing.T) {
	strict(t)
	fixtest.Check(t, fixtest.Run(t, fixtest.TestData(t), Analyzer, fixtest.Patterns("errstring", plainCases...)...))
}

// TestWrapOff checks that errstring/wrap is off by default and when
// disabled after -strict, and that the other rules stay on.
func TestWrapOff(t *testing.T) {
	yes := true
	for name, layers := range map[string][]rules.Switches{
		"default":  nil,
		"disabled": {{Strict: &yes}, {Disable: []string{"errstring/wrap"}}},
	} {
		t.Run(name, func(t *testing.T) {
			fixtest.UseRules(t, layers...)
			results := fixtest.Run(t, fixtest.TestData(t), Analyzer, "errstring/wrapoff")
			if fixtest.Check(t, results) != 1 {
				t.Error("want the one fix of errstring/new-sprintf")
			}
		})
	}
}

// TestWrapDefault checks that the wrap fixture reports nothing with the
// default switches: errstring/wrap is strict.
func TestWrapDefault(t *testing.T) {
	fixtest.UseRules(t)
	if got := findings(t, "wrap"); len(got) != 0 {
		t.Errorf("errstring/wrap is strict, but the wrap fixture reports findings by default: %v", got)
	}
}

// TestWrapIdentityStrict checks that errstring/wrap-identity is strict:
// its fixture reports none of its findings with the default switches.
func TestWrapIdentityStrict(t *testing.T) {
	fixtest.UseRules(t)
	got := findings(t, "wrapidentity", "wrapidentitymain")
	if n := got["errstring/wrap-identity"]; n != 0 {
		t.Errorf("errstring/wrap-identity is strict, but it reports %d findings by default", n)
	}
}

// TestWrapIdentity runs the default tier and errstring/wrap-identity on
// the fixtures of errstring/wrap-identity and errstring/match-text, whose
// traps errstring/wrap and errstring/match-foreign-text would report.
func TestWrapIdentity(t *testing.T) {
	fixtest.UseRules(t, rules.Switches{Enable: []string{"errstring/wrap-identity"}})
	results := fixtest.RunWithSuggestedFixes(t, fixtest.TestData(t), Analyzer, "errstring/wrapidentity", "errstring/wrapidentitymain", "errstring/matchidentity", "errstring/testsupport")
	fixtest.Check(t, results)
}

// TestDisable checks that each rule, -disable'd by its ID, reports nothing,
// and that the others still report, in fixtures that have findings of
// every rule.
func TestDisable(t *testing.T) {
	for _, off := range [][]string{ // each rule is disabled in one run and must report in the others
		{"errstring/string-result", "errstring/match-text"},
		{"errstring/text-carried", "errstring/new-sprintf", "errstring/wrap"},
		{"errstring/wrap-identity"},
	} {
		fixtest.UseRules(t, rules.Switches{Enable: []string{"errstring"}, Disable: off})
		got := findings(t, "results", "textflow", "newsprintf", "match", "wrap", "wrapidentity")
		for _, r := range table {
			switch disabled := slices.Contains(off, r.ID); {
			case disabled && got[r.ID] != 0:
				t.Errorf("-disable=%s: %d findings of %s", strings.Join(off, ","), got[r.ID], r.ID)
			case !disabled && got[r.ID] == 0:
				t.Errorf("-disable=%s: no finding of %s", strings.Join(off, ","), r.ID)
			}
		}
	}
}

// findings runs the analyzer on fixtures, whatever their // want comments
// say, and counts the findings by category; it fails the test on a finding
// not tagged with its rule.
func findings(t *testing.T, fixtures ...string) map[string]int {
	t.Helper()
	results := fixtest.Run(ignore{}, fixtest.TestData(t), Analyzer, fixtest.Patterns("errstring", fixtures...)...)
	if len(results) < len(fixtures) {
		t.Fatalf("fixtures %v did not load", fixtures)
	}
	counts := make(map[string]int)
	for _, r := range results {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		for _, d := range r.Diagnostics {
			if rules.Lookup(d.Category) == nil || !strings.HasPrefix(d.Message, d.Category+": ") {
				t.Errorf("finding not tagged with its rule: category %q, message %q", d.Category, d.Message)
			}
			counts[d.Category]++
		}
	}
	return counts
}

// ignore drops analysistest's complaints: findings checks what it wants.
type ignore struct{}

func (ignore) Errorf(string, ...any) {}

func TestTestsFlag(t *testing.T) {
	strict(t)
	fixtest.SetFlag(t, Analyzer, "tests", "true")
	results := fixtest.Run(t, fixtest.TestData(t), Analyzer, "errstring/testsflag")
	fixtest.Check(t, results)
}

func TestErrLikeName(t *testing.T) {
	for name, want := range map[string]bool{
		"err": true, "errMsg": true, "errorMessage": true, "err_str": true, "ErrText": true,
		"parseErr": true, "lastErrorText": true, "ERR": true, "errString": true,
		"errand": false, "errs": false, "errCount": false, "message": false, "terror": false,
		"errorsFound": false, "erratum": false,
	} {
		if got := errLikeName(name); got != want {
			t.Errorf("errLikeName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for format, want := range map[string]string{
		"%v":                 "v0",
		"a %s b %d":          "s0 d1",
		"%%v %v":             "v0",
		"%[2]v %v %[1]s":     "v1 v2 s0",
		"%*d %v":             "d1 v2",
		"%-10.3v %+v %#v %w": "v0 v1 v2 w3",
		"%.*[3]v":            "v2",
		"":                   "",
	} {
		verbs, ok := parseFormat(format)
		if !ok {
			t.Errorf("parseFormat(%q) failed", format)
			continue
		}
		got := ""
		for i, v := range verbs {
			if i > 0 {
				got += " "
			}
			got += string(v.verb) + string(rune('0'+v.arg))
		}
		if got != want {
			t.Errorf("parseFormat(%q) = %q, want %q", format, got, want)
		}
	}
	for _, bad := range []string{"%", "%[x]v", "%[0]v", "%[1"} {
		if _, ok := parseFormat(bad); ok {
			t.Errorf("parseFormat(%q) succeeded", bad)
		}
	}
}

// TestAtLeast covers the file versions fixtures cannot set (a go.mod older
// than Go 1.21): several %w need Go 1.20, %w itself Go 1.13.
func TestAtLeast(t *testing.T) {
	for _, tc := range []struct {
		version string
		minor   int
		want    bool
	}{
		{"go1.19", 20, false},
		{"go1.19", 13, true},
		{"go1.12", 13, false},
		{"go1.20", 20, true},
		{"go1.21.3", 20, true},
		{"go1.22rc1", 20, true},
		{"", 20, true},
	} {
		c := &checker{file: &fileInfo{version: tc.version}}
		if got := c.atLeast(tc.minor); got != tc.want {
			t.Errorf("atLeast(%d) in a %q file = %v, want %v", tc.minor, tc.version, got, tc.want)
		}
	}
}

// TestDependencySentinels runs in module mode: testdata/src/errstring/
// depsentinel's packages match the text of sentinels of another module
// (depsentinel_lib), whose source the driver does not analyse; their
// messages are read from its files (depsentinels.go).
func TestDependencySentinels(t *testing.T) {
	dir := filepath.Join(fixtest.TestData(t), "src", "errstring", "depsentinel")
	fixtest.Run(t, dir, Analyzer, "example.com/esdep/...")
}
