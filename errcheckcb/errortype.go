package errcheckcb

import (
	"go/ast"
	"go/types"

	"github.com/extinctlint/extinct/internal/astutil"
)

// errorType is the predeclared error interface.
var errorType = types.Universe.Lookup("error").Type()

// isErrorType reports whether t is an error: the error interface itself or
// any type that implements it (as errcheck does). It is false for nil and
// for type parameters.
func isErrorType(t types.Type) bool { return astutil.IsErrorType(t) }

// isErrorInterface reports whether t is error or another interface that
// implements it.
func isErrorInterface(t types.Type) bool {
	return t != nil && types.IsInterface(t) && isErrorType(t)
}

// errorResultIndex returns the index of the last error among a call's
// results (t is the call's type: a tuple or a single type), or -1. Only
// results of interface type count: a method that returns a concrete error
// type (gin's (*Error).SetType, (*Context).Error) hands back a value to
// build on, not a failure.
func errorResultIndex(t types.Type) int {
	if t == nil {
		return -1
	}
	if tuple, ok := t.(*types.Tuple); ok {
		for i := tuple.Len() - 1; i >= 0; i-- {
			if isErrorInterface(tuple.At(i).Type()) {
				return i
			}
		}
		return -1
	}
	if isErrorInterface(t) {
		return 0
	}
	return -1
}

// dropsError reports whether call, used as a statement, drops an error
// result: it is a call (not a conversion) of something that returns an
// error.
func dropsError(info *types.Info, call *ast.CallExpr) bool {
	if tv, ok := info.Types[call.Fun]; !ok || tv.IsType() || tv.IsBuiltin() {
		return false
	}
	return errorResultIndex(info.TypeOf(call)) >= 0
}

// isNilIdent reports whether e is the predeclared nil.
func isNilIdent(info *types.Info, e ast.Expr) bool { return astutil.IsNilIdent(info, e) }
