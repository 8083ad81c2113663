package errcheckcb

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/extinctlint/extinct/internal/astutil"
)

// onErrorPath reports whether the statement on top of stack sits in a block
// that ends by returning an error or by panicking, directly or through
// enclosing if statements: cleanup there (a Close before "return err") has
// nothing to add, the caller already learns of a failure.
func onErrorPath(info *types.Info, stack []ast.Node) bool {
	nilCheck := false // passed through the body of an "if x != nil"
	for i := len(stack) - 2; i >= 0; i-- {
		list := astutil.StmtList(stack[i]) // never empty: it holds stack[i+1]
		if list == nil {
			return false
		}
		var ifStmt *ast.IfStmt
		if i >= 1 {
			ifStmt, _ = stack[i-1].(*ast.IfStmt)
		}
		if ifStmt != nil && ifStmt.Body == stack[i] && comparesWithNil(ifStmt.Cond) {
			nilCheck = true
		}
		if len(list) > 0 && endsWithFailure(info, list[len(list)-1], nilCheck) {
			return true
		}
		// Climb out of an if (or else) body to the block around the if.
		if ifStmt == nil || i < 2 {
			return false
		}
		i--
		for i-1 >= 0 {
			if _, ok := stack[i-1].(*ast.IfStmt); !ok { // else if chains
				break
			}
			i--
		}
	}
	return false
}

// comparesWithNil reports whether cond is "x != nil" (perhaps among
// others joined by && or ||).
func comparesWithNil(cond ast.Expr) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	switch b.Op {
	case token.LAND, token.LOR:
		return comparesWithNil(b.X) || comparesWithNil(b.Y)
	case token.NEQ:
		isNil := func(e ast.Expr) bool { id, ok := ast.Unparen(e).(*ast.Ident); return ok && id.Name == "nil" }
		return isNil(b.X) || isNil(b.Y)
	}
	return false
}

// endsWithFailure reports whether s panics or returns an error that is
// surely not nil: a sentinel, a constructed error, or a variable just
// found not nil (nilCheck).
func endsWithFailure(info *types.Info, s ast.Stmt, nilCheck bool) bool {
	switch s := s.(type) {
	case *ast.ReturnStmt:
		for _, r := range s.Results {
			if isNilIdent(info, r) || !isErrorType(info.TypeOf(r)) {
				continue
			}
			switch r := ast.Unparen(r).(type) {
			case *ast.CallExpr:
				if fn, ok := typeutil.Callee(info, r).(*types.Func); ok {
					switch fn.Name() {
					case "New", "Errorf", "Join", "Wrap", "Wrapf", "WithMessage", "WithStack":
						return true
					}
				}
			case *ast.Ident:
				if v, ok := info.Uses[r].(*types.Var); ok && (nilCheck || v.Pkg() != nil && v.Parent() == v.Pkg().Scope()) {
					return true
				}
			case *ast.SelectorExpr: // pkg.ErrX
				if _, ok := info.Uses[r.Sel].(*types.Var); ok {
					return true
				}
			case *ast.CompositeLit, *ast.UnaryExpr:
				return true
			}
		}
	case *ast.ExprStmt:
		if call, ok := ast.Unparen(s.X).(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
				if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "panic" {
					return true
				}
			}
		}
	}
	return false
}
