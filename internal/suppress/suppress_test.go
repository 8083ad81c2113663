package suppress_test

import (
	"go/ast"
	"strings"
	"testing"

	"github.com/extinctlint/extinct/internal/fixtest"

	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/internal/suppress"
)

// fake reports every call of a function named bad and panics on a call of
// a function named boom.
var fake = &analysis.Analyzer{
	Name: "fake",
	Doc:  "reports calls to bad",
	Run: suppress.Generated(func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					if id, ok := call.Fun.(*ast.Ident); ok {
						switch id.Name {
						case "bad":
							pass.Reportf(call.Pos(), "call to bad")
						case "boom":
							panic("boom")
						}
					}
				}
				return true
			})
		}
		return nil, nil
	}),
}

func TestNolint(t *testing.T) {
	fixtest.Run(t, fixtest.TestData(t), suppress.Wrap(fake), "suppress/nolint")
}

func TestGenerated(t *testing.T) {
	fixtest.Run(t, fixtest.TestData(t), fake, "suppress/generated")
}

// recorder collects the errors analysistest would report.
type recorder struct {
	*testing.T
	errors []string
}

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, format)
}

func TestPanicBecomesError(t *testing.T) {
	results := fixtest.Run(&recorder{T: t}, fixtest.TestData(t), suppress.Wrap(fake), "suppress/panics")
	if len(results) != 1 || results[0].Err == nil {
		t.Fatalf("want one result with an error, got %+v", results)
	}
	msg := results[0].Err.Error()
	for _, want := range []string{"internal error", "fake", "panics", "boom", "suppress_test.go:"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not mention %q", msg, want)
		}
	}
}

func TestParseNolint(t *testing.T) {
	for _, tc := range []struct {
		comment string
		names   []string
		ok      bool
	}{
		{"//nolint", nil, true},
		{"// nolint", nil, true},
		{"//nolint:all", nil, true},
		{"//nolint:a,B // why", []string{"a", "b"}, true},
		{"//nolint:a,all", nil, true},
		{"//nolint because", nil, true},
		{"//nolintx", nil, false},
		{"// not a directive", nil, false},
	} {
		names, ok := suppress.ParseNolint(tc.comment)
		if ok != tc.ok || strings.Join(names, ",") != strings.Join(tc.names, ",") {
			t.Errorf("ParseNolint(%q) = %v, %v; want %v, %v", tc.comment, names, ok, tc.names, tc.ok)
		}
	}
}
