package fixtest

import (
	"fmt"
	"go/ast"
	"reflect"
	"sort"
	"testing"

	"golang.org/x/tools/go/analysis"
)

type callsBad struct{}

func (*callsBad) AFact()         {}
func (*callsBad) String() string { return "calls bad" }

// reporter reports each call to a function named bad and marks its caller
// with a fact.
var reporter = &analysis.Analyzer{
	Name:      "reporter",
	Doc:       "reports calls to bad",
	FactTypes: []analysis.Fact{new(callsBad)},
	Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			for _, decl := range f.Decls {
				fn, ok := decl.(*ast.FuncDecl)
				if !ok || fn.Body == nil {
					continue
				}
				ast.Inspect(fn.Body, func(n ast.Node) bool {
					if call, ok := n.(*ast.CallExpr); ok {
						if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "bad" {
							pass.Reportf(call.Pos(), "call to bad")
							pass.ExportObjectFact(pass.TypesInfo.Defs[fn.Name], new(callsBad))
						}
					}
					return true
				})
			}
		}
		return nil, nil
	},
}

// recorder is an analysistest.Testing that keeps the failures.
type recorder struct{ errors []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

func TestRunMatchesWants(t *testing.T) {
	results := Run(t, TestData(t), reporter, "fixtest/good")
	if len(results) != 1 || len(results[0].Diagnostics) != 3 {
		t.Fatalf("want one package with 3 findings, got %d packages", len(results))
	}
}

func TestRunReportsMismatches(t *testing.T) {
	var r recorder
	Run(&r, TestData(t), reporter, "fixtest/bad")
	sort.Strings(r.errors)
	want := []string{
		"fixtest/bad/bad.go:8:2: unexpected diagnostic: call to bad",
		"fixtest/bad/bad.go:9: no diagnostic was reported matching `call to bad`",
	}
	if !reflect.DeepEqual(r.errors, want) {
		t.Errorf("got failures\n%q\nwant\n%q", r.errors, want)
	}
}
