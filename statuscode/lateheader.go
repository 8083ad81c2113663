package statuscode

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

const msgLateHeader = "header set after the response was written: once WriteHeader or Write has sent the header this has no effect; set headers before the first write"

const msgLateStatus = "status written after the response was written: the header has already gone out with the earlier status (200 if a body came first), so this status is lost and net/http logs \"superfluous response.WriteHeader call\"; write the status before the first write"

// checkLateHeader applies rule late-header to node n, reached only after
// a write on every path: a header set (when that write surely sent the
// header: definite) or a status written (also after the writer was passed
// on as an io.Writer).
func (s *state) checkLateHeader(fi *funcInfo, n ast.Node, definite bool) {
	ast.Inspect(n, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if e, judged := s.callEffect(fi, m); judged {
				switch {
				case e == effHeader && definite && !s.isTrailerKey(m):
					s.report(ruleLateHeader, m.Pos(), m.End(), msgLateHeader, nil)
				case (e == effStatus || e == effErrStatus || e == effErrFull) && s.isStatusCall(fi, m) && !s.errOfWrite(fi, m):
					s.report(ruleLateHeader, m.Pos(), m.End(), msgLateStatus, nil)
				}
				return false
			}
		}
		return true
	})
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

func (s *state) isTrailerKey(call *ast.CallExpr) bool {
	if len(call.Args) == 0 {
		return false
	}
	tv, ok := s.pass.TypesInfo.Types[call.Args[0]]
	if !ok || tv.Value == nil {
		return false
	}
	key := strings.Trim(tv.Value.ExactString(), `"`)
	return strings.HasPrefix(key, "Trailer:") || strings.EqualFold(key, "Trailer")
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
