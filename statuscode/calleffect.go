package statuscode

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// bodyMethods are the methods that write a body when called on a value made
// from a writer (an encoder, a buffered writer, a response controller).
var bodyMethods = map[string]bool{
	"Write": true, "WriteString": true, "WriteByte": true, "WriteRune": true,
	"Encode": true, "EncodeElement": true, "Flush": true, "Execute": true, "ExecuteTemplate": true,
	"WriteAll": true,
}

// writerCallEffect judges a call that involves a writer directly (as
// receiver or argument). judged is false when the call does not, and the
// walk goes on into its operands.
func (s *state) writerCallEffect(fi *funcInfo, call *ast.CallExpr) (effect, bool) {
	info := s.pass.TypesInfo
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if v, ok := info.Uses[id].(*types.Var); ok && fi.closures[v] != nil {
			return s.closureEffect(fi, fi.closures[v], call), true
		}
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		x := ast.Unparen(sel.X)
		name := sel.Sel.Name
		switch {
		case s.isWriter(fi, x):
			return s.writerMethod(fi, name, call), true
		case s.isHeaderCall(fi, x):
			switch name {
			case "Set", "Add", "Del":
				return effHeader, true
			}
			return effNone, true
		}
		if ta, ok := x.(*ast.TypeAssertExpr); ok && s.isWriter(fi, ta.X) {
			if name == "Flush" {
				return effBody, true
			}
			return effUnknown, true
		}
		if name == "Flush" && s.isFlusher(x) {
			return effBody, true
		}
		if holdsWriter(info.TypeOf(x)) && !s.hasWriterArg(fi, call) {
			return effUnknown, true // a context holding a writer may answer through it
		}
		if inner, ok := x.(*ast.CallExpr); ok {
			if s.isConstructor(fi, inner) {
				if bodyMethods[name] {
					return effBody, true
				}
				return effUnknown, true
			}
		}
	}
	var idx []int
	for i, a := range call.Args {
		if s.isWriter(fi, a) {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		for _, a := range call.Args {
			if holdsWriter(info.TypeOf(a)) {
				return effUnknown, true // handleHTTPError(ctx, err): ctx holds a writer
			}
		}
		switch fn := typeutil.Callee(info, call).(type) {
		case *types.Func:
			if fn.FullName() == "net/http.SetCookie" {
				return effHeader, true
			}
		case *types.Var:
			// next(), a callback the caller passed in: it may be a
			// closure over the writer (the wrapped handler).
			if fn.Kind() == types.ParamVar {
				return effUnknown, true
			}
		}
		return effNone, false
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		return effUnknown, true // a function value, a conversion, a builtin
	}
	full := fn.FullName()
	switch full {
	case "net/http.Error":
		if idx[0] == 0 && len(call.Args) == 3 {
			if c, ok := s.statusValue(fi, call.Args[2]); ok && c >= 400 {
				return effErrFull, true
			}
			return effStatus, true
		}
	case "net/http.NotFound":
		return effErrFull, true
	case "net/http.Redirect", "net/http.ServeContent", "net/http.ServeFile", "net/http.ServeFileFS":
		return effStatus, true
	case "net/http.SetCookie":
		return effHeader, true
	case "fmt.Fprint", "fmt.Fprintf", "fmt.Fprintln", "io.WriteString":
		if idx[0] == 0 && len(idx) == 1 {
			return effBody, true
		}
	case "io.Copy", "io.CopyN", "io.CopyBuffer":
		if idx[0] == 0 && len(idx) == 1 {
			return effBodyMaybe, true
		}
	}
	if s.isConstructor(fi, call) || s.isRebind(call) {
		return effNone, true
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return effUnknown, true
	}
	result := effNone
	for _, i := range idx {
		e := s.argEffect(fi, call, fn, sig, i)
		if e.writes() && !result.writes() || e == effUnknown {
			result = e
		}
	}
	return result, true
}

// argEffect is what fn does to the writer passed as its i-th argument of
// call.
func (s *state) argEffect(fi *funcInfo, call *ast.CallExpr, fn *types.Func, sig *types.Signature, i int) effect {
	if sig.Variadic() && i >= sig.Params().Len()-1 {
		return effUnknown
	}
	if i >= sig.Params().Len() {
		return effUnknown
	}
	pt := sig.Params().At(i).Type()
	if isWriterType(pt) {
		if ps, ok := s.paramSummary(fn, i); ok {
			// A helper that writes the status it is given
			// (writeError(w, 403, msg)) writes an error status when
			// the call site gives one.
			sum := ps.kind
			if ps.statusParam > 0 && ps.statusParam <= len(call.Args) && !sig.Variadic() {
				if c, ok := s.statusValue(fi, call.Args[ps.statusParam-1]); ok && c >= 400 {
					sum = sumErrorStatus
				}
			}
			body := ps.body || ps.bodyErrParam > 0 && ps.bodyErrParam <= len(call.Args) &&
				!sig.Variadic() && s.surelyNonNil(fi, call, call.Args[ps.bodyErrParam-1])
			if sum == sumErrorStatus && body {
				return effErrFull // status and body: the response is complete
			}
			return summaryEffect(sum)
		}
		if s.errorWriter(fn, sig) {
			return effErrFull
		}
		return effUnknown
	}
	if isIOWriter(pt) {
		return effBodyMaybe
	}
	return effUnknown
}

func isIOWriter(t types.Type) bool { return isNamed(t, "io", "Writer") }

