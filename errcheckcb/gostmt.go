package errcheckcb

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// reportsOwnError reports whether fn, a function of this package run by a
// go statement, hands every failure it returns to someone before
// returning it: each return of an error variable follows, in its block, a
// call that takes that variable ("t.eventBox.Set(EvtQuit, quit{err});
// return err"). Its go statement loses nothing. A return of any other
// non-nil error, or a function without a body here, does not qualify.
func reportsOwnError(pass *analysis.Pass, fn *types.Func, decls map[*types.Func]*ast.FuncDecl) bool {
	decl := decls[fn]
	if decl == nil || decl.Body == nil {
		return false
	}
	info := pass.TypesInfo
	ok, returns := true, 0
	var walk func(list []ast.Stmt)
	walk = func(list []ast.Stmt) {
		for i, st := range list {
			if !ok {
				return
			}
			ast.Inspect(st, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.FuncLit:
					return false
				case *ast.BlockStmt:
					walk(n.List)
					return false
				case *ast.CaseClause:
					walk(n.Body)
					return false
				case *ast.CommClause:
					walk(n.Body)
					return false
				case *ast.ReturnStmt:
					for _, r := range n.Results {
						if isNilIdent(info, r) || !isErrorType(info.TypeOf(r)) {
							continue
						}
						returns++
						id, isID := ast.Unparen(r).(*ast.Ident)
						if !isID || !passedBefore(info, list[:i], info.Uses[id]) {
							ok = false
						}
					}
				}
				return ok
			})
		}
	}
	walk(decl.Body.List)
	return ok && returns > 0
}

// passedBefore reports whether one of the statements is a call statement
// that takes obj somewhere in its arguments.
func passedBefore(info *types.Info, list []ast.Stmt, obj types.Object) bool {
	if obj == nil {
		return false
	}
	for _, st := range list {
		es, ok := st.(*ast.ExprStmt)
		if !ok {
			continue
		}
		call, ok := ast.Unparen(es.X).(*ast.CallExpr)
		if !ok || typeutil.Callee(info, call) == nil {
			continue
		}
		found := false
		for _, a := range call.Args {
			ast.Inspect(a, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && info.Uses[id] == obj {
					found = true
				}
				return !found
			})
		}
		if found {
			return true
		}
	}
	return false
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

// servesListener reports whether call is given a listener (a value with
// an Accept method that returns a connection and an error, and an Addr
// method): "go srv.Serve(ln)" runs an accept loop on a port already bound,
// and checked, by net.Listen; it ends when the listener is closed, and its
// error then says only that (kubectx's proxy, syncthing's usage server,
// caddy's HTTP app). "go srv.ListenAndServe()", whose bind may fail, is
// still reported.
func servesListener(info *types.Info, call *ast.CallExpr) bool {
	for _, a := range call.Args {
		t := info.TypeOf(a)
		if t == nil {
			continue
		}
		accept, _, _ := types.LookupFieldOrMethod(t, true, nil, "Accept")
		addr, _, _ := types.LookupFieldOrMethod(t, true, nil, "Addr")
		fn, ok := accept.(*types.Func)
		if !ok || addr == nil {
			continue
		}
		sig, ok := fn.Type().(*types.Signature)
		if ok && sig.Params().Len() == 0 && sig.Results().Len() == 2 && isErrorType(sig.Results().At(1).Type()) {
			return true
		}
	}
	return false
}
