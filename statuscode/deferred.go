package statuscode

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Deferred functions that use the writer: a recover handler that answers a
// panic. It runs after every request, so it must write only when
// recover() returned a value; and when it does, that is an error path.

const msgDeferAlways = "the deferred function writes an error response after every request, not only after a panic: it follows the handler's own response, so net/http logs \"superfluous response.WriteHeader call\" and the error text is appended to the body; write it only when recover() returns non-nil"

// checkDeferred judges the deferred function literals of fi that use the
// writer: one that writes an error status first on every path, in a
// function that writes elsewhere, answers twice (rule late-header); in one
// that tests recover()'s result, the branch taken on a panic is an error
// branch (rule panic-200).
func (s *state) checkDeferred(fi *funcInfo) {
	if !fi.deferW {
		return
	}
	ast.Inspect(fi.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.DeferStmt:
			if lit, ok := ast.Unparen(n.Call.Fun).(*ast.FuncLit); ok && len(n.Call.Args) == 0 && s.mentions(fi, lit) {
				s.checkDeferredLit(fi, n, lit)
			}
			return false
		}
		return true
	})
}

func (s *state) checkDeferredLit(fi *funcInfo, d *ast.DeferStmt, lit *ast.FuncLit) {
	ci := s.closureInfoOf(fi, lit)
	if ci == nil || ci.deferW {
		return
	}
	s.flow(ci)
	if ruleLateHeader.Enabled() && kindOf(s.exitSet(ci)) == sumErrorStatus && s.writesSomewhere(fi) {
		at := s.firstErrorWrite(ci)
		if at == nil {
			at = d
		}
		s.report(ruleLateHeader, at.Pos(), at.End(), msgDeferAlways, nil)
	}
	if !rulePanic200.Enabled() {
		return
	}
	s.markRecovered(lit.Body)
	branches := s.errorBranches(lit.Body)
	for _, b := range ci.g.Blocks {
		if _, reached := ci.in[b]; !reached || len(b.Succs) != 2 || len(b.Nodes) == 0 {
			continue
		}
		cond, ok := b.Nodes[len(b.Nodes)-1].(ast.Expr)
		br := branches[cond]
		if !ok || br == nil || !s.isRecovered(br.errExpr) {
			continue
		}
		start := b.Succs[0]
		if br.inverted {
			start = b.Succs[1]
		}
		s.searchBranch(ci, br, start, false)
	}
}

// firstErrorWrite returns the first call of ci, in source order, that
// writes an error status; nil if none.
func (s *state) firstErrorWrite(ci *funcInfo) ast.Node {
	var first ast.Node
	for _, b := range ci.g.Blocks {
		if _, reached := ci.in[b]; !reached {
			continue
		}
		for _, n := range b.Nodes {
			ne := s.nodeEffect(ci, n)
			if (ne.eff == effErrFull || ne.eff == effErrStatus) && (first == nil || ne.at.Pos() < first.Pos()) {
				first = ne.at
			}
		}
	}
	return first
}

// markRecovered notes the variables of body assigned from recover() (`if v
// := recover(); v != nil`): a non-nil value is a panic, a failure like a
// non-nil error.
func (s *state) markRecovered(body *ast.BlockStmt) {
	ast.Inspect(body, func(n ast.Node) bool {
		asg, ok := n.(*ast.AssignStmt)
		if !ok || len(asg.Lhs) != 1 || len(asg.Rhs) != 1 {
			return true
		}
		call, ok := ast.Unparen(asg.Rhs[0]).(*ast.CallExpr)
		if !ok {
			return true
		}
		if b, ok := typeutil.Callee(s.pass.TypesInfo, call).(*types.Builtin); !ok || b.Name() != "recover" {
			return true
		}
		if id, ok := ast.Unparen(asg.Lhs[0]).(*ast.Ident); ok {
			if v, ok := s.pass.TypesInfo.ObjectOf(id).(*types.Var); ok {
				if s.recovered == nil {
					s.recovered = make(map[*types.Var]bool)
				}
				s.recovered[v] = true
			}
		}
		return true
	})
}

// isRecovered reports whether e names a variable assigned from recover().
func (s *state) isRecovered(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := s.pass.TypesInfo.Uses[id].(*types.Var)
	return ok && s.recovered[v]
}