// writerMethod judges x.name(...) where x is a writer or an alias of one.
func (s *state) writerMethod(fi *funcInfo, name string, call *ast.CallExpr) effect {
	switch name {
	case "Header":
		return effNone
	case "WriteHeader":
		if len(call.Args) == 1 {
			if c, ok := s.statusValue(fi, call.Args[0]); ok {
				switch {
				case c >= 100 && c < 200:
					return effNone // informational: the real status comes later
				case c >= 400:
					return effErrStatus
				}
			}
		}
		return effStatus
	}
	if bodyMethods[name] {
		return effBody
	}
	if s.isRebind(call) {
		return effNone // bw.Reset(w) on a pooled writer: it writes nothing
	}
	if s.dataMethod(call) {
		return effNone
	}
	return effUnknown // another method of a wrapper: it may write
}

// isHeaderCall reports whether e is w.Header() for a writer w.
func (s *state) isHeaderCall(fi *funcInfo, e ast.Expr) bool {
	call, ok := e.(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Header" && s.isWriter(fi, sel.X)
}

func (s *state) hasWriterArg(fi *funcInfo, call *ast.CallExpr) bool {
	for _, a := range call.Args {
		if s.isWriter(fi, a) {
			return true
		}
	}
	return false
}

// constInt returns the value of e if it is an integer constant.
func (s *state) constInt(e ast.Expr) (int64, bool) {
	tv, ok := s.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(tv.Value)
}

// statusValue returns the status that e surely stands for: a constant; or
// 500 for a status taken from an error value (apiErr.Status,
// e.StatusCode() where the value's type implements error: an error's
// status is an error status) or for the parameter that fi.errParam
// assumes to be an error status (see statusParam), or for a status that
// came from a call beside an error (status, err := fn(w, r)).
func (s *state) statusValue(fi *funcInfo, e ast.Expr) (int64, bool) {
	if c, ok := s.constInt(e); ok {
		return c, true
	}
	if s.statusBesideError(fi, e) {
		return 500, true
	}
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 0 {
		e = ast.Unparen(call.Fun) // a method such as e.StatusCode()
	}
	switch e := e.(type) {
	case *ast.Ident:
		if v, ok := s.pass.TypesInfo.Uses[e].(*types.Var); ok && fi != nil && fi.errParam != nil && v == fi.errParam {
			return 500, true
		}
	case *ast.SelectorExpr:
		if t := s.pass.TypesInfo.TypeOf(e.X); t != nil && types.Implements(t, errorIface) {
			return 500, true
		}
	}
	return 0, false
}

var errorIface = errorType.Underlying().(*types.Interface)

// closureEffect judges a call of a local closure that uses the writer, by
// the closure's own summary (its writes to the captured writer), as for a
// helper: the status it is given counts where the call passes a constant.
func (s *state) closureEffect(fi *funcInfo, lit *ast.FuncLit, call *ast.CallExpr) effect {
	ci := s.closureInfoOf(fi, lit)
	if ci == nil || ci.deferW {
		return effUnknown
	}
	sum := s.closureSummaryOf(ci)
	k := sum.kind
	if (k == sumStatus || k == sumMay) && sum.statusParam > 0 && sum.statusParam <= len(call.Args) {
		if c, ok := s.statusValue(fi, call.Args[sum.statusParam-1]); ok && c >= 400 {
			k = sumErrorStatus
		}
	}
	if k == sumErrorStatus && s.closureBody(ci, sum) {
		return effErrFull
	}
	return summaryEffect(k)
}

// A closureSummary is what a local closure does with the writer, worked out
// once for all its calls.
type closureSummary struct {
	kind        uint8 // the summary kind of its exits
	statusParam int   // its parameter (1-based) that is the status written, or 0
	// body says whether it writes a body on every path; worked out when
	// first asked (only of calls that write an error status), then known.
	body, bodyKnown bool
}

// closureBody reports whether the closure ci writes a body on every path.
func (s *state) closureBody(ci *funcInfo, sum *closureSummary) bool {
	if !sum.bodyKnown {
		sum.body, sum.bodyKnown = s.bodyOnAllPaths(ci, nil), true
	}
	return sum.body
}

func (s *state) closureSummaryOf(ci *funcInfo) *closureSummary {
	if ci.summary == nil {
		s.flow(ci)
		sum := &closureSummary{kind: kindOf(s.exitSet(ci))}
		if sum.kind == sumStatus || sum.kind == sumMay {
			sum.statusParam = s.statusParam(ci)
		}
		ci.summary = sum
	}
	return ci.summary
}

// closureInfoOf returns (once) the information about a function literal
// of fi that uses fi's writers (a local closure, a deferred function),
// analysed as a function of its own over the captured writers; nil if it
// cannot be (no type, or a recursive call while it is built).
func (s *state) closureInfoOf(fi *funcInfo, lit *ast.FuncLit) *funcInfo {
	if ci, ok := fi.closureInfo[lit]; ok {
		return ci
	}
	if fi.closureInfo == nil {
		fi.closureInfo = make(map[*ast.FuncLit]*funcInfo)
	}
	fi.closureInfo[lit] = nil // recursion: unknown
	tv, ok := s.pass.TypesInfo.Types[lit]
	sig, isSig := tv.Type.(*types.Signature)
	if !ok || !isSig {
		return nil
	}
	ci := &funcInfo{node: lit, body: lit.Body, sig: sig, g: s.newCFG(lit),
		writers: fi.writers, closures: fi.closures, effects: make(map[ast.Node]nodeEffect)}
	if ci.g == nil {
		return nil
	}
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		if d, ok := n.(*ast.DeferStmt); ok && s.mentions(fi, d.Call) {
			ci.deferW = true
		}
		return !ci.deferW
	})
	fi.closureInfo[lit] = ci
	return ci
}
