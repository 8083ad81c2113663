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
// os.Remove(f.Name())").
func (o *openFiles) removedNext(info *types.Info, obj types.Object, next ast.Stmt) bool {
	var call *ast.CallExpr
	switch st := next.(type) {
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
