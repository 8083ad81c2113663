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

func TestNoStatus(t *testing.T) {
	analysistest.Run(t, testdata(), statuscode.Analyzer, "statuscode/nostatus")
}

func TestFacts(t *testing.T) {
	analysistest.Run(t, testdata(), statuscode.Analyzer, "statuscode/facts/respond", "statuscode/facts/handlers")
}
