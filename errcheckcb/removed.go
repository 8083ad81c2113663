package errcheckcb

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// removedNext reports whether the statement after the Close of the written
// file obj removes that file (os.Remove or os.RemoveAll of f.Name() or of
// the path it was opened by): the file's content is discarded, so a
// failed close loses nothing (a temporary file given up: "f.Close();
// os.Remove(f.Name())"; a log unlinked at once after "defer f.Close()",
// which a child process writes through its descriptor).
func (o *openFiles) removedNext(info *types.Info, obj types.Object, next ast.Stmt) bool {
	return o.removes(info, obj, stmtCall(next))
}

// removedOnReturn reports whether one of the calls that the functions fns
// (declarations or literals; nil: none) defer removes the written file
// obj: a temporary file, used by name while the function runs (a diff's
// inputs, a binary run to ask its version) and gone when it returns, so a
// failed Close loses nothing that outlives the function (hashicorp/packer,
// kovidgoyal/imaging). It walks the functions only when asked, for a Close
// of a written file.
func (o *openFiles) removedOnReturn(info *types.Info, obj types.Object, fns ...ast.Node) bool {
	for _, fn := range fns {
		for _, call := range funcDeferred(fn) {
			if o.removes(info, obj, call) {
				return true
			}
		}
	}
	return false
}

// funcDeferred returns the calls that the defer statements of the function
// fn (a declaration or literal; nil: none) make, not counting those of the
// function literals it holds.
func funcDeferred(fn ast.Node) []*ast.CallExpr {
	if fn == nil {
		return nil
	}
	var calls []*ast.CallExpr
	ast.Inspect(fn, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return n == fn
		case *ast.DeferStmt:
			calls = append(calls, deferredCalls(n)...)
			return false
		}
		return true
	})
	return calls
}

// deferredCalls returns the calls a defer statement makes: its call, or
// the calls that are statements of the function literal it calls
// (defer func() { os.Remove(name) }()).
func deferredCalls(d *ast.DeferStmt) []*ast.CallExpr {
	lit, ok := ast.Unparen(d.Call.Fun).(*ast.FuncLit)
	if !ok {
		return []*ast.CallExpr{d.Call}
	}
	var calls []*ast.CallExpr
	for _, st := range lit.Body.List {
		if call := stmtCall(st); call != nil {
			calls = append(calls, call)
		}
	}
	return calls
}

// stmtCall returns the call a statement makes as a whole: f(), _ = f(),
// return f(), if err := f(); ...; nil for others.
func stmtCall(stmt ast.Stmt) *ast.CallExpr {
	var call *ast.CallExpr
	switch st := stmt.(type) {
	case *ast.ExprStmt:
		call, _ = ast.Unparen(st.X).(*ast.CallExpr)
	case *ast.AssignStmt:
		if len(st.Rhs) == 1 {
			call, _ = ast.Unparen(st.Rhs[0]).(*ast.CallExpr)
		}
	case *ast.ReturnStmt:
		if len(st.Results) == 1 {
			call, _ = ast.Unparen(st.Results[0]).(*ast.CallExpr)
		}
	case *ast.IfStmt:
		if as, ok := st.Init.(*ast.AssignStmt); ok && len(as.Rhs) == 1 {
			call, _ = ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
		}
	}
	return call
}

// removes reports whether call is os.Remove or os.RemoveAll of the written
// file obj: of f.Name() or of the path variable it was opened by.
func (o *openFiles) removes(info *types.Info, obj types.Object, call *ast.CallExpr) bool {
	if call == nil || len(call.Args) != 1 {
		return false
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "os" || fn.Name() != "Remove" && fn.Name() != "RemoveAll" {
		return false
	}
	switch arg := ast.Unparen(call.Args[0]).(type) {
	case *ast.Ident:
		return info.Uses[arg] != nil && info.Uses[arg] == o.paths[obj]
	case *ast.CallExpr:
		sel, ok := ast.Unparen(arg.Fun).(*ast.SelectorExpr)
		return ok && sel.Sel.Name == "Name" && len(arg.Args) == 0 && heldVar(info, sel.X) == obj
	}
	return false
}

// innerFunc returns the innermost function declaration or literal on a
// walk's stack, or nil at package level.
func innerFunc(stack []ast.Node) ast.Node {
	for i := len(stack) - 1; i >= 0; i-- {
		switch stack[i].(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return stack[i]
		}
	}
	return nil
}
