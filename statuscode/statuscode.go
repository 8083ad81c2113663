package statuscode

import (
	_ "embed"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/extinctlint/extinct/internal/analysisdoc"
	"github.com/extinctlint/extinct/internal/suppress"
)

//go:embed doc.go
var doc string

// Analyzer reports HTTP error paths that do not answer with an error status.
var Analyzer = &analysis.Analyzer{
	Name:      "statuscode",
	Doc:       analysisdoc.Extract(doc, "statuscode"),
	URL:       "https://github.com/extinctlint/extinct/tree/main/statuscode",
	Run:       suppress.Generated(run),
	Requires:  []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer},
	FactTypes: []analysis.Fact{new(writerFact)},
}

// internalErrorFuncs is the value of -statuscode.internal-error-func: a
// comma-separated list of functions (path.Func or (*path.T).Method).
var internalErrorFuncs string

func init() {
	Analyzer.Flags.StringVar(&internalErrorFuncs, "internal-error-func", "",
		"comma-separated list of the functions (pkg/path.Func) that answer every 500; direct 500s elsewhere are reported and the missing-status fix calls the first")
}

func run(pass *analysis.Pass) (any, error) {
	if !importsHTTP(pass.Pkg) {
		return nil, nil
	}
	s := newState(pass, parseFuncList(internalErrorFuncs))
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)

	// Pass 1: index the package's function declarations, so that a call to
	// a helper declared later can be summarised on demand.
	var funcs []ast.Node
	var encl *ast.FuncDecl
	ins.Preorder([]ast.Node{(*ast.FuncDecl)(nil), (*ast.FuncLit)(nil), (*ast.CallExpr)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if fn, ok := pass.TypesInfo.Defs[n.Name].(*types.Func); ok && n.Body != nil {
				s.decls[fn] = n
			}
			funcs = append(funcs, n)
			encl = n
		case *ast.FuncLit:
			funcs = append(funcs, n)
		case *ast.CallExpr:
			s.checkCall(n, encl)
		}
	})

	// Pass 2: summarise every function that takes a writer (exporting
	// facts for the named ones) and judge its paths.
	for _, n := range funcs {
		fi := s.funcInfo(n)
		if fi == nil {
			continue
		}
		if fn := fi.obj; fn != nil {
			s.summary(fn) // exports the fact
		}
		s.checkFunc(fi)
	}
	s.checkErrorBranchStatuses(ins)
	return nil, nil
}

// importsHTTP reports whether pkg is net/http or imports it: a package that
// does not cannot name an http.ResponseWriter.
func importsHTTP(pkg *types.Package) bool {
	if pkg.Path() == "net/http" {
		return true
	}
	for _, imp := range pkg.Imports() {
		if imp.Path() == "net/http" {
			return true
		}
	}
	return false
}

func parseFuncList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}
