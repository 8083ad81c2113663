package statuscode

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/cfg"
)

// A local closure over the writer that the handler calls only as its last
// act, with nothing written before the call (`handlePRW2 := func() {...}`
// and, at the end of a switch, `handlePRW2()`), answers for the handler: a
// return on the closure's error path that writes nothing leaves the client
// an empty 200, as the handler's own would (cortex's remote-write handler
// returned so when the request had no tenant).

// checkTailClosures applies no-status and body-200 to the error branches of
// fi's local closures that answer for it.
func (s *state) checkTailClosures(fi *funcInfo) {
	vars := make([]*types.Var, 0, len(fi.closures))
	for v := range fi.closures {
		vars = append(vars, v)
	}
	slices.SortFunc(vars, func(a, b *types.Var) int { return int(a.Pos() - b.Pos()) })
	for _, v := range vars {
		if !s.onlyTailCalls(fi, v) {
			continue
		}
		ci := s.closureInfoOf(fi, fi.closures[v])
		if ci == nil || ci.deferW || ci.sig.Results().Len() > 0 || !s.writesSomewhere(ci) {
			continue
		}
		s.flow(ci)
		for _, b := range ci.g.Blocks {
			if m, reached := ci.in[b]; reached {
				s.judgeBranch(ci, b, s.transfer(ci, b, m), s.branchesOf(ci), true, true, false)
			}
		}
	}
}

// onlyTailCalls reports whether every use of the closure variable v in fi
// is a call statement run with nothing written before it on any path and
// followed by no write on any path.
func (s *state) onlyTailCalls(fi *funcInfo, v *types.Var) bool {
	calls := 0
	ok := true
	ast.Inspect(fi.body, func(n ast.Node) bool {
		id, isID := n.(*ast.Ident)
		if !ok || !isID || s.pass.TypesInfo.Uses[id] != v {
			return ok
		}
		calls++
		ok = s.tailCallOf(fi, id)
		return ok
	})
	return ok && calls > 0
}

// tailCallOf reports whether id is the callee of a call statement of fi
// that runs with nothing written and is followed by no write.
func (s *state) tailCallOf(fi *funcInfo, id *ast.Ident) bool {
	for _, b := range fi.g.Blocks {
		m, reached := fi.in[b]
		if !reached {
			continue
		}
		for i, n := range b.Nodes {
			var call *ast.CallExpr
			if st, isStmt := n.(*ast.ExprStmt); isStmt {
				call, _ = ast.Unparen(st.X).(*ast.CallExpr)
			}
			if call == nil || ast.Unparen(call.Fun) != id {
				m = apply(m, s.nodeEffect(fi, n).eff)
				continue
			}
			return m == bNone && !s.writesAfter(fi, b, i)
		}
	}
	return false
}

// writesAfter reports whether some path from node i of block b on writes.
func (s *state) writesAfter(fi *funcInfo, b *cfg.Block, i int) bool {
	writes := func(nodes []ast.Node) bool {
		for _, n := range nodes {
			if s.nodeEffect(fi, n).eff.writes() {
				return true
			}
		}
		return false
	}
	if writes(b.Nodes[i+1:]) {
		return true
	}
	found := false
	walkLive(b.Succs, func(blk *cfg.Block) (descend, stop bool) {
		found = writes(blk.Nodes)
		return !found, found
	})
	return found
}
