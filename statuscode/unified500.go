package statuscode

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

const msgUnified = "direct 500 response bypasses %s: this failure is not logged or counted in the one place; call %s instead"

// checkUnified500 applies rule unified-500 to every call of the package: a
// constant 500 given to WriteHeader or http.Error outside the functions
// named by -statuscode.internal-error-func. Without the flag it does
// nothing.
func (s *state) checkUnified500(ins *inspector.Inspector) {
	if len(s.unified) == 0 {
		return
	}
	var encl *ast.FuncDecl
	ins.Preorder([]ast.Node{(*ast.FuncDecl)(nil), (*ast.CallExpr)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.FuncDecl:
			encl = n
		case *ast.CallExpr:
			if code, ok := s.statusArg(n); ok && code == 500 && !s.inUnified(n, encl) {
				s.report(ruleUnified500, n.Pos(), n.End(), fmt.Sprintf(msgUnified, s.unified[0], s.unified[0]), nil)
			}
		}
	})
}

// inUnified reports whether call lies in encl, the last function
// declaration before it, and encl is one of the unified functions.
func (s *state) inUnified(call *ast.CallExpr, encl *ast.FuncDecl) bool {
	if encl == nil || call.Pos() < encl.Pos() || call.End() > encl.End() {
		return false
	}
	fn, ok := s.pass.TypesInfo.Defs[encl.Name].(*types.Func)
	if !ok {
		return false
	}
	for _, u := range s.unified {
		if fn.FullName() == u {
			return true
		}
	}
	return false
}
