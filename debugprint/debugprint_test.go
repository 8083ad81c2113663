package debugprint_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/extinctlint/extinct/debugprint"
	"github.com/extinctlint/extinct/internal/fixtest"
)

// run runs the analyzer on the fixture packages and checks every fix it
// offers.
func run(t *testing.T, pkgs ...string) {
	t.Helper()
	for _, pkg := range pkgs {
		fixtest.Check(t, analysistest.Run(t, fixtest.TestData(t), debugprint.Analyzer, "debugprint/"+pkg))
	}
}

func TestBuiltin(t *testing.T)   { run(t, "builtin", "builtinshadow") }
func TestLibrary(t *testing.T)   { run(t, "library") }
func TestMain(t *testing.T)      { run(t, "mainpkg") }
func TestDump(t *testing.T)      { run(t, "dump") }
func TestTests(t *testing.T)     { run(t, "tests") }
func TestGenerated(t *testing.T) { run(t, "generated") }

func TestIntentional(t *testing.T) { run(t, "intentional", "flagdef", "flaguse") }

func TestTestSupportAndLoggers(t *testing.T) {
	run(t, "testutil", "harness", "latest", "applogger", "catalog", "keygen")
}

func TestTerminalPackages(t *testing.T) {
	run(t, "terminal/prompt", "terminal/hook", "terminal/progress", "terminal/quiet")
}

func TestCommandPackages(t *testing.T) {
	run(t, "cobracmd", "cobramain", "urfavecmd", "tool/cmd/serve", "tool/internal/render", "ormcmd", "progname", "tui")
}

func TestTestsFlag(t *testing.T) {
	fixtest.SetFlag(t, debugprint.Analyzer, "tests", "true")
	run(t, "checktestfiles")
}

func TestFuncsFlag(t *testing.T) {
	fixtest.SetFlag(t, debugprint.Analyzer, "funcs", "debugprint/funcsflag/trace.Here,(*debugprint/funcsflag/trace.Tracer).Dump")
	run(t, "funcsflag")
}

func TestAllowFlag(t *testing.T) {
	fixtest.SetFlag(t, debugprint.Analyzer, "allow", "debugprint/allow/...")
	run(t, "allow")
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

func TestFix(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, fixtest.TestData(t), debugprint.Analyzer, "debugprint/fix")
	if n := fixtest.Check(t, results); n == 0 {
		t.Fatal("no fixes offered")
	}
}
