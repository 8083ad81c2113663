package statuscode

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// statusArg returns the constant status of a call to http.Error or to a
// ResponseWriter's WriteHeader.
func (s *state) statusArg(call *ast.CallExpr) (int64, bool) {
	fn, ok := typeutil.Callee(s.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return 0, false
	}
	switch {
	case fn.FullName() == "net/http.Error" && len(call.Args) == 3:
		return s.constInt(call.Args[2])
	case fn.Name() == "WriteHeader" && len(call.Args) == 1 && s.isWriterMethod(fn):
		return s.constInt(call.Args[0])
	}
	return 0, false
}

// isWriterMethod reports whether fn is a method of http.ResponseWriter or
// of a type that implements it.
func (s *state) isWriterMethod(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return false
	}
	rt := sig.Recv().Type()
	if isResponseWriter(rt) {
		return true
	}
	rw := s.responseWriterIface()
	if rw == nil {
		return false
	}
	if types.Implements(rt, rw) {
		return true
	}
	if _, isPtr := rt.(*types.Pointer); !isPtr {
		return types.Implements(types.NewPointer(rt), rw)
	}
	return false
}

func (s *state) responseWriterIface() *types.Interface {
	var scope *types.Scope
	if s.pass.Pkg.Path() == "net/http" {
		scope = s.pass.Pkg.Scope()
	} else {
		for _, imp := range s.pass.Pkg.Imports() {
			if imp.Path() == "net/http" {
				scope = imp.Scope()
			}
		}
	}
	if scope == nil {
		return nil
	}
	obj := scope.Lookup("ResponseWriter")
	if obj == nil {
		return nil
	}
	iface, _ := obj.Type().Underlying().(*types.Interface)
	return iface
}
