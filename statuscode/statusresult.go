package statuscode

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/extinctlint/extinct/internal/astutil"
)

// Which integer results of a function of this package are statuses: an
// adapter returns the status its caller must write (return
// http.StatusNotFound, err), but a helper that answers for its own
// failure may return other integers beside the error (sftpgo's
// getSearchFilters(w, r) (limit, offset int, order string, err error)
// writes its 400 and returns a limit). A result is a status when some
// return of the function fills it with a status: a net/http Status
// constant or an integer literal in 100..599, a variable assigned such a
// constant or a status returned by a call given the writer, or the results
// of another call passed through whole. Functions of other packages are
// judged by their signature alone.

// fillsStatus reports whether decl, the declaration of a function whose
// integer results are at idx, returns a status in one of them.
func (s *state) fillsStatus(decl *ast.FuncDecl, idx []int, depth int) bool {
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) <= idx[len(idx)-1] {
				found = true // a bare return of named results, or a call's results passed through
				return false
			}
			for _, i := range idx {
				if s.isStatusValue(decl, n.Results[i], depth) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// isStatusValue reports whether e, returned by decl, is a status.
func (s *state) isStatusValue(decl *ast.FuncDecl, e ast.Expr, depth int) bool {
	e = ast.Unparen(e)
	if isStatusConst(s.pass.TypesInfo, e) {
		return true
	}
	if lit, ok := e.(*ast.BasicLit); ok {
		if v, ok := constant.Int64Val(constant.MakeFromLiteral(lit.Value, lit.Kind, 0)); ok {
			return v >= 100 && v <= 599
		}
		return false
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := s.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return false
	}
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		asg, ok := n.(*ast.AssignStmt)
		if found || !ok {
			return !found
		}
		for i, lhs := range asg.Lhs {
			lid, ok := ast.Unparen(lhs).(*ast.Ident)
			if !ok || s.pass.TypesInfo.ObjectOf(lid) != v {
				continue
			}
			switch {
			case len(asg.Rhs) == len(asg.Lhs):
				found = found || isStatusConst(s.pass.TypesInfo, ast.Unparen(asg.Rhs[i]))
			case len(asg.Rhs) == 1:
				call, ok := ast.Unparen(asg.Rhs[0]).(*ast.CallExpr)
				found = found || ok && givenWriter(s.pass.TypesInfo, call) && depth < 3 && s.returnsStatusAt(call, depth+1)
			}
		}
		return !found
	})
	return found
}

// isStatusConst reports whether e names a Status constant of net/http.
func isStatusConst(info *types.Info, e ast.Expr) bool {
	id := astutil.NameIdent(e)
	if id == nil {
		return false
	}
	c, ok := info.Uses[id].(*types.Const)
	return ok && c.Pkg() != nil && c.Pkg().Path() == "net/http" && strings.HasPrefix(c.Name(), "Status")
}

// givenWriter reports whether call is given an http.ResponseWriter.
func givenWriter(info *types.Info, call *ast.CallExpr) bool {
	for _, a := range call.Args {
		if t := info.TypeOf(a); t != nil && isResponseWriter(t) {
			return true
		}
	}
	return false
}

// declOf returns the declaration of the function call calls, if it is one
// of this package's.
func (s *state) declOf(call *ast.CallExpr) *ast.FuncDecl {
	fn, _ := typeutil.Callee(s.pass.TypesInfo, call).(*types.Func)
	if fn == nil {
		return nil
	}
	if d := s.decls[fn.Origin()]; d != nil && d.Body != nil {
		return d
	}
	return nil
}
