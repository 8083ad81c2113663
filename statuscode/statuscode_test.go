package statuscode_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/extinctlint/extinct/internal/fixtest"
	"github.com/extinctlint/extinct/internal/rules"
	"github.com/extinctlint/extinct/statuscode"
	"golang.org/x/tools/go/analysis/analysistest"
)

func testdata() string {
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		panic(err)
	}
	return dir
}

// strict names the strict rules, which the fixtures' wants expect on.
var strict = []string{"statuscode/body-200"}

// TestRules loads every rule's fixture at once: loading the standard
// library from source dominates the cost. The strict rule body-200 is
// switched on: its fixtures' wants expect it.
func TestRules(t *testing.T) {
	fixtest.UseRules(t, rules.Switches{Enable: strict})
	fixtest.Run(t, testdata(), statuscode.Analyzer,
		"statuscode/nostatus", "statuscode/facts/respond", "statuscode/facts/handlers",
		"statuscode/body200", "statuscode/successstatus", "statuscode/noreturn",
		"statuscode/lateheader", "statuscode/logcontinue", "statuscode/invalid",
		"statuscode/generated", "statuscode/testfile", "statuscode/testsupport", "statuscode/testsupport/mixed", "statuscode/testsupport/registrytest",
		"statuscode/adapter", "statuscode/catchall", "statuscode/wrapper", "statuscode/deferred")
}

// TestFixes checks the fixes of no-status and missing-return against golden files, then
// applies them raw and checks the result is gofmt-clean and type-checks.
func TestFixes(t *testing.T) {
	results := fixtest.RunWithSuggestedFixes(t, testdata(), statuscode.Analyzer, "statuscode/fix")
	if n := fixtest.Check(t, results); n == 0 {
		t.Error("no fixes offered")
	}
}

// TestUnified sets -statuscode.internal-error-func: direct 500s elsewhere are
// reported and the no-status fix calls the function.
func TestUnified(t *testing.T) {
	fixtest.SetFlag(t, statuscode.Analyzer, "internal-error-func", "statuscode/unified/errs.Internal")
	results := fixtest.RunWithSuggestedFixes(t, testdata(), statuscode.Analyzer, "statuscode/unified/errs", "statuscode/unified/app")
	if n := fixtest.Check(t, results); n == 0 {
		t.Error("no fixes offered")
	}
}

// recorder collects analysistest's complaints instead of failing.
type recorder struct{ errs []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

// TestDisable turns off a path rule (no-status, found by the shared path
// analysis) and a rule with its own check (invalid-status): their findings
// vanish, and the only complaints are their fixtures' unmet wants; the
// other rules still report.
func TestDisable(t *testing.T) {
	disabled := []string{"statuscode/no-status", "statuscode/invalid-status"}
	fixtest.UseRules(t, rules.Switches{Enable: strict, Disable: disabled})

	rec := new(recorder)
	results := fixtest.Run(rec, testdata(), statuscode.Analyzer,
		"statuscode/nostatus", "statuscode/body200", "statuscode/invalid")
	reported := countByRule(results)
	for _, id := range disabled {
		if reported[id] != 0 {
			t.Errorf("%s is disabled but reported %d findings", id, reported[id])
		}
	}
	if reported["statuscode/body-200"] == 0 {
		t.Error("statuscode/body-200 reported nothing while other rules were disabled")
	}
	missed := make(map[string]int)
	for _, e := range rec.errs {
		id := ""
		for _, d := range disabled {
			if strings.Contains(e, "no diagnostic was reported matching `"+d+": ") {
				id = d
			}
		}
		if id == "" {
			t.Errorf("unexpected complaint: %s", e)
		}
		missed[id]++
	}
	for _, id := range disabled {
		if missed[id] == 0 {
			t.Errorf("no want for %s went unmet: the fixtures do not exercise it", id)
		}
	}
}

// TestBody200Strict: body-200 is a strict rule, silent unless switched on;
// panic-200, the recover handler's form, stays in the default tier.
func TestBody200Strict(t *testing.T) {
	rec := new(recorder)
	results := fixtest.Run(rec, testdata(), statuscode.Analyzer,
		"statuscode/body200", "statuscode/catchall", "statuscode/deferred")
	reported := countByRule(results)
	if n := reported["statuscode/body-200"]; n != 0 {
		t.Errorf("statuscode/body-200 is strict but reported %d findings by default", n)
	}
	if reported["statuscode/panic-200"] == 0 {
		t.Error("statuscode/panic-200 reported nothing by default")
	}
	for _, e := range rec.errs {
		if !strings.Contains(e, "no diagnostic was reported matching `statuscode/body-200: ") {
			t.Errorf("unexpected complaint: %s", e)
		}
	}
	if len(rec.errs) == 0 {
		t.Error("no want for statuscode/body-200 went unmet: the fixtures do not exercise it")
	}
}

// countByRule counts the findings of results by rule ID.
func countByRule(results []*analysistest.Result) map[string]int {
	reported := make(map[string]int)
	for _, r := range results {
		for _, d := range r.Diagnostics {
			reported[d.Category]++
		}
	}
	return reported
}

// TestNeverFails runs in module mode: testdata/src/statuscode/nofail is a
// module whose handlers test the errors of calls that never fail
// (internal/nofail: of their own package, and of another package of the
// module through facts), whose branches cannot run and are not judged,
// beside the same shapes with calls that may fail, of an interface, or of
// a dependency module (judged).
func TestNeverFails(t *testing.T) {
	dir := filepath.Join(fixtest.TestData(t), "src", "statuscode", "nofail")
	fixtest.Run(t, dir, statuscode.Analyzer, "example.com/scnofail/api")
}

// TestTestDir: a package below the module's test/ directory is a test
// program; its handlers are not judged. The same handler outside it,
// api.Lookup, is reported (TestNeverFails runs api).
func TestTestDir(t *testing.T) {
	dir := filepath.Join(fixtest.TestData(t), "src", "statuscode", "nofail")
	fixtest.Run(t, dir, statuscode.Analyzer, "example.com/scnofail/test/fakeapi")
}
