package statuscode_test

import (
	"testing"

	"github.com/extinctlint/extinct/internal/fixtest"
	"github.com/extinctlint/extinct/statuscode"
)

// TestConstructors: writer constructors of other modules (stand-ins under
// testdata/src/github.com) write nothing; writes through their values do.
func TestConstructors(t *testing.T) {
	fixtest.Run(t, testdata(), statuscode.Analyzer, "statuscode/constructor")
}
