package statuscode

import (
	"go/ast"
)

const msgNoStatus = "error path returns without writing a status: the client gets 200 OK with an empty body; write an error status (http.Error with http.StatusInternalServerError or a fitting 4xx) before returning"

// checkNoStatus applies rule no-status to ret, a return that a path from
// error branch br reaches with nothing written (searchBranch finds it):
// at the return when it lies in the branch body, with the fix that writes
// the status, else at the branch's condition.
func (s *state) checkNoStatus(fi *funcInfo, br *errBranch, ret *ast.ReturnStmt, exited bool) {
	if !ruleNoStatus.Enabled() {
		return
	}
	if !exited && ret.Return.IsValid() && br.containsPos(ret.Pos()) {
		s.report(ruleNoStatus, ret.Pos(), ret.End(), msgNoStatus, s.missingStatusFix(fi, br, ret))
	} else {
		s.report(ruleNoStatus, br.cond.Pos(), br.cond.End(), msgNoStatus, nil)
	}
}
