package errcheckcb

import (
	"go/ast"
	"go/types"
)

// What errcheckcb/unchecked's kinds are told by: the destination of a
// write, and walks.

// writeDest returns the variable that call writes to or closes: the
// destination of fmt.Fprint*, io.WriteString and io.Copy*, or x in
// x.Write(...), x.WriteString, x.WriteAt, x.ReadFrom and x.Close(); nil
// for any other call.
func writeDest(info *types.Info, call *ast.CallExpr, fn *types.Func) types.Object {
	var dst ast.Expr
	if fn.Pkg() != nil {
		switch fn.Pkg().Path() + "." + fn.Name() {
		case "fmt.Fprint", "fmt.Fprintf", "fmt.Fprintln", "io.WriteString", "io.Copy", "io.CopyN", "io.CopyBuffer":
			if len(call.Args) > 0 {
				dst = call.Args[0]
			}
		}
	}
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		switch fn.Name() {
		case "Write", "WriteString", "WriteAt", "ReadFrom", "Close":
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				dst = sel.X
			}
		}
	}
	if dst == nil {
		return nil
	}
	if id, ok := ast.Unparen(dst).(*ast.Ident); ok {
		return info.Uses[id]
	}
	return nil
}

// isWalk reports whether fn is filepath.Walk, filepath.WalkDir or
// fs.WalkDir, whose error is the callback's (or the unreadable root's).
func isWalk(fn *types.Func) bool {
	switch fn.Origin().FullName() {
	case "path/filepath.Walk", "path/filepath.WalkDir", "io/fs.WalkDir":
		return true
	}
	return false
}

// walkNeverFails reports whether a walk's callback is a function literal
// whose every return gives nil, filepath.SkipDir or fs.SkipAll: the walk
// returns what its callback returns (also for an unreadable root, which is
// handed to the callback), so it cannot fail.
func walkNeverFails(info *types.Info, call *ast.CallExpr) bool {
	if len(call.Args) == 0 {
		return false
	}
	lit, ok := ast.Unparen(call.Args[len(call.Args)-1]).(*ast.FuncLit)
	if !ok {
		return false
	}
	return everyResult(lit, func(r ast.Expr) bool {
		if isNilIdent(info, r) {
			return true
		}
		var obj types.Object
		switch r := ast.Unparen(r).(type) {
		case *ast.SelectorExpr:
			obj = info.Uses[r.Sel]
		case *ast.Ident:
			obj = info.Uses[r]
		}
		return obj != nil && obj.Pkg() != nil && (obj.Name() == "SkipDir" || obj.Name() == "SkipAll") &&
			(obj.Pkg().Path() == "path/filepath" || obj.Pkg().Path() == "io/fs")
	})
}
