package rules

import (
	"testing"

	"golang.org/x/tools/go/analysis"
)

var (
	testA = &Rule{ID: "testrules/a", Tier: Default, Summary: "a"}
	testB = &Rule{ID: "testrules/b", Tier: Strict, Summary: "b"}
	testC = &Rule{ID: "testrules2/c", Tier: Default, Summary: "c"}
	_     = Register(testA, testB, testC)
)

func on(b bool) *bool { return &b }

func TestApply(t *testing.T) {
	defer func() {
		if err := Apply(); err != nil {
			t.Fatal(err)
		}
	}()
	for _, tc := range []struct {
		name    string
		layers  []Switches
		a, b, c bool
	}{
		{"tiers", nil, true, false, true},
		{"strict", []Switches{{Strict: on(true)}}, true, true, true},
		{"enable rule", []Switches{{Enable: []string{"testrules/b"}}}, true, true, true},
		{"disable analyzer", []Switches{{Disable: []string{"testrules"}}}, false, false, true},
		{"rule beats analyzer", []Switches{{Disable: []string{"testrules"}, Enable: []string{"TestRules/B"}}}, false, true, true},
		{"enable analyzer turns strict on", []Switches{{Enable: []string{"testrules"}}}, true, true, true},
		{"later layer wins", []Switches{{Disable: []string{"testrules/a", "testrules2"}}, {Enable: []string{"testrules"}, Strict: on(false)}}, true, true, false},
	} {
		if err := Apply(tc.layers...); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if testA.Enabled() != tc.a || testB.Enabled() != tc.b || testC.Enabled() != tc.c {
			t.Errorf("%s: a, b, c enabled = %v, %v, %v; want %v, %v, %v", tc.name,
				testA.Enabled(), testB.Enabled(), testC.Enabled(), tc.a, tc.b, tc.c)
		}
	}
}

func TestApplyUnknownChangesNothing(t *testing.T) {
	if err := Apply(Switches{Disable: []string{"testrules/a"}}); err != nil {
		t.Fatal(err)
	}
	defer Apply() //nolint:errcheckcb // nothing to check: no switches
	if err := Apply(Switches{Enable: []string{"testrules/zzz"}}); err == nil {
		t.Error("Apply of an unknown rule: no error")
	}
	if testA.Enabled() {
		t.Error("a failed Apply changed the switches")
	}
}

func TestReportTags(t *testing.T) {
	var got []analysis.Diagnostic
	pass := &analysis.Pass{Report: func(d analysis.Diagnostic) { got = append(got, d) }}
	testA.Report(pass, analysis.Diagnostic{Message: "testrules: x"})
	testB.Report(pass, analysis.Diagnostic{Message: "y"}) // strict: off
	testC.Pass(pass).Report(analysis.Diagnostic{Message: "z"})
	if len(got) != 2 || got[0].Category != "testrules/a" || got[0].Message != "testrules/a: x" ||
		got[1].Category != "testrules2/c" || got[1].Message != "testrules2/c: z" {
		t.Errorf("reported %+v", got)
	}
}
