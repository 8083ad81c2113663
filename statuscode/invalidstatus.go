package statuscode

import (
	"fmt"
	"go/ast"

	"golang.org/x/tools/go/ast/inspector"
)

const msgInvalid = "invalid HTTP status %d: net/http panics on a status outside 100..999; use a status constant from net/http"

// checkInvalidStatus applies rule invalid-status to every call of the
// package: a constant status outside 100..999 given to WriteHeader or
// http.Error.
func (s *state) checkInvalidStatus(ins *inspector.Inspector) {
	ins.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpr)
		if code, ok := s.statusArg(call); ok && (code < 100 || code > 999) {
			s.report(ruleInvalidStatus, call.Pos(), call.End(), fmt.Sprintf(msgInvalid, code), nil)
		}
	})
}
