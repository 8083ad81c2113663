package statuscode

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Wrapper writers: a struct that embeds http.ResponseWriter (type
// CopyWriter struct{ http.ResponseWriter; ... }) or an interface that
// embeds it (a framework's ResponseWriter), given to a handler in place of
// the plain writer. Its promoted methods write the response.

// isWriterType reports whether a parameter of type t is a writer:
// http.ResponseWriter or a wrapper of it.
func isWriterType(t types.Type) bool {
	return isResponseWriter(t) || isWrapper(t)
}

// isWrapper reports whether t is a struct (or a pointer to one) with an
// embedded http.ResponseWriter field, or an interface that embeds
// http.ResponseWriter.
func isWrapper(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		return writerField(u, true)
	case *types.Interface:
		for i := 0; i < u.NumEmbeddeds(); i++ {
			if isResponseWriter(u.EmbeddedType(i)) {
				return true
			}
		}
	}
	return false
}

// dataMethod reports whether call calls a method that a wrapper type
// declares in this package and whose body uses the receiver only to read
// or set fields that cannot hold a writer (cw.getDestAccountName(r) reads
// cw.accountName): it does not touch the response.
func (s *state) dataMethod(call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(s.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return false
	}
	decl := s.decls[fn.Origin()]
	if decl == nil || decl.Body == nil || decl.Recv == nil || len(decl.Recv.List) != 1 || len(decl.Recv.List[0].Names) != 1 {
		return false
	}
	recv, ok := s.pass.TypesInfo.Defs[decl.Recv.List[0].Names[0]].(*types.Var)
	if !ok || !isWrapper(recv.Type()) {
		return false
	}
	clean := true
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if !clean {
			return false
		}
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && s.pass.TypesInfo.Uses[id] == recv {
				sel := s.pass.TypesInfo.Selections[n]
				if sel == nil || sel.Kind() != types.FieldVal || canCarryWriter(sel.Type()) {
					clean = false
				}
				return false
			}
		case *ast.Ident:
			if s.pass.TypesInfo.Uses[n] == recv {
				clean = false // the receiver itself, passed on or stored
			}
		}
		return true
	})
	return clean
}

// isDataField reports whether e selects a field of a writer that cannot
// hold a writer (cw.accountName of a wrapper struct): reading or setting
// it does not touch the response.
func (s *state) isDataField(fi *funcInfo, e *ast.SelectorExpr) bool {
	if !s.isWriter(fi, e.X) {
		return false
	}
	sel := s.pass.TypesInfo.Selections[e]
	return sel != nil && sel.Kind() == types.FieldVal && !canCarryWriter(sel.Type())
}

// holdsWriter reports whether t is a struct (or a pointer to one) with a
// field, not embedded, of type http.ResponseWriter: a request context that
// answers through the writer it was given (plik's ctx.BadRequest(...)).
// Its methods may write the response, whatever writer the handler has.
func holdsWriter(t types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	u, ok := t.Underlying().(*types.Struct)
	return ok && writerField(u, false)
}

// writerField reports whether u has a field of type http.ResponseWriter,
// embedded or not as asked.
func writerField(u *types.Struct, embedded bool) bool {
	for i := 0; i < u.NumFields(); i++ {
		if f := u.Field(i); f.Embedded() == embedded && isResponseWriter(f.Type()) {
			return true
		}
	}
	return false
}
