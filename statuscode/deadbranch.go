package statuscode

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/extinctlint/extinct/internal/astutil"
	"github.com/extinctlint/extinct/internal/nofail"
)

// Error branches that cannot run: the error tested comes straight from a
// call of a function of the module that never fails (internal/nofail: every
// return gives a literal nil error), as in
//
//	if err := cache.Reset(); err != nil { ... }
//	err := cache.Reset()
//	if err != nil { ... }
//	if cache.Reset() != nil { ... }
//
// The path analysis does not follow the edge into such a branch, and no
// rule reports inside it: a finding on a path that cannot run is false.

// Which edges of an if statement's condition cannot be taken.
const (
	deadThen uint8 = 1 << iota // the true edge (cfg: Succs[0])
	deadElse                   // the false edge (cfg: Succs[1])
)

// A span is a range of positions, [from, to).
type span struct{ from, to token.Pos }

// findDeadBranches records the if statements of the package whose error
// branch cannot run (deadConds, by condition) and the code that only such a
// branch reaches (deadSpans).
func (s *state) findDeadBranches(ins *inspector.Inspector) {
	if s.nofail == nil {
		return
	}
	for cur := range ins.Root().Preorder((*ast.IfStmt)(nil)) {
		ifs := cur.Node().(*ast.IfStmt)
		prev := ifs.Init
		if prev == nil {
			prev = prevStmt(cur)
		}
		dead := s.deadSide(ifs.Cond, prev)
		if dead == 0 {
			continue
		}
		if s.deadConds == nil {
			s.deadConds = make(map[ast.Expr]uint8)
		}
		s.deadConds[ifs.Cond] = dead
		switch {
		case dead&deadThen != 0:
			s.deadSpans = append(s.deadSpans, span{ifs.Body.Lbrace, ifs.Body.End()})
		case ifs.Else != nil:
			s.deadSpans = append(s.deadSpans, span{ifs.Else.Pos(), ifs.Else.End()})
		case astutil.EndsInReturn(ifs.Body):
			// `if err == nil { ...; return }`: the rest of the block is
			// the failure.
			if end := listEnd(cur.Parent()); end.IsValid() {
				s.deadSpans = append(s.deadSpans, span{ifs.End(), end})
			}
		}
	}
}

// prevStmt returns the statement just before the one at cur in its list of
// statements, or nil.
func prevStmt(cur inspector.Cursor) ast.Stmt {
	switch cur.ParentEdgeKind() {
	case edge.BlockStmt_List, edge.CaseClause_Body, edge.CommClause_Body:
	default:
		return nil
	}
	p, ok := cur.PrevSibling()
	if !ok || p.ParentEdgeKind() != cur.ParentEdgeKind() {
		return nil
	}
	st, _ := p.Node().(ast.Stmt)
	return st
}

// listEnd returns the end of the statement list the cursor's node is.
func listEnd(c inspector.Cursor) token.Pos {
	switch n := c.Node().(type) {
	case *ast.BlockStmt:
		return n.Rbrace
	case *ast.CaseClause, *ast.CommClause:
		return n.End()
	}
	return token.NoPos
}

// deadSide returns the edges of cond that cannot be taken because an error
// it compares with nil is always nil (see alwaysNil); prev is the statement
// run just before cond (the if statement's init, or the one before it).
func (s *state) deadSide(cond ast.Expr, prev ast.Stmt) uint8 {
	e, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return 0
	}
	switch e.Op {
	case token.NEQ, token.EQL:
		x := e.X
		if s.isNil(x) {
			x = e.Y
		} else if !s.isNil(e.Y) {
			return 0
		}
		if !s.alwaysNil(x, prev) {
			return 0
		}
		if e.Op == token.NEQ {
			return deadThen
		}
		return deadElse
	case token.LAND: // err != nil && more: false whenever err is nil
		return (s.deadSide(e.X, prev) | s.deadSide(e.Y, prev)) & deadThen
	case token.LOR: // err == nil || more: true whenever err is nil
		return (s.deadSide(e.X, prev) | s.deadSide(e.Y, prev)) & deadElse
	}
	return 0
}

// alwaysNil reports whether the error x is nil whenever it is compared:
// x is a call of a function that never fails (cache.Reset() != nil), or a
// variable that prev, the statement just before the comparison, assigns
// from such a call (err := cache.Reset(); n, err = f()).
func (s *state) alwaysNil(x ast.Expr, prev ast.Stmt) bool {
	info := s.pass.TypesInfo
	switch x := ast.Unparen(x).(type) {
	case *ast.CallExpr:
		return s.neverFailsCall(x, 0, 1)
	case *ast.Ident:
		v, ok := info.Uses[x].(*types.Var)
		asg, _ := prev.(*ast.AssignStmt)
		if !ok || asg == nil || len(asg.Rhs) != 1 || asg.Tok != token.DEFINE && asg.Tok != token.ASSIGN {
			return false
		}
		call, ok := ast.Unparen(asg.Rhs[0]).(*ast.CallExpr)
		if !ok {
			return false
		}
		for i, lhs := range asg.Lhs {
			if id, ok := ast.Unparen(lhs).(*ast.Ident); ok && info.ObjectOf(id) == v {
				return s.neverFailsCall(call, i, len(asg.Lhs))
			}
		}
	}
	return false
}

// neverFailsCall reports whether call, with n results, is a static call of
// a function that never fails, and its result i is an error (nil, then);
// json.Marshal of a value whose type always encodes never fails either.
func (s *state) neverFailsCall(call *ast.CallExpr, i, n int) bool {
	if i == 1 && n == 2 && nofail.MarshalNeverFails(s.pass.TypesInfo, call) {
		return true
	}
	fn := typeutil.StaticCallee(s.pass.TypesInfo, call)
	if fn == nil {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Results().Len() != n || !isErrorType(sig.Results().At(i).Type()) {
		return false
	}
	return s.nofail.NeverFails(fn)
}

// deadEdges returns the edges out of block b that cannot be taken (deadThen
// for Succs[0], deadElse for Succs[1]).
func (s *state) deadEdges(b *cfg.Block) uint8 {
	if s.deadConds == nil || len(b.Succs) != 2 || len(b.Nodes) == 0 {
		return 0
	}
	cond, ok := b.Nodes[len(b.Nodes)-1].(ast.Expr)
	if !ok {
		return 0
	}
	return s.deadConds[cond]
}

// inDeadBranch reports whether pos lies in code that only an error branch
// that cannot run reaches.
func (s *state) inDeadBranch(pos token.Pos) bool {
	for _, sp := range s.deadSpans {
		if sp.from <= pos && pos < sp.to {
			return true
		}
	}
	return false
}
