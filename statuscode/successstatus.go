package statuscode

import (
	"fmt"
	"go/ast"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/extinctlint/extinct/internal/astutil"
)

const msgSuccess = "success status %d on an error path: the client is told the failed request succeeded; answer with a status of 400 or more"

// checkSuccessStatus applies rule success-status to every error branch of
// the package: a constant success status written there.
func (s *state) checkSuccessStatus(ins *inspector.Inspector) {
	ins.Preorder([]ast.Node{(*ast.IfStmt)(nil), (*ast.SwitchStmt)(nil)}, func(n ast.Node) {
		if astutil.IsTestFile(s.pass.Fset, n.Pos()) {
			return
		}
		var brs []*errBranch
		switch n := n.(type) {
		case *ast.IfStmt:
			if br := s.ifBranch(n); br != nil {
				brs = append(brs, br)
			}
		case *ast.SwitchStmt:
			if n.Tag != nil {
				return
			}
			for _, c := range n.Body.List {
				cc, ok := c.(*ast.CaseClause)
				if !ok {
					continue
				}
				for _, e := range cc.List {
					if kind, x := s.classifyCond(e); kind == condNonNil {
						brs = append(brs, &errBranch{stmt: cc, cond: e, errExpr: x, kind: kind, list: cc.Body})
						break
					}
				}
			}
		}
		for _, br := range brs {
			if br.kind != condNonNil {
				continue
			}
			for _, st := range br.list {
				ast.Inspect(st, func(m ast.Node) bool {
					switch m := m.(type) {
					case *ast.FuncLit:
						return false
					case *ast.CallExpr:
						if code, ok := s.statusArg(m); ok && code >= 200 && code < 300 && !s.hasReason(m) {
							s.report(ruleSuccessStatus, m.Pos(), m.End(), fmt.Sprintf(msgSuccess, code), nil)
						}
					}
					return true
				})
			}
		}
	})
}
