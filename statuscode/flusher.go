package statuscode

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Flushing through http.Flusher: `if f, ok := w.(http.Flusher); ok {
// f.Flush() }` sends the header (an implicit 200) and what was written. The
// writers net/http hands to handlers (HTTP/1 and HTTP/2) all implement
// http.Flusher, so the test of ok is taken as true: the flush happens, and a
// status written after it is lost (mcp-go's and temporal-large-payload-
// codec's streaming handlers answered their failures after a flush, and
// the client got 200).

// findFlushers records the variables assigned a type assertion of a
// response writer to http.Flusher (flushers), and marks the if conditions
// that test the assertion's ok as having a dead side (deadConds).
func (s *state) findFlushers(ins *inspector.Inspector) {
	info := s.pass.TypesInfo
	oks := make(map[*types.Var]bool)
	for cur := range ins.Root().Preorder((*ast.AssignStmt)(nil)) {
		asg := cur.Node().(*ast.AssignStmt)
		if len(asg.Rhs) != 1 || len(asg.Lhs) > 2 {
			continue
		}
		ta, ok := ast.Unparen(asg.Rhs[0]).(*ast.TypeAssertExpr)
		if !ok || ta.Type == nil || !isResponseWriter(info.TypeOf(ta.X)) || !isNamed(info.TypeOf(ta.Type), "net/http", "Flusher") {
			continue
		}
		if v := assignedVar(info, asg.Lhs[0]); v != nil {
			if s.flushers == nil {
				s.flushers = make(map[*types.Var]bool)
			}
			s.flushers[v] = true
		}
		if len(asg.Lhs) == 2 {
			if v := assignedVar(info, asg.Lhs[1]); v != nil {
				oks[v] = true
			}
		}
	}
	if len(oks) > 0 {
		s.markFlusherTests(ins, oks)
	}
}

// markFlusherTests marks `if ok` on an assertion's ok: its false side is
// not taken. `if !ok { http.Error(...) }` is left as it is: it runs
// where a middleware's writer cannot flush, and a status it writes after
// the header went out is still lost (mcp-go).
func (s *state) markFlusherTests(ins *inspector.Inspector, oks map[*types.Var]bool) {
	info := s.pass.TypesInfo
	for cur := range ins.Root().Preorder((*ast.IfStmt)(nil)) {
		cond := cur.Node().(*ast.IfStmt).Cond
		id, isID := ast.Unparen(cond).(*ast.Ident)
		if v, _ := info.Uses[id].(*types.Var); !isID || !oks[v] {
			continue
		}
		if s.deadConds == nil {
			s.deadConds = make(map[ast.Expr]uint8)
		}
		s.deadConds[cond] |= deadElse
	}
}

// assignedVar returns the variable an assignment's left side names, or nil.
func assignedVar(info *types.Info, e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := info.ObjectOf(id).(*types.Var)
	return v
}

// isFlusher reports whether e is a variable assigned a flusher of the
// response writer.
func (s *state) isFlusher(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || s.flushers == nil {
		return false
	}
	v, _ := s.pass.TypesInfo.Uses[id].(*types.Var)
	return s.flushers[v]
}

// isFlusherAssign reports whether asg is `f, ok := w.(http.Flusher)` (or
// `f := ...`), which writes nothing.
func (s *state) isFlusherAssign(asg *ast.AssignStmt) bool {
	if len(asg.Rhs) != 1 || s.flushers == nil {
		return false
	}
	if _, ok := ast.Unparen(asg.Rhs[0]).(*ast.TypeAssertExpr); !ok {
		return false
	}
	return s.flushers[assignedVar(s.pass.TypesInfo, asg.Lhs[0])]
}
