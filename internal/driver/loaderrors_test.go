package driver

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestImportFailureSaysWhy: a package whose import the type checker could
// not resolve names go list's reason from the imported package (a module
// the proxy refuses), not only "invalid package name".
func TestImportFailureSaysWhy(t *testing.T) {
	dep := &packages.Package{PkgPath: "example.com/dep", Errors: []packages.Error{
		{Msg: "example.com/gone@v1.0.0: reading https://proxy.golang.org/example.com/gone/@v/v1.0.0.mod: 403 Forbidden", Kind: packages.ListError},
	}}
	p := &packages.Package{PkgPath: "example.com/app",
		Errors:  []packages.Error{{Pos: "app.go:3:2", Msg: `could not import example.com/dep (invalid package name: "")`, Kind: packages.TypeError}},
		Imports: map[string]*packages.Package{"example.com/dep": dep}}
	got := describeErrors(p)
	if !strings.HasPrefix(got, "app.go:3:2: could not import example.com/dep: ") || !strings.Contains(got, "403 Forbidden") {
		t.Errorf("describeErrors = %q, want the position, the import and go list's 403", got)
	}
	dep.Errors = nil // nothing from go list: the type checker's words stay
	if got := describeErrors(p); !strings.Contains(got, "invalid package name") {
		t.Errorf("describeErrors without a go list error = %q", got)
	}
}
