package nofail_test

import (
	"path/filepath"
	"testing"

	"github.com/extinctlint/extinct/internal/fixtest"
	"github.com/extinctlint/extinct/internal/nofail"
)

// TestFacts checks the neverFails facts: across the packages of a fixture
// module (testdata/src/nofail/module), and on errcheckcb's fixture module,
// whose package app is exempted from errcheckcb by them (the fact
// expectations there were errcheckcb's before the computation moved here).
func TestFacts(t *testing.T) {
	dir := filepath.Join(fixtest.TestData(t), "src", "nofail", "module")
	fixtest.Run(t, dir, nofail.Analyzer, "example.com/nofailmod/base", "example.com/nofailmod/user")
	dir = filepath.Join(fixtest.TestData(t), "src", "errcheckcb", "nofail")
	fixtest.Run(t, dir, nofail.Analyzer, "example.com/nofail/lib")
}
