package debugprint_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/extinctlint/extinct/debugprint"
	"github.com/extinctlint/extinct/internal/fixtest"
	"github.com/extinctlint/extinct/internal/rules"
)

// The tests switch rules with rules.Apply, which is global: none of them
// may run in parallel.

// run runs the analyzer on the fixture packages, with the rules switched as
// they are, and checks every fix it offers.
func run(t *testing.T, pkgs ...string) {
	t.Helper()
	for _, pkg := range pkgs {
		fixtest.Check(t, analysistest.Run(t, fixtest.TestData(t), debugprint.Analyzer, "debugprint/"+pkg))
	}
}

// switchRules applies s for the rest of the test.
func switchRules(t *testing.T, s rules.Switches) {
	t.Helper()
	if err := rules.Apply(s); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = rules.Apply() })
}

// strict turns debugprint/library-output on for the rest of the test: its
// fixtures check what it reports and where it keeps silent.
func strict(t *testing.T) {
	t.Helper()
	switchRules(t, rules.Switches{Enable: []string{"debugprint/library-output"}})
}

// The default rules, with the default switches.
func TestBuiltin(t *testing.T)  { run(t, "builtin", "builtinshadow") }
func TestDump(t *testing.T)     { run(t, "dump") }
func TestScaffold(t *testing.T) { run(t, "cobracmd", "cobramain") }

func TestFuncsFlag(t *testing.T) {
	fixtest.SetFlag(t, debugprint.Analyzer, "funcs", "debugprint/funcsflag/trace.Here,(*debugprint/funcsflag/trace.Tracer).Dump")
	run(t, "funcsflag")
}

// The fixtures of debugprint/library-output, with it turned on. Most also
// hold findings of the default rules.
var libraryOutputFixtures = []string{
	"library", "mainpkg", "tests", "generated", "intentional", "flagdef", "flaguse",
	"testutil", "harness", "latest", "applogger", "catalog", "keygen",
	"terminal/prompt", "terminal/hook", "terminal/progress", "terminal/quiet",
	"cobracmd", "cobramain", "urfavecmd", "tool/cmd/serve", "tool/internal/render", "ormcmd", "progname", "tui",
}

func TestLibrary(t *testing.T)   { strict(t); run(t, "library") }
func TestMain(t *testing.T)      { strict(t); run(t, "mainpkg") }
func TestTests(t *testing.T)     { strict(t); run(t, "tests") }
func TestGenerated(t *testing.T) { strict(t); run(t, "generated") }

func TestIntentional(t *testing.T) { strict(t); run(t, "intentional", "flagdef", "flaguse") }

func TestTestSupportAndLoggers(t *testing.T) {
	strict(t)
	run(t, "testutil", "harness", "latest", "applogger", "catalog", "keygen")
}

func TestTerminalPackages(t *testing.T) {
	strict(t)
	run(t, "terminal/prompt", "terminal/hook", "terminal/progress", "terminal/quiet")
}

func TestCommandPackages(t *testing.T) {
	strict(t)
	run(t, "cobracmd", "cobramain", "urfavecmd", "tool/cmd/serve", "tool/internal/render", "ormcmd", "progname", "tui")
}

func TestTestsFlag(t *testing.T) {
	strict(t)
	fixtest.SetFlag(t, debugprint.Analyzer, "tests", "true")
	run(t, "checktestfiles")
}

func TestAllowFlag(t *testing.T) {
	strict(t)
	fixtest.SetFlag(t, debugprint.Analyzer, "allow", "debugprint/allow/...")
	run(t, "allow")
}

func TestFix(t *testing.T) {
	strict(t)
	results := analysistest.RunWithSuggestedFixes(t, fixtest.TestData(t), debugprint.Analyzer, "debugprint/fix")
	if n := fixtest.Check(t, results); n == 0 {
		t.Fatal("no fixes offered")
	}
}

// quiet takes the place of t where a fixture's expectations do not hold on
// purpose: the caller checks the diagnostics itself.
type quiet struct{}

func (quiet) Errorf(string, ...any) {}

// findings runs the analyzer on the fixture packages and returns how many
// findings each rule reported.
func findings(t *testing.T, pkgs ...string) map[string]int {
	t.Helper()
	patterns := make([]string, len(pkgs))
	for i, pkg := range pkgs {
		patterns[i] = "debugprint/" + pkg
	}
	n := make(map[string]int)
	for _, r := range analysistest.Run(quiet{}, fixtest.TestData(t), debugprint.Analyzer, patterns...) {
		for _, d := range r.Diagnostics {
			n[d.Category]++
		}
	}
	return n
}

// TestLibraryOutputIsStrict: with the default switches, the fixtures of
// debugprint/library-output report none of its findings, and "library",
// which holds only those, reports nothing.
func TestLibraryOutputIsStrict(t *testing.T) {
	switchRules(t, rules.Switches{})
	if n := findings(t, "library"); len(n) != 0 {
		t.Errorf("library with the default switches: %v, want no findings", n)
	}
	fixtest.SetFlag(t, debugprint.Analyzer, "tests", "true")
	if n := findings(t, append(libraryOutputFixtures, "checktestfiles", "fix")...)["debugprint/library-output"]; n != 0 {
		t.Errorf("debugprint/library-output reported %d findings with the default switches, want none", n)
	}
}

// TestDisable: -disable=ID silences a default rule, and only it.
func TestDisable(t *testing.T) {
	for _, tc := range []struct{ rule, pkg string }{
		{"debugprint/builtin", "builtin"},
		{"debugprint/dump", "dump"},
		{"debugprint/scaffold", "cobramain"},
	} {
		if n := findings(t, tc.pkg); n[tc.rule] == 0 {
			t.Errorf("%s: no finding of %s with the default switches", tc.pkg, tc.rule)
		}
		if err := rules.Apply(rules.Switches{Disable: []string{tc.rule}}); err != nil {
			t.Fatal(err)
		}
		if n := findings(t, tc.pkg); len(n) != 0 {
			t.Errorf("%s with -disable=%s: %v, want no findings", tc.pkg, tc.rule, n)
		}
		if err := rules.Apply(); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() { _ = rules.Apply() })
}

func TestFuncsFlagSyntax(t *testing.T) {
	f := debugprint.Analyzer.Flags.Lookup("funcs")
	for _, bad := range []string{"Println", "fmt.", "(fmt.T", "a/b.T.M.N"} {
		if err := f.Value.Set(bad); err == nil {
			t.Errorf("-debugprint.funcs=%s: no error", bad)
		}
	}
	if err := f.Value.Set(""); err != nil {
		t.Fatal(err)
	}
}
