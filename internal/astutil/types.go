package astutil

import (
	"go/ast"
	"go/types"
)

// IOWriter is io.Writer's method set, Write([]byte) (int, error), built
// here because the package analysed need not import io.
var IOWriter = func() *types.Interface {
	bytes := types.NewSlice(types.Typ[types.Byte])
	errorType := types.Universe.Lookup("error").Type()
	sig := types.NewSignatureType(nil, nil, nil,
		types.NewTuple(types.NewParam(0, nil, "p", bytes)),
		types.NewTuple(types.NewParam(0, nil, "n", types.Typ[types.Int]), types.NewParam(0, nil, "err", errorType)), false)
	return types.NewInterfaceType([]*types.Func{types.NewFunc(0, nil, "Write", sig)}, nil).Complete()
}()

// errorType is the predeclared error interface.
var errorType = types.Universe.Lookup("error").Type()

// IsErrorType reports whether t is an error: the error interface itself or
// any type that implements it (as errcheck does). It is false for nil and
// for type parameters.
func IsErrorType(t types.Type) bool {
	if t == nil {
		return false
	}
	t = types.Unalias(t)
	if _, ok := t.(*types.TypeParam); ok {
		return false
	}
	if types.Identical(t, errorType) {
		return true
	}
	switch t.(type) {
	case *types.Named, *types.Pointer, *types.Interface:
		return types.Implements(t, errorType.Underlying().(*types.Interface))
	}
	return false
}

// IsNilIdent reports whether e is the predeclared nil.
func IsNilIdent(info *types.Info, e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	_, isNil := info.Uses[id].(*types.Nil)
	return isNil
}
