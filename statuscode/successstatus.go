package statuscode

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/extinctlint/extinct/internal/astutil"
)

const msgSuccess = "success status %d on an error path: the client is told the failed request succeeded; answer with a status of 400 or more"

// checkSuccessStatus applies rule success-status to every error branch of
// the package: a constant success status written there.
func (s *state) checkSuccessStatus(ins *inspector.Inspector) {
	for cur := range ins.Root().Preorder((*ast.IfStmt)(nil), (*ast.SwitchStmt)(nil)) {
		n := cur.Node()
		if astutil.IsTestFile(s.pass.Fset, n.Pos()) {
			continue
		}
		adapter := s.adapterSig(cur)
		var brs []*errBranch
		switch n := n.(type) {
		case *ast.IfStmt:
			if br := s.ifBranch(n); br != nil {
				brs = append(brs, br)
			}
		case *ast.SwitchStmt:
			if n.Tag != nil {
				continue
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
					case *ast.ReturnStmt:
						if adapter != nil {
							s.checkSuccessReturn(adapter, br, m)
						}
					case *ast.CallExpr:
						if code, ok := s.statusArg(m); ok && code >= 200 && code < 300 && !s.hasReason(m) {
							s.report(ruleSuccessStatus, m.Pos(), m.End(), fmt.Sprintf(msgSuccess, code), nil)
						}
					}
					return true
				})
			}
		}
	}
}

// adapterSig returns the signature of the function enclosing cur when it
// takes a writer and returns results (an adapter's status and error).
func (s *state) adapterSig(cur inspector.Cursor) *types.Signature {
	for enc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		var t types.Type
		switch f := enc.Node().(type) {
		case *ast.FuncDecl:
			if obj := s.pass.TypesInfo.Defs[f.Name]; obj != nil {
				t = obj.Type()
			}
		case *ast.FuncLit:
			t = s.pass.TypesInfo.TypeOf(f)
		}
		sig, _ := t.(*types.Signature)
		if sig == nil || sig.Results().Len() < 2 {
			return nil
		}
		for i := 0; i < sig.Params().Len(); i++ {
			if isResponseWriter(sig.Params().At(i).Type()) {
				return sig
			}
		}
		return nil
	}
	return nil
}
