package astutil

import (
	"go/types"
	"path"
	"strings"
)

// TestSupportName reports whether pkg is named as test support: its name
// or the last element of its path ends with test, tests, testing or
// testutil (net/http/httptest, internal/testutil, e2etests, opa's
// sdk/test), words that end with test without naming tests (latest,
// attest) aside.
func TestSupportName(pkg *types.Package) bool {
	for _, name := range []string{pkg.Name(), path.Base(pkg.Path())} {
		name = strings.ToLower(name)
		for _, suffix := range []string{"test", "tests", "testing", "testutil"} {
			if strings.HasSuffix(name, suffix) && !notTest[name] {
				return true
			}
		}
	}
	return false
}

// notTest are the words that end with test but do not name tests.
var notTest = map[string]bool{
	"latest": true, "attest": true, "contest": true, "protest": true, "detest": true,
	"greatest": true, "fastest": true, "shortest": true,
}

// DirsInModule returns the path elements of the package path pkgPath below
// the root of its module modulePath (none for the root package), or all of
// pkgPath's elements when modulePath is "" or not a prefix of it (GOPATH
// mode). The module's own path does not count: the packages of a module
// named example.com/examples are not below a directory examples.
func DirsInModule(pkgPath, modulePath string) []string {
	if modulePath != "" {
		if pkgPath == modulePath {
			return nil
		}
		if rel, ok := strings.CutPrefix(pkgPath, modulePath+"/"); ok {
			return strings.Split(rel, "/")
		}
	}
	return strings.Split(pkgPath, "/")
}
