package statuscode

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"net/textproto"
	"strings"

	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"
)

const msgLateHeader = "header set after the response was written: once WriteHeader or Write has sent the header this has no effect; set headers before the first write"

const msgLateStatusHelper = "%s writes a status first on every path, but the response was already written: the header has already gone out with the earlier status, so its status is lost and net/http logs \"superfluous response.WriteHeader call\"; write the status once (call it instead of the earlier write)"

const msgLateStatus = "status written after the response was written: the header has already gone out with the earlier status (200 if a body came first), so this status is lost and net/http logs \"superfluous response.WriteHeader call\"; write the status before the first write"

// checkLateHeader applies rule late-header to node n, reached only after
// a write on every path: a header set (when that write surely sent the
// header: definite) or a status written (also after the writer was passed
// on as an io.Writer). With some, n is reached after a status on some
// paths only (straightAfterStatus): only headers are judged, a second
// status there being missing-return's business.
func (s *state) checkLateHeader(fi *funcInfo, n ast.Node, definite, some bool) {
	ast.Inspect(n, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if e, judged := s.callEffect(fi, m); judged {
				s.checkLateCall(fi, m, e, definite, some)
				return false
			}
		}
		return true
	})
}

// checkLateCall judges call, of effect e, reached after a write (see
// checkLateHeader): a header set, a status written, a status helper
// called, or a helper that sets a header before it writes. A write in the
// error branch of the write before it (errOfWrite) is none of these: that
// write may have failed with nothing sent.
func (s *state) checkLateCall(fi *funcInfo, call *ast.CallExpr, e effect, definite, some bool) {
	if e != effHeader && !e.writes() || s.errOfWrite(fi, call) {
		return
	}
	if e == effHeader {
		if definite && !s.isTrailerKey(call) {
			s.report(ruleLateHeader, call.Pos(), call.End(), msgLateHeader, nil)
		}
		return
	}
	status := e == effStatus || e == effErrStatus || e == effErrFull
	switch {
	case !some && status && s.isStatusCall(fi, call):
		s.report(ruleLateHeader, call.Pos(), call.End(), msgLateStatus, nil)
	case !some && definite && status:
		if helper := s.statusHelper(fi, call); helper != nil {
			s.report(ruleLateHeader, call.Pos(), call.End(), fmt.Sprintf(msgLateStatusHelper, helper.Name()), nil)
			return
		}
		s.checkHelperHeader(fi, call)
	case definite:
		s.checkHelperHeader(fi, call)
	}
}

// straightAfterStatus reports whether block b is entered straight (no
// decision in between, so no condition can tie the paths together) from a
// block that ends with the header surely sent by a bare w.WriteHeader:
// `if err != nil { w.WriteHeader(500) }` falling through to a header set.
// A block whose writes include a body, a helper or a complete error
// response (http.Error, a redirect) is left to missing-return.
func (s *state) straightAfterStatus(fi *funcInfo, b *cfg.Block) bool {
	if v, ok := fi.straight[b]; ok {
		return v
	}
	if fi.straight == nil {
		fi.straight = make(map[*cfg.Block]bool)
	}
	v := s.straightAfter(fi, b)
	fi.straight[b] = v
	return v
}

// straightAfter is straightAfterStatus's answer, worked out.
func (s *state) straightAfter(fi *funcInfo, b *cfg.Block) bool {
	p, i := s.bareStatusBefore(fi, b)
	if p == nil {
		return false
	}
	// `if err != nil { w.WriteHeader(500) }` that falls through to more
	// writes is missing-return's finding; the header lost after it is the
	// same defect, fixed by the same return (athens).
	ne := s.nodeEffect(fi, p.Nodes[i])
	if !ruleMissingReturn.Enabled() {
		return true
	}
	found, _ := s.missingReturnWrite(fi, p, i, ne)
	return found == nil
}

