package debugprint_test

import (
	"path/filepath"
	"slices"
	"testing"

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
	fixtest.Check(t, fixtest.Run(t, fixtest.TestData(t), debugprint.Analyzer, fixtest.Patterns("debugprint", pkgs...)...))
}

// strict turns debugprint's strict rules library-output and debug-output
// on for the rest of the test, as -strict does: their fixtures check what
// they report and where they keep silent.
func strict(t *testing.T) {
	t.Helper()
	fixtest.UseRules(t, rules.Switches{Enable: []string{"debugprint/library-output", "debugprint/debug-output"}})
}

// dumpOutput turns the strict debugprint/debug-output on, beside the
// default rules, for the rest of the test.
func dumpOutput(t *testing.T) {
	t.Helper()
	fixtest.UseRules(t, rules.Switches{Enable: []string{"debugprint/debug-output"}})
}

// The default rules and debugprint/debug-output.
// TestRules: builtins, dump helpers and the cobra scaffold are reported;
// with debug-output on, dumps are reported in library code, also in a
// package with one test-helper file, in example helpers outside package
// main and in a package that imports cobra without defining a command;
// messages, prompts, recover handlers, output APIs (exported functions and
// methods without results), debug switches and commands are not.
var ruleFixtures = []string{"builtin", "builtinshadow", "dump", "cobracmd", "cobramain",
	"dumps", "listing", "stringer", "messages", "wizard", "cobrahandlers/app", "cobrahandlers/wrap", "cobrahandlers/flagsonly", "cobrahandlers/wire", "cobrahandlers/group", "urfaveaction", "switches", "helperfile", "mainpkg", "tool/cmd/serve", "tool/examples/chat", "tool/examples/monitor", "testutil", "harness", "cobralib", "outputapi"}

func TestRules(t *testing.T) {
	dumpOutput(t)
	run(t, ruleFixtures...)
}

// TestDefaultTier: with the default switches, the same fixtures give the
// default rules' findings and none of debugprint/debug-output's.
func TestDefaultTier(t *testing.T) {
	fixtest.UseRules(t, rules.Switches{})
	n := findings(t, ruleFixtures...)
	if n["debugprint/debug-output"] != 0 {
		t.Errorf("debugprint/debug-output reported %d findings with the default switches, want none", n["debugprint/debug-output"])
	}
	for _, id := range []string{"debugprint/builtin", "debugprint/dump", "debugprint/scaffold"} {
		if n[id] == 0 {
			t.Errorf("%s reported nothing with the default switches", id)
		}
	}
}

func TestFuncsFlag(t *testing.T) {
	fixtest.SetFlag(t, debugprint.Analyzer, "funcs", "debugprint/funcsflag/trace.Here,(*debugprint/funcsflag/trace.Tracer).Dump")
	run(t, "funcsflag")
}

// The fixtures of debugprint/library-output, with it turned on. Most also
// hold findings of the default rules.
var libraryOutputFixtures = []string{
	"library", "mainpkg", "tests", "generated", "flagdef", "flaguse", "testutil", "harness", "latest",
	"cobracmd", "cobramain", "urfavecmd", "tool/cmd/serve", "tool/internal/render", "tool/examples/chat", "ormcmd", "progname", "tui",
}

func TestLibraryOutput(t *testing.T) { strict(t); run(t, libraryOutputFixtures...) }

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
	results := fixtest.RunWithSuggestedFixes(t, fixtest.TestData(t), debugprint.Analyzer, "debugprint/fix")
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
	n := make(map[string]int)
	for _, r := range fixtest.Run(quiet{}, fixtest.TestData(t), debugprint.Analyzer, fixtest.Patterns("debugprint", pkgs...)...) {
		for _, d := range r.Diagnostics {
			n[d.Category]++
		}
	}
	return n
}

// TestStrictRulesAreOff: with the default switches, the fixtures of
// debugprint/library-output report none of its findings, nor of
// debugprint/new-output.
func TestStrictRulesAreOff(t *testing.T) {
	fixtest.UseRules(t, rules.Switches{})
	fixtest.SetFlag(t, debugprint.Analyzer, "tests", "true")
	n := findings(t, append(libraryOutputFixtures, "checktestfiles", "fix", "newoutput")...)
	for _, id := range []string{"debugprint/library-output", "debugprint/new-output", "debugprint/debug-output"} {
		if n[id] != 0 {
			t.Errorf("%s reported %d findings with the default switches, want none", id, n[id])
		}
	}
}

// TestNewOutput: debugprint/new-output reports every fmt print to stdout in
// library code, when it is switched on (as -new-from-rev does).
func TestNewOutput(t *testing.T) {
	fixtest.UseRules(t, rules.Switches{Enable: []string{"debugprint/new-output"}})
	run(t, "newoutput")
}

// TestDisable: -disable=ID silences a default rule, and only it.
func TestDisable(t *testing.T) {
	fixtures := []string{"builtin", "dump", "cobramain", "helperfile"}
	for _, off := range [][]string{
		{"debugprint/builtin", "debugprint/scaffold"},
		{"debugprint/dump", "debugprint/debug-output"},
	} {
		fixtest.UseRules(t, rules.Switches{Enable: []string{"debugprint/debug-output"}, Disable: off})
		n := findings(t, fixtures...)
		for _, id := range []string{"debugprint/builtin", "debugprint/dump", "debugprint/scaffold", "debugprint/debug-output"} {
			if disabled := slices.Contains(off, id); disabled != (n[id] == 0) {
				t.Errorf("-disable=%v: %d findings of %s", off, n[id], id)
			}
		}
	}
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

// TestExamplesModule runs in module mode (testdata/src/debugprint/examplesmod
// is the module example.com/examples): a path element example below the
// module's root marks example code; the module's own path does not.
func TestExamplesModule(t *testing.T) {
	dumpOutput(t)
	dir := filepath.Join(fixtest.TestData(t), "src", "debugprint", "examplesmod")
	fixtest.Check(t, fixtest.Run(t, dir, debugprint.Analyzer, "example.com/examples/contig", "example.com/examples/walk/example/router"))
}
