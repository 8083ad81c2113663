package statuscode

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// ownsStatus reports whether fi answers for the response's status, so
// that rule no-status judges its error branches: a handler (net/http's
// shape, func(w, r) with w the writer or a wrapper of it; a function
// literal; a function of the package used as a value, which is how a
// handler of another shape is registered with a router), or a function
// that writes a status (or may: a helper, an unknown write) on some path.
// A helper called directly that writes only bodies, or nothing (an error
// chunk written mid-stream), leaves the status to its callers, whose
// flows judge it through the helper's summary.
func (s *state) ownsStatus(fi *funcInfo) bool {
	owns, known := s.owners[fi]
	if !known {
		owns = s.computeOwnsStatus(fi)
		s.owners[fi] = owns
	}
	return owns
}

func (s *state) computeOwnsStatus(fi *funcInfo) bool {
	if fi.obj == nil || isHandlerShape(fi.sig) || s.usedAsValue(fi.obj) {
		return true
	}
	for _, b := range fi.g.Blocks {
		if _, reached := fi.in[b]; !reached {
			continue
		}
		for _, n := range b.Nodes {
			if e := s.nodeEffect(fi, n).eff; e.writes() && e != effBody && e != effBodyMaybe {
				return true
			}
		}
	}
	return false
}

// isHandlerShape reports whether sig is net/http's handler signature,
// func(http.ResponseWriter, *http.Request), the writer possibly a
// framework's wrapper of it.
func isHandlerShape(sig *types.Signature) bool {
	if sig.Params().Len() != 2 || sig.Results().Len() != 0 || !isWriterType(sig.Params().At(0).Type()) {
		return false
	}
	p, ok := sig.Params().At(1).Type().(*types.Pointer)
	return ok && isNamed(p.Elem(), "net/http", "Request")
}

// usedAsValue reports whether fn, a function of the package, is referred
// to other than as the callee of a call (mux.HandleFunc("/", s.list),
// router.GET("/", list)). The set is built once per package, on first
// use: few functions get this far.
func (s *state) usedAsValue(fn *types.Func) bool {
	if s.valueFuncs == nil {
		s.valueFuncs = make(map[*types.Func]bool)
		ins := s.pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		for cur := range ins.Root().Preorder((*ast.Ident)(nil)) {
			id := cur.Node().(*ast.Ident)
			f, ok := s.pass.TypesInfo.Uses[id].(*types.Func)
			if !ok {
				continue
			}
			var e ast.Expr = id
			parent := cur.Parent()
			if sel, ok := parent.Node().(*ast.SelectorExpr); ok && sel.Sel == id {
				e, parent = sel, parent.Parent()
			}
			if call, ok := parent.Node().(*ast.CallExpr); ok && call.Fun == e {
				continue
			}
			s.valueFuncs[f.Origin()] = true
		}
	}
	return s.valueFuncs[fn.Origin()]
}
