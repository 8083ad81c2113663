package statuscode

import (
	"go/ast"
	"strings"
)

const msgLateHeader = "header set after the response was written: once WriteHeader or Write has sent the header this has no effect; set headers before the first write"

// checkLateHeader applies rule late-header to node n, reached only after
// a write.
func (s *state) checkLateHeader(fi *funcInfo, n ast.Node) {
	ast.Inspect(n, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if e, judged := s.callEffect(fi, m); judged {
				if e == effHeader && !s.isTrailerKey(m) {
					s.report(ruleLateHeader, m.Pos(), m.End(), msgLateHeader, nil)
				}
				return false
			}
		}
		return true
	})
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
