package errcheckcb

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// The package's own code and its module: a package's own plumbing is not
// reported, and neither are some of its module's functions.

// passModule is the path of the module of the package under analysis, or
// "" when the driver does not know it (GOPATH mode, the standard library).
func passModule(pass *analysis.Pass) string {
	if pass.Module == nil {
		return ""
	}
	return pass.Module.Path
}

// inModule reports whether fn is declared in the package under analysis or
// in another package of its module.
func inModule(pass *analysis.Pass, fn *types.Func, module string) bool {
	if fn.Pkg() == pass.Pkg {
		return true
	}
	if module == "" || fn.Pkg() == nil {
		return false
	}
	p := fn.Pkg().Path()
	return p == module || strings.HasPrefix(p, module+"/")
}

// exportedAPI reports whether fn can be called from other packages: it is
// exported, and so is its receiver's type, if any.
func exportedAPI(fn *types.Func) bool {
	if !fn.Exported() {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return true
	}
	t := sig.Recv().Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if named, ok := types.Unalias(t).(*types.Named); ok {
		return named.Obj().Exported()
	}
	return true
}

// isLocalFuncCall reports whether call calls a variable of function type
// declared in the package under analysis.
func isLocalFuncCall(pass *analysis.Pass, call *ast.CallExpr) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := pass.TypesInfo.Uses[id].(*types.Var)
	return ok && v.Pkg() == pass.Pkg
}
