package statuscode

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/extinctlint/extinct/internal/astutil"
)

const msgNoReturn = "missing return after the error response: the handler goes on to write again (line %d), so net/http logs \"superfluous response.WriteHeader call\" and the client may get a mixed body; return after writing the error"

const msgNoReturnRedirect = "missing return after the redirect: the handler goes on to write again (line %d), so the redirect carries the page (or the wrapped handler runs) and net/http logs \"superfluous response.WriteHeader call\"; return after http.Redirect"

// isRedirect reports whether n calls http.Redirect: a complete response
// (status and body) like http.Error's.
func (s *state) isRedirect(n ast.Node) bool {
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, ok := typeutil.Callee(s.pass.TypesInfo, call).(*types.Func)
	return ok && fn.FullName() == "net/http.Redirect"
}

// checkMissingReturn applies rule missing-return to the error response (or
// the redirect) ne, node i of block b: if a path from it reaches another write, the branch
// lacks a return.
func (s *state) checkMissingReturn(fi *funcInfo, b *cfg.Block, i int, ne nodeEffect) {
	found, ctx := s.missingReturnWrite(fi, b, i, ne)
	if found == nil {
		return
	}
	line := s.pass.Fset.Position(found.Pos()).Line
	msg := msgNoReturn
	if ne.eff == effStatus && s.isRedirect(ne.at) {
		msg = msgNoReturnRedirect
	}
	s.report(ruleMissingReturn, ne.at.Pos(), ne.at.End(), fmt.Sprintf(msg, line), s.missingReturnFix(fi, ctx))
}

// missingReturnWrite returns the write that a path from the error response
// ne, node i of block b, reaches after leaving its branch (rule
// missing-return's finding) and the branch's context, or nil.
func (s *state) missingReturnWrite(fi *funcInfo, b *cfg.Block, i int, ne nodeEffect) (ast.Node, *stmtContext) {
	stmt, ok := b.Nodes[i].(ast.Stmt)
	if !ok {
		return nil, nil
	}
	ctx := s.branchContext(fi, stmt)
	if ctx == nil {
		return nil, nil
	}
	redirect := ne.eff == effStatus && s.isRedirect(ne.at)
	full := ne.eff == effErrFull || redirect
	second := func(e effect) bool {
		switch e {
		case effErrFull, effErrStatus, effStatus:
			return true
		case effBody, effBodyMaybe:
			return full
		}
		return false
	}
	found := s.writeAfter(fi, b, i, ctx, func(e nodeEffect, inside bool) (accept, skip bool) {
		if inside && !full && (e.eff == effBody || e.eff == effBodyMaybe) {
			// The body that explains the bare error status: the
			// branch's response is now complete, and the question is
			// what comes after the branch.
			full = true
			return false, true
		}
		return !inside && (second(e.eff) || s.isHandlerCall(fi, e.at)), false
	})
	if found == nil {
		return nil, nil
	}
	if eff := s.nodeEffect(fi, found).eff; (eff == effBody || eff == effBodyMaybe) && s.statusOnEveryPath(fi, found) {
		return nil, nil // the body shared by the statuses an if-else chose: one status goes out
	}
	return found, ctx
}

// statusOnEveryPath reports whether every path that reaches the CFG node n
// has written a status first (an error status or another): the code at n
// follows a status that was picked above it (`if err != nil {
// http.Error(...) } else { w.WriteHeader(200) }`), so a body written
// there is the body of whichever status went out, not a second response.
func (s *state) statusOnEveryPath(fi *funcInfo, n ast.Node) bool {
	s.flow(fi)
	m, ok := s.stateAt(fi, n)
	return ok && m != 0 && m&^(bErr|bStatus) == 0
}

// stateAt is what every path to the CFG node n has written before it
// runs; ok is false when no reached block holds n.
func (s *state) stateAt(fi *funcInfo, n ast.Node) (uint8, bool) {
	for _, blk := range fi.g.Blocks {
		m, reached := fi.in[blk]
		if !reached {
			continue
		}
		for _, x := range blk.Nodes {
			if x == n {
				return m, true
			}
			m = apply(m, s.nodeEffect(fi, x).eff)
		}
	}
	return 0, false
}

