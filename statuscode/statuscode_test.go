package statuscode_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	_ "github.com/extinctlint/extinct/internal/fixtest"
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
		"statuscode/generated")
}
