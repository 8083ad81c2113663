package statuscode

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// failsOnlyWhenCancelled reports whether ifs is `if err := f(..., r.Context(),
// ...); err != nil` where f, a function of this package, returns as its
// error only nil or its context parameter's Err(): the branch runs only when
// the request's context is done, so the client is gone (a reference
// backend's `delay(r.Context(), ...)` that waits on a timer or ctx.Done()).
func (s *state) failsOnlyWhenCancelled(ifs *ast.IfStmt) bool {
	cond, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
	as, _ := ifs.Init.(*ast.AssignStmt)
	if !ok || cond.Op != token.NEQ || !s.isNil(cond.Y) || as == nil || len(as.Rhs) != 1 {
		return false
	}
	errID, ok := ast.Unparen(cond.X).(*ast.Ident)
	last, _ := as.Lhs[len(as.Lhs)-1].(*ast.Ident)
	info := s.pass.TypesInfo
	if !ok || last == nil || info.ObjectOf(errID) != info.ObjectOf(last) {
		return false
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := typeutil.StaticCallee(info, call)
	if fn == nil {
		return false
	}
	decl := s.decls[fn.Origin()]
	sig := fn.Signature()
	if decl == nil || decl.Body == nil || sig.Variadic() || len(call.Args) != sig.Params().Len() {
		return false
	}
	for i := 0; i < sig.Params().Len(); i++ {
		if isContext(sig.Params().At(i).Type()) && s.isRequestContext(call.Args[i]) {
			return onlyContextErr(info, decl, sig.Params().At(i))
		}
	}
	return false
}

// isRequestContext reports whether e is r.Context() of an *http.Request.
func (s *state) isRequestContext(e ast.Expr) bool {
	recv, ok := methodCall(e, "Context")
	if !ok {
		return false
	}
	t := s.pass.TypesInfo.TypeOf(recv)
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	return t != nil && isNamed(t, "net/http", "Request")
}

// methodCall returns x when e is x.name() (no arguments).
func methodCall(e ast.Expr, name string) (ast.Expr, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return nil, false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != name {
		return nil, false
	}
	return sel.X, true
}

// onlyContextErr reports whether every return of decl (not of the function
// literals in it) gives as its last result nil or ctx.Err() of the
// parameter ctx, and at least one gives ctx.Err().
func onlyContextErr(info *types.Info, decl *ast.FuncDecl, ctx *types.Var) bool {
	sawErr, other := false, false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) == 0 {
				other = true
				return false
			}
			r := ast.Unparen(n.Results[len(n.Results)-1])
			if tv, ok := info.Types[r]; ok && tv.IsNil() {
				return false
			}
			if recv, ok := methodCall(r, "Err"); ok {
				if id, ok := ast.Unparen(recv).(*ast.Ident); ok && info.Uses[id] == ctx {
					sawErr = true
					return false
				}
			}
			other = true
		}
		return !other
	})
	return sawErr && !other
}
