package errcheckcb

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/extinctlint/extinct/internal/fixtest"
	"github.com/extinctlint/extinct/internal/rules"
)

// setFlag sets one of the analyzer's flags for the rest of the test.
// Tests that set flags must not run in parallel.
func setFlag(t *testing.T, name, value string) {
	t.Helper()
	if name != "exclude" && name != "exclude-file" {
		fixtest.SetFlag(t, Analyzer, name, value)
		return
	}
	// The exclusion lists only grow with Set: empty them afterwards.
	if err := Analyzer.Flags.Set(name, value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		optExclude = excludeFlag{}
		optExcludeFile = excludeFileFlag{list: &optExclude}
	})
}

// TestDefaultRules runs the fixtures that need no switch or flag, in one
// load: the default tier's findings and traps, a package that imports test
// support (not test support itself), and the defaults of the options.
func TestDefaultRules(t *testing.T) {
	fixtest.Run(t, fixtest.TestData(t), Analyzer, fixtest.Patterns("errcheckcb",
		"unchecked", "unchecked2", "emptybranch", "callback", "testsupport_user",
		"options_tests_off")...)
}

// The fixes are the same for both unchecked rules; the fixture's calls are
// errcheckcb/unchecked-any's.
func TestUncheckedFix(t *testing.T) {
	fixtest.UseRules(t, rules.Switches{Enable: []string{ruleUncheckedAny.ID}})
	results := fixtest.RunWithSuggestedFixes(t, fixtest.TestData(t), Analyzer, "errcheckcb/unchecked_fix")
	if n := fixtest.Check(t, results); n != 9 {
		t.Errorf("%d fixes applied, want 9", n)
	}
}

func TestTestsOption(t *testing.T) {
	setFlag(t, "tests", "true")
	fixtest.Run(t, fixtest.TestData(t), Analyzer, "errcheckcb/options_tests_on")
}

func TestExcludeOptions(t *testing.T) {
	fixtest.UseRules(t, rules.Switches{Enable: []string{ruleUncheckedAny.ID}})
	dir := fixtest.TestData(t)
	setFlag(t, "exclude", "errcheckcb/options_exclude.Audit, (*errcheckcb/options_exclude.Store).Save")
	setFlag(t, "exclude-file", filepath.Join(dir, "src", "errcheckcb", "options_exclude", "excludes.txt"))
	fixtest.Run(t, dir, Analyzer, "errcheckcb/options_exclude")
}

func TestExcludeOptionErrors(t *testing.T) {
	var list excludeFlag
	for _, bad := range []string{"audit", "(*pkg.T.Save", "pkg.Func)", "a b.c"} {
		if err := list.Set(bad); err == nil {
			t.Errorf("-exclude=%q: no error", bad)
		}
	}
	if err := list.Set("fmt.Fprintf(os.Stdout),(*bytes.Buffer).Write, (hash.Hash).Write,"); err != nil {
		t.Errorf("valid entries refused: %v", err)
	}
	if got := list.String(); got != "fmt.Fprintf(os.Stdout),(*bytes.Buffer).Write,(hash.Hash).Write" {
		t.Errorf("entries = %q", got)
	}
	file := excludeFileFlag{list: &list}
	if err := file.Set(filepath.Join(t.TempDir(), "missing.txt")); err == nil {
		t.Error("missing exclude file: no error")
	}
	bad := filepath.Join(t.TempDir(), "bad.txt")
	if err := os.WriteFile(bad, []byte("// fine\nos.Setenv\nnot an entry\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := file.Set(bad); err == nil || !strings.Contains(err.Error(), "bad.txt:3") {
		t.Errorf("malformed exclude file: error %v, want one naming bad.txt:3", err)
	}
}

// TestNeverFails runs in module mode: testdata/src/errcheckcb/nofail is a
// module whose package app calls never-failing functions of its package lib
// (exempt: same module, through facts) and of the module nofaildep that it
// requires (reported: a dependency's signature is its contract). lib is
// analysed as app's dependency; its // want comments are the neverFails
// facts of internal/nofail, whose test checks them.
func TestNeverFails(t *testing.T) {
	fixtest.UseRules(t, rules.Switches{Enable: []string{ruleUncheckedAny.ID}})
	dir := filepath.Join(fixtest.TestData(t), "src", "errcheckcb", "nofail")
	fixtest.Run(t, dir, Analyzer, "example.com/nofail/app")
}
