package errcheckcb

import (
	"go/ast"
	"go/types"

	"github.com/extinctlint/extinct/internal/astutil"
	"golang.org/x/tools/go/analysis"
)

// restStmts returns the statements after the one on top of stack in its
// block.
func restStmts(stack []ast.Node) []ast.Stmt {
	if len(stack) < 2 {
		return nil
	}
	list := astutil.StmtList(stack[len(stack)-2])
	for i, st := range list {
		if st == stack[len(stack)-1] {
			return list[i+1:]
		}
	}
	return nil
}

// usesVar reports whether n refers to v.
func usesVar(info *types.Info, n ast.Node, v types.Object) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == v {
			found = true
		}
		return !found
	})
	return found
}

// fillsArgUsedAfter reports whether decl, the declaration of a function of
// this package that call calls, stores into what one of its pointer
// parameters points to ("root.snapshots = snapshots") and the caller uses
// the variable it passed there in a statement after the call (rest): on
// failure the value is left stale or half-filled and used as if whole, as
// a decode into a value that is then read. Such a call is reported even
// where the package's own plumbing is not (restic's fuse directories
// dropped updateSnapshots's error and listed stale snapshots).
func fillsArgUsedAfter(info *types.Info, call *ast.CallExpr, decl *ast.FuncDecl, rest []ast.Stmt) bool {
	if decl == nil || decl.Body == nil || len(rest) == 0 {
		return false
	}
	fn, ok := info.Defs[decl.Name].(*types.Func)
	if !ok {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Variadic() {
		return false
	}
	params := sig.Params()
	filled := make(map[types.Object]bool) // pointer parameters stored into
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		as, ok := n.(*ast.AssignStmt)
		if !ok {
			return true
		}
		for _, l := range as.Lhs {
			switch l.(type) {
			case *ast.SelectorExpr, *ast.IndexExpr, *ast.StarExpr:
			default:
				continue
			}
			if root := rootVar(info, l); root != nil {
				if _, isPtr := root.Type().Underlying().(*types.Pointer); isPtr {
					filled[root] = true
				}
			}
		}
		return true
	})
	for i := 0; i < params.Len() && i < len(call.Args); i++ {
		if !filled[params.At(i)] {
			continue
		}
		arg := rootVar(info, call.Args[i])
		if arg == nil {
			continue
		}
		for _, st := range rest {
			if usesVar(info, st, arg) {
				return true
			}
		}
	}
	return false
}

// rootVar returns the variable at the root of e (x in x.f.g, x[i], *x,
// &x.f), or nil.
func rootVar(info *types.Info, e ast.Expr) *types.Var {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			v, _ := info.ObjectOf(x).(*types.Var)
			return v
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.UnaryExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// funcDecls indexes the package's function declarations by object.
func funcDecls(pass *analysis.Pass) map[*types.Func]*ast.FuncDecl {
	m := make(map[*types.Func]*ast.FuncDecl)
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					m[fn] = fd
				}
			}
		}
	}
	return m
}