// branchContext returns the context of stmt when it sits directly in the
// body of an if, else or case that sets no flag or fallback (an
// assignment to a variable declared outside it, an increment) that the
// code below may test; nil otherwise.
func (s *state) branchContext(fi *funcInfo, stmt ast.Stmt) *stmtContext {
	ctx := s.stmtContext(fi, stmt)
	if ctx == nil {
		return nil
	}
	for _, st := range ctx.list {
		switch st := st.(type) {
		case *ast.AssignStmt:
			if st.Tok == token.DEFINE {
				continue // variables of the branch's own scope: the code below cannot read them
			}
			return nil // a flag or a fallback: the code below may depend on it
		case *ast.IncDecStmt:
			return nil
		}
	}
	return ctx
}

// writeAfter follows the paths on from node i of block b (in ctx) to the
// first write of each, or its end, and returns the first of those writes
// that judge accepts; judge may also skip a write, and the path goes on.
// inside says whether the write lies in ctx's if or case.
func (s *state) writeAfter(fi *funcInfo, b *cfg.Block, i int, ctx *stmtContext, judge func(e nodeEffect, inside bool) (accept, skip bool)) ast.Node {
	var found ast.Node
	scan := func(nodes []ast.Node) (stop bool) {
		for _, n := range nodes {
			e := s.nodeEffect(fi, n)
			if !e.eff.writes() {
				continue
			}
			accept, skip := judge(e, n.Pos() >= ctx.owner.Pos() && n.Pos() < ctx.owner.End())
			if skip {
				continue
			}
			if accept {
				found = n
			}
			return true
		}
		return false
	}
	if scan(b.Nodes[i+1:]) || b.Return() != nil {
		return found
	}
	walkLive(b.Succs, func(blk *cfg.Block) (descend, stop bool) {
		if scan(blk.Nodes) || blk.Return() != nil {
			return false, found != nil
		}
		return true, false
	})
	return found
}

// A stmtContext is where a statement sits: the list it belongs to, and
// the if or case that owns the list.
type stmtContext struct {
	list    []ast.Stmt
	owner   ast.Node // *ast.IfStmt, *ast.CaseClause or *ast.CommClause
	block   ast.Node // *ast.BlockStmt, *ast.CaseClause or *ast.CommClause holding list
	tagless bool     // owner is a case of a switch with no tag: its expressions are conditions
}

// stmtContext finds the context of stmt when it is directly in the body of
// an if, else, case or select case; nil otherwise.
func (s *state) stmtContext(fi *funcInfo, stmt ast.Stmt) *stmtContext {
	var out *stmtContext
	var parents []ast.Node
	ast.Inspect(fi.body, func(n ast.Node) bool {
		if out != nil {
			return false
		}
		if n == nil {
			parents = parents[:len(parents)-1]
			return false
		}
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		list := astutil.StmtList(n)
		for _, st := range list {
			if st != stmt {
				continue
			}
			switch n := n.(type) {
			case *ast.CaseClause, *ast.CommClause:
				out = &stmtContext{list: list, owner: n, block: n}
				if len(parents) > 1 {
					sw, ok := parents[len(parents)-2].(*ast.SwitchStmt)
					out.tagless = ok && sw.Tag == nil
				}
			case *ast.BlockStmt:
				if len(parents) > 0 {
					if ifs, ok := parents[len(parents)-1].(*ast.IfStmt); ok {
						out = &stmtContext{list: list, owner: ifs, block: n}
					}
				}
			}
			return false
		}
		parents = append(parents, n)
		return true
	})
	return out
}

// isHandlerCall reports whether n calls a whole handler with the writer
// (next.ServeHTTP(w, r), next(w, r) for a handler func): the wrapped
// handler answers in full, so after an error response it writes again.
func (s *state) isHandlerCall(fi *funcInfo, n ast.Node) bool {
	call, ok := n.(*ast.CallExpr)
	if !ok || len(call.Args) != 2 || !s.isWriter(fi, call.Args[0]) {
		return false
	}
	t := s.pass.TypesInfo.TypeOf(call.Fun)
	if t == nil {
		return false
	}
	sig, ok := t.Underlying().(*types.Signature)
	if !ok || sig.Params().Len() != 2 || sig.Results().Len() != 0 || !isResponseWriter(sig.Params().At(0).Type()) {
		return false
	}
	if p, ok := sig.Params().At(1).Type().(*types.Pointer); !ok || !isNamed(p.Elem(), "net/http", "Request") {
		return false
	}
	// A method named ServeHTTP, or a function value (a handler func): a
	// declared helper function is judged by its summary instead.
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "ServeHTTP" {
		return true
	}
	_, isFunc := typeutil.Callee(s.pass.TypesInfo, call).(*types.Func)
	return !isFunc
}

func isNamed(t types.Type, pkg, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Name() == name && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg
}
