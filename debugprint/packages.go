package debugprint

import (
	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/internal/astutil"
)

// isLibrary reports whether the package of pass is library code, whose
// output goes to every program that imports it: not a command (isCommand),
// not test support, not named by -debugprint.allow.
func (c *checker) isLibrary() bool {
	return c.library.get(func() bool {
		return !isCommand(c.pass) && !testSupport(c.pass) && !allowedPkgs.match(c.pass.Pkg.Path())
	})
}

// testSupport reports whether the package of pass exists for tests, like a
// _test.go file: every one of its non-test files imports testing, or it is
// named as test support (astutil.TestSupportName).
func testSupport(pass *analysis.Pass) bool {
	return astutil.TestSupportName(pass.Pkg) || astutil.EveryFileImports(pass.Fset, pass.Files, "testing")
}
