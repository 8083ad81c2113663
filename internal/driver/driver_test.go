package driver

import (
	"bytes"
	"go/ast"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/internal/suppress"
)

// reporter reports every function declaration; crasher panics on every
// package.
var (
	reporter = &analysis.Analyzer{Name: "reporter", Doc: "reports functions", Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			for _, d := range f.Decls {
				if fn, ok := d.(*ast.FuncDecl); ok {
					pass.Reportf(fn.Pos(), "reporter: function %s", fn.Name.Name)
				}
			}
		}
		return nil, nil
	}}
	crasher = &analysis.Analyzer{Name: "crasher", Doc: "panics", Run: func(pass *analysis.Pass) (any, error) {
		var m map[string]int
		m["boom"]++ // a nil map: panics
		return nil, nil
	}}
)

func TestPanicDoesNotHideFindings(t *testing.T) {
	inTinyModule(t)

	var stdout, stderr bytes.Buffer
	code := Run([]string{"./..."}, []*analysis.Analyzer{suppress.Wrap(reporter), suppress.Wrap(crasher)}, nil, &stdout, &stderr)
	if code != ExitFailure {
		t.Errorf("exit %d, want %d (an internal error)", code, ExitFailure)
	}
	if !strings.Contains(stdout.String(), "m.go:3:1: reporter: function F") {
		t.Errorf("the other analyzer's finding is missing:\n%s", stdout.String())
	}
	for _, want := range []string{"example.com/m", "crasher", "internal error", "driver_test.go:", "assignment to entry in nil map"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr does not mention %q:\n%s", want, stderr.String())
		}
	}
}

func TestOptInSelection(t *testing.T) {
	inTinyModule(t)

	optIn := &analysis.Analyzer{Name: "optin", Doc: "reports packages", Run: func(pass *analysis.Pass) (any, error) {
		pass.Reportf(pass.Files[0].Package, "optin: package %s", pass.Pkg.Name())
		return nil, nil
	}}
	for _, tc := range []struct {
		args          []string
		reporter, opt bool
	}{
		{[]string{"./..."}, true, false},
		{[]string{"-staticchecks", "./..."}, true, true},
		{[]string{"-optin", "./..."}, false, true},
		{[]string{"-reporter=false", "-staticchecks", "./..."}, false, true},
	} {
		var stdout, stderr bytes.Buffer
		Run(tc.args, []*analysis.Analyzer{reporter}, []*analysis.Analyzer{optIn}, &stdout, &stderr)
		out := stdout.String()
		if strings.Contains(out, "reporter:") != tc.reporter || strings.Contains(out, "optin:") != tc.opt {
			t.Errorf("extinct %v: want reporter %v, opt-in %v; got:\n%s%s", tc.args, tc.reporter, tc.opt, out, stderr.String())
		}
	}
}

// inTinyModule makes the test run in a new module with one function.
func inTinyModule(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"go.mod": "module example.com/m\n\ngo 1.26\n",
		"m.go":   "package m\n\nfunc F() {}\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
}
