package statuscode

import (
	"fmt"
	"go/ast"
	"go/token"
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
			var visit func(m ast.Node) bool
			visit = func(m ast.Node) bool {
				if s.sentinelOnly(m, visit) {
					return false
				}
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
			}
			for _, st := range br.list {
				ast.Inspect(st, visit)
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

// sentinelOnly reports whether n, a statement nested in an error branch,
// runs only when the error is a specific one: the body of `if
// errors.Is(err, X)`, a case whose
// expression is such a test, or the default clause of a switch where a
// case tests `!errors.Is(err, X)` (reached only when it is X). A specific
// error may well map to a success status on purpose.
func (s *state) sentinelOnly(n ast.Node, visit func(ast.Node) bool) bool {
	switch n := n.(type) {
	case *ast.IfStmt:
		if s.isSentinel(n.Cond) {
			if n.Else != nil {
				ast.Inspect(n.Else, visit)
			}
			return true
		}
	case *ast.SwitchStmt:
		if n.Tag != nil {
			return false
		}
		negated := false
		for _, c := range n.Body.List {
			if cc, ok := c.(*ast.CaseClause); ok {
				for _, e := range cc.List {
					if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.NOT && s.isSentinel(u.X) {
						negated = true
					}
				}
			}
		}
		for _, c := range n.Body.List {
			cc, ok := c.(*ast.CaseClause)
			if !ok || cc.List == nil && negated {
				continue
			}
			guarded := false
			for _, e := range cc.List {
				guarded = guarded || s.isSentinel(e)
			}
			if !guarded {
				for _, st := range cc.Body {
					ast.Inspect(st, visit)
				}
			}
		}
		return true
	}
	return false
}

// isSentinel reports whether e tests for a specific error (errors.Is,
// errors.As, os.IsNotExist and the like), or classifies it with a
// predicate of its own that takes the error and answers a bool
// (netmaker's `database.IsEmptyRecord(err)`, apierrors.IsNotFound(err)).
func (s *state) isSentinel(e ast.Expr) bool {
	if k, _ := s.classifyCond(e); k == condSentinel {
		return true
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || !s.isErrorExpr(call.Args[0]) {
		return false
	}
	sig, ok := s.pass.TypesInfo.TypeOf(call.Fun).(*types.Signature)
	if !ok || sig.Results().Len() != 1 {
		return false
	}
	b, ok := sig.Results().At(0).Type().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Bool
}