// bareStatusBefore returns the block that enters b straight and ends with
// the header surely sent by a bare status write, and the index of that
// write; nil if there is none (see straightAfterStatus).
func (s *state) bareStatusBefore(fi *funcInfo, b *cfg.Block) (*cfg.Block, int) {
	if fi.preds == nil {
		fi.preds = make(map[*cfg.Block][]*cfg.Block)
		for _, p := range fi.g.Blocks {
			for _, succ := range p.Succs {
				fi.preds[succ] = append(fi.preds[succ], p)
			}
		}
	}
	seen := make(map[*cfg.Block]bool)
	stack := append([]*cfg.Block(nil), fi.preds[b]...)
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		in, reached := fi.in[p]
		if seen[p] || !reached || len(p.Succs) != 1 {
			continue
		}
		seen[p] = true
		wrote, bare, last := false, true, -1
		for i, n := range p.Nodes {
			ne := s.nodeEffect(fi, n)
			if ne.eff.writes() {
				wrote, last = true, i
				call, ok := ne.at.(*ast.CallExpr)
				bare = bare && ok && (ne.eff == effErrStatus || ne.eff == effStatus) && s.isStatusCall(fi, call)
			}
		}
		if out := s.transfer(fi, p, in); wrote && bare && out != 0 && out&^bDefinite == 0 {
			return p, last
		}
		if !wrote {
			stack = append(stack, fi.preds[p]...)
		}
	}
	return nil, 0
}

// isStatusCall reports whether call is w.WriteHeader(code) or
// http.Error(w, ...) on a writer.
func (s *state) isStatusCall(fi *funcInfo, call *ast.CallExpr) bool {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "WriteHeader" && s.isWriter(fi, sel.X) {
		return true
	}
	fn, ok := typeutil.Callee(s.pass.TypesInfo, call).(*types.Func)
	return ok && fn.FullName() == "net/http.Error"
}

// statusHelper returns the callee of call when it is a function of the
// module given the writer that writes a status first on every path that
// returns (its summary or fact: a status, an error status, or the status
// it is given): called after the header was sent, its WriteHeader is
// superfluous. nil otherwise, and for net/http's functions (a redirect,
// ServeContent), judged elsewhere.
func (s *state) statusHelper(fi *funcInfo, call *ast.CallExpr) *types.Func {
	fn, ok := typeutil.Callee(s.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() == "net/http" {
		return nil
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Variadic() {
		return nil
	}
	some := false
	for i, a := range call.Args {
		if !s.isWriter(fi, a) {
			continue
		}
		if i >= sig.Params().Len() || !isWriterType(sig.Params().At(i).Type()) {
			return nil
		}
		ps, ok := s.paramSummary(fn, i)
		if !ok || ps.kind != sumStatus && ps.kind != sumErrorStatus {
			return nil
		}
		some = true
	}
	if !some {
		return nil
	}
	return fn
}

// isTrailerKey reports whether a header call sets a trailer: the
// "Trailer" header itself, a key with http.TrailerPrefix, or a key that
// some function of the package announces in the "Trailer" header (a
// handler declares it, a helper sets its value after the body).
func (s *state) isTrailerKey(call *ast.CallExpr) bool {
	key, ok := s.constString(call, 0)
	if !ok {
		return false
	}
	return strings.HasPrefix(key, "Trailer:") || strings.EqualFold(key, "Trailer") ||
		s.declaredTrailers()[textproto.CanonicalMIMEHeaderKey(key)]
}

// constString returns the constant string argument i of call.
func (s *state) constString(call *ast.CallExpr, i int) (string, bool) {
	if len(call.Args) <= i {
		return "", false
	}
	tv, ok := s.pass.TypesInfo.Types[call.Args[i]]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// declaredTrailers returns the keys that the package announces as
// trailers (h.Set("Trailer", "K1, K2"), h.Add("Trailer", K) on an
// http.Header), canonicalised; computed once per package.
func (s *state) declaredTrailers() map[string]bool {
	if s.trailers != nil {
		return s.trailers
	}
	s.trailers = make(map[string]bool)
	for _, f := range s.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 2 {
				return true
			}
			sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if !ok || (sel.Sel.Name != "Set" && sel.Sel.Name != "Add") {
				return true
			}
			if t := s.pass.TypesInfo.TypeOf(sel.X); t == nil || !isNamed(t, "net/http", "Header") {
				return true
			}
			if k, ok := s.constString(call, 0); !ok || !strings.EqualFold(k, "Trailer") {
				return true
			}
			if v, ok := s.constString(call, 1); ok {
				for _, key := range strings.Split(v, ",") {
					s.trailers[textproto.CanonicalMIMEHeaderKey(strings.TrimSpace(key))] = true
				}
			}
			return true
		})
	}
	return s.trailers
}

// setsTrailers reports whether the function declares trailers, which are
// set after the body on purpose.
func (s *state) setsTrailers(fi *funcInfo) bool {
	found := false
	ast.Inspect(fi.body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && !found {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && s.isHeaderCall(fi, ast.Unparen(sel.X)) && s.isTrailerKey(call) {
				found = true
			}
		}
		return !found
	})
	return found
}
