package statuscode

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/extinctlint/extinct/internal/astutil"
)

// stdMakers take a writer and return a value that writes to it later (or,
// MaxBytesReader, only reads) and write nothing when called, where the type
// rule of isConstructor cannot tell: csv's Write takes []string,
// multipart's Writer writes through its parts, the response controller
// only has Flush, and MaxBytesReader returns a reader.
var stdMakers = map[string]bool{
	"encoding/csv.NewWriter":         true,
	"mime/multipart.NewWriter":       true,
	"net/http.NewResponseController": true,
	"net/http.MaxBytesReader":        true,
}

// writesLater reports whether a value of type t writes to what it was made
// from when its methods are called: it implements io.Writer (a compressor,
// a buffered writer, a wrapper writer) or has an Encode method (an
// encoder). Calling its body methods later is a write (writerMethod); the
// value is an alias of the writer (findAliases).
func writesLater(t types.Type) bool {
	if t == nil {
		return false
	}
	if types.Implements(t, astutil.IOWriter) {
		return true
	}
	if _, isPtr := t.Underlying().(*types.Pointer); !isPtr && !types.IsInterface(t) {
		if types.Implements(types.NewPointer(t), astutil.IOWriter) {
			return true // a value of T, addressable once stored
		}
	}
	m, _, _ := types.LookupFieldOrMethod(t, true, nil, "Encode")
	_, ok := m.(*types.Func)
	return ok
}

// isConstructor reports whether call, given a writer, makes a value that
// writes to it later and writes nothing itself: a function or method
// without a body in this package and without a fact about the writer
// arguments (another module's, or the standard library's: not analysed),
// which takes the writer as a plain interface such as io.Writer (not as an
// http.ResponseWriter), and whose first result writesLater, such as brotli.NewWriterLevel(w, level),
// zstd.NewWriter(w) or json.NewEncoder(w); or one of stdMakers. A function
// of this package is judged by its body, one with a fact by the fact, and
// one whose result is not a writer (render(w, v) error) keeps its
// judgement: it may write.
func (s *state) isConstructor(fi *funcInfo, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(s.pass.TypesInfo, call).(*types.Func)
	if !ok || !s.hasWriterArg(fi, call) {
		return false
	}
	if stdMakers[fn.FullName()] {
		return true
	}
	if _, ok := s.decls[fn.Origin()]; ok {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Results().Len() == 0 || !writesLater(sig.Results().At(0).Type()) {
		return false
	}
	for i, a := range call.Args {
		if !s.isWriter(fi, a) {
			continue
		}
		// Given as an http.ResponseWriter, the callee could send the
		// status or flush while it builds the value (an event stream's
		// constructor): without a fact that stays a possible write.
		if pt := paramType(sig, i); pt == nil || isWriterType(pt) {
			return false
		}
		if _, ok := s.paramSummary(fn, i); ok {
			return false
		}
	}
	return true
}

// paramType is the type of the parameter that the i-th argument of a call
// of sig is passed to (the element type for the variadic part), or nil.
func paramType(sig *types.Signature, i int) types.Type {
	n := sig.Params().Len()
	switch {
	case sig.Variadic() && i >= n-1:
		if sl, ok := sig.Params().At(n - 1).Type().Underlying().(*types.Slice); ok {
			return sl.Elem()
		}
		return nil
	case i < n:
		return sig.Params().At(i).Type()
	}
	return nil
}

// isRebind reports whether call points a value that writesLater at another
// writer, as a pool does with bw.Reset(w): a method named Reset, without a
// body in this package, of a type that writesLater. It writes nothing, and
// the value becomes an alias of the writer (findAliases).
func (s *state) isRebind(call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(s.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Name() != "Reset" || len(call.Args) == 0 {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return false
	}
	if _, ok := s.decls[fn.Origin()]; ok {
		return false
	}
	return writesLater(sig.Recv().Type())
}
