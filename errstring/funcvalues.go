package errstring

import (
	"go/ast"
	"go/types"
)

// funcOrigins adds the origins of the error that the function value e
// returns: a function of this package, a function literal (the literal
// itself, around whose wraps a test of that error looks, and what it
// returns), or a local variable last assigned one of those (f :=
// func(ctx) error {...}). A call of a func parameter of an unexported
// helper has the origins of what its calls pass (argOrigins): certmagic's
// retry helper tests context.Canceled on what its func parameter returns,
// which says nothing of a job literal handed to another function.
func (ix *identities) funcOrigins(e ast.Expr, o originSet) (unknown bool) {
	info := ix.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		o.lits[e] = true
		sig, _ := info.TypeOf(e).(*types.Signature)
		if sig == nil {
			return true
		}
		for _, x := range ix.bodyErrors(e.Body, sig) {
			if !isNil(ix.pass, x) {
				unknown = ix.origins(x, o) || unknown
			}
		}
		return unknown
	case *ast.Ident:
		switch obj := info.Uses[e].(type) {
		case *types.Func:
			if ix.decls[obj] != nil {
				o.fns[obj] = true
				return false
			}
		case *types.Var:
			if x := ix.reaching(obj, e.Pos()); x != nil {
				return ix.funcOrigins(x, o)
			}
		}
	}
	return true
}

// returnsError reports whether t is a function type whose last result is
// an error.
func (ix *identities) returnsError(t types.Type) bool {
	sig, ok := t.Underlying().(*types.Signature)
	return ok && sig.Results().Len() > 0 && ix.isErrorType(sig.Results().At(sig.Results().Len()-1).Type())
}
