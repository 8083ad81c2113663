package errcheckcb_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/extinctlint/extinct/errcheckcb"
	"github.com/extinctlint/extinct/internal/fixtest"
)

func TestBlank(t *testing.T) {
	analysistest.Run(t, fixtest.TestData(t), errcheckcb.Analyzer, "errcheckcb/blank")
}
