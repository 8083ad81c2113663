package statuscode_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/extinctlint/extinct/internal/fixtest"
	"github.com/extinctlint/extinct/statuscode"
)

func testdata() string {
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		panic(err)
	}
	return dir
}

// TestRules loads every rule's fixture at once: loading the standard
// library from source dominates the cost.
func TestRules(t *testing.T) {
	analysistest.Run(t, testdata(), statuscode.Analyzer,
		"statuscode/nostatus", "statuscode/facts/respond", "statuscode/facts/handlers",
		"statuscode/body200", "statuscode/successstatus", "statuscode/noreturn",
		"statuscode/lateheader", "statuscode/logcontinue", "statuscode/invalid",
		"statuscode/generated", "statuscode/testfile")
}

// TestFixes checks the fixes of rules 1 and 4 against golden files, then
// applies them raw and checks the result is gofmt-clean and type-checks.
func TestFixes(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, testdata(), statuscode.Analyzer, "statuscode/fix")
	if n := fixtest.Check(t, results); n == 0 {
		t.Error("no fixes offered")
	}
}

// TestUnified sets -statuscode.internal-error-func: direct 500s elsewhere are
// reported and the rule 1 fix calls the function.
func TestUnified(t *testing.T) {
	fixtest.SetFlag(t, statuscode.Analyzer, "internal-error-func", "statuscode/unified/errs.Internal")
	results := analysistest.RunWithSuggestedFixes(t, testdata(), statuscode.Analyzer, "statuscode/unified/errs", "statuscode/unified/app")
	if n := fixtest.Check(t, results); n == 0 {
		t.Error("no fixes offered")
	}
}
