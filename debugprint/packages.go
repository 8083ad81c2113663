package debugprint

import (
	"path"
	"strings"

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
// _test.go file: every one of its non-test files imports testing, or its
// name or the last element of its path ends with test, tests, testing or
// testutil (net/http/httptest, internal/testutil, e2etests).
func testSupport(pass *analysis.Pass) bool {
	for _, name := range []string{pass.Pkg.Name(), path.Base(pass.Pkg.Path())} {
		name = strings.ToLower(name)
		for _, suffix := range []string{"test", "tests", "testing", "testutil"} {
			if strings.HasSuffix(name, suffix) && !notTest[name] {
				return true
			}
		}
	}
	return astutil.EveryFileImports(pass.Fset, pass.Files, "testing")
}

// notTest are the words that end with test but do not name tests.
var notTest = map[string]bool{
	"latest": true, "attest": true, "contest": true, "protest": true, "detest": true,
	"greatest": true, "fastest": true, "shortest": true,
}
