package statuscode

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/extinctlint/extinct/internal/astutil"
)

const msgNoStatus = "error path returns without writing a status: the client gets 200 OK with an empty body; write an error status (http.Error with http.StatusInternalServerError or a fitting 4xx) before returning"

// checkNoStatus applies rule no-status to ret, a return that a path from
// error branch br reaches with nothing written (searchBranch finds it):
// at the return when it lies in the branch body, with the fix that writes
// the status, else at the branch's condition.
func (s *state) checkNoStatus(fi *funcInfo, br *errBranch, ret *ast.ReturnStmt, exited bool) {
	if !ruleNoStatus.Enabled() || s.errFromWriterCall(fi, br) || s.handsOff(fi, br) || s.clientGone(fi, ret) || !s.ownsStatus(fi) {
		return
	}
	if !exited && ret.Return.IsValid() && br.containsPos(ret.Pos()) {
		s.report(ruleNoStatus, ret.Pos(), ret.End(), msgNoStatus, s.missingStatusFix(fi, br, ret))
	} else {
		s.report(ruleNoStatus, br.cond.Pos(), br.cond.End(), msgNoStatus, nil)
	}
}

// noStatusSent reports whether no path to the end of block b, an error
// branch's test with first writes m, can have sent a status, so that the
// client surely gets 200 (rule no-status says so): nothing was written, or
// only a body (an implicit 200). A helper that writes only when it fails
// (effErrOrNone) or an adapter (effOkOrNone) counts as writing nothing
// here: the paths that go on past it are the unwritten ones, and its own
// failure path is missing-return's business. A conditional status before
// the branch (`if !sent { w.WriteHeader(code) }`) makes it false.
func (s *state) noStatusSent(fi *funcInfo, b *cfg.Block, m uint8) bool {
	const unsent = bNone | bBody | bMaybe
	if m&^unsent == 0 {
		return true
	}
	if fi.ownIn == nil {
		fi.ownIn = make(map[*cfg.Block]uint8)
		s.flowInto(fi, fi.ownIn, applyOwn)
	}
	o := fi.ownIn[b]
	for _, n := range b.Nodes {
		o = applyOwn(o, s.nodeEffect(fi, n).eff)
	}
	return o&bNone != 0 && o&^unsent == 0
}

// applyOwn is apply without the writes of helpers that write only when
// they fail.
func applyOwn(m uint8, e effect) uint8 {
	if e == effErrOrNone || e == effOkOrNone {
		return m
	}
	return apply(m, e)
}

// errFromWriterCall reports whether the error tested by br was returned by
// a call that was given the writer (u, err := authenticate(w, r)): that
// call answered for its own failure, unless it also returned a status
// (status, err := fn(w, r)): an adapter hands its status to the caller.
func (s *state) errFromWriterCall(fi *funcInfo, br *errBranch) bool {
	ifs, ok := br.stmt.(*ast.IfStmt)
	if !ok {
		return false
	}
	id, ok := ast.Unparen(br.errExpr).(*ast.Ident)
	if !ok {
		return false
	}
	v, _ := s.pass.TypesInfo.Uses[id].(*types.Var)
	if v == nil {
		return false
	}
	asg := s.assignmentBefore(fi.body, ifs, v)
	if asg == nil {
		return false
	}
	for _, r := range asg.Rhs {
		if call, ok := ast.Unparen(r).(*ast.CallExpr); ok && s.hasWriterArg(fi, call) && !s.returnsStatus(call) {
			return true
		}
	}
	return false
}

// handsOff reports whether the error branch hands the error on instead of
// dropping it: it stores the error, or an error value of its own (a code
// the dispatcher maps to a status: distribution's `imh.Errors =
// append(imh.Errors, errcode.ErrorCodeManifestUnknown)`), where a
// dispatcher reads it after the handler returns (a field of the receiver
// or of another value, an element, a variable declared outside the
// function, a request context made with context.WithValue). That is as
// good as returning it.
func (s *state) handsOff(fi *funcInfo, br *errBranch) bool {
	errObj := s.errObject(br.errExpr)
	if errObj == nil {
		return false
	}
	carriesErr := func(e ast.Expr) bool { return s.refersTo(e, errObj) || s.errorValue(e) }
	found := false
	for _, st := range br.list {
		ast.Inspect(st, func(n ast.Node) bool {
			if found {
				return false
			}
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					if i < len(n.Rhs) && len(n.Lhs) == len(n.Rhs) && carriesErr(n.Rhs[i]) && s.outlives(fi, l) {
						found = true
					}
				}
			case *ast.CallExpr:
				if fn, ok := typeutil.Callee(s.pass.TypesInfo, n).(*types.Func); ok && fn.FullName() == "context.WithValue" {
					for _, a := range n.Args {
						if s.refersTo(a, errObj) {
							found = true
						}
					}
				}
			}
			return !found
		})
	}
	return found
}

// errorValue reports whether e is an error value (its type implements
// error) or appends one to a slice (`append(errs, codeErr("x"))`).
func (s *state) errorValue(e ast.Expr) bool {
	info := s.pass.TypesInfo
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok && len(call.Args) > 1 && !call.Ellipsis.IsValid() && astutil.IsBuiltin(info, call, "append") {
		for _, a := range call.Args[1:] {
			if !astutil.IsErrorType(info.TypeOf(a)) {
				return false
			}
		}
		return true
	}
	return astutil.IsErrorType(info.TypeOf(e))
}

func (s *state) errObject(e ast.Expr) types.Object {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		return s.pass.TypesInfo.Uses[id]
	}
	return nil
}

// refersTo reports whether e mentions obj.
func (s *state) refersTo(e ast.Expr, obj types.Object) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && s.pass.TypesInfo.Uses[id] == obj {
			found = true
		}
		return !found
	})
	return found
}

// outlives reports whether an assignment to l is seen after the function
// returns: a field, an element, a dereference, or a variable declared
// outside the function.
func (s *state) outlives(fi *funcInfo, l ast.Expr) bool {
	switch l := ast.Unparen(l).(type) {
	case *ast.SelectorExpr, *ast.IndexExpr, *ast.StarExpr:
		return true
	case *ast.Ident:
		v, ok := s.pass.TypesInfo.ObjectOf(l).(*types.Var)
		return ok && (v.Pos() < fi.node.Pos() || v.Pos() >= fi.node.End())
	}
	return false
}

// clientGone reports whether ret is in a select case that receives from
// a context's Done channel (`case <-r.Context().Done(): return`), or in
// the body of an if, or a case of a switch with no tag, that tests for a
// cancelled context (`if errors.Is(err, context.Canceled) { return }`, `if
// ctx.Err() != nil`; go-camo's `case errors.Is(err, context.Canceled):`):
// the request was cancelled or the client went away, there is no one to
// answer.
func (s *state) clientGone(fi *funcInfo, ret *ast.ReturnStmt) bool {
	ctx := s.stmtContext(fi, ret)
	if ctx == nil {
		return false
	}
	if ifs, ok := ctx.owner.(*ast.IfStmt); ok && ctx.block == ifs.Body {
		return s.isCancelCond(ifs.Cond) || s.failsOnlyWhenCancelled(ifs)
	}
	if cc, ok := ctx.owner.(*ast.CaseClause); ok && len(cc.List) > 0 && ctx.tagless {
		for _, e := range cc.List {
			if !s.isCancelCond(e) {
				return false
			}
		}
		return true
	}
	cc, ok := ctx.owner.(*ast.CommClause)
	if !ok {
		return false
	}
	es, ok := cc.Comm.(*ast.ExprStmt)
	if !ok {
		return false
	}
	recv, ok := ast.Unparen(es.X).(*ast.UnaryExpr)
	if !ok || recv.Op != token.ARROW {
		return false
	}
	call, ok := ast.Unparen(recv.X).(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Done" {
		return false
	}
	t := s.pass.TypesInfo.TypeOf(sel.X)
	return t != nil && isNamed(t, "context", "Context")
}

// isCancelCond reports whether cond tests for a cancelled context:
// errors.Is(err, context.Canceled or DeadlineExceeded), err ==
// context.Canceled, or ctx.Err() != nil (possibly || more such tests).
func (s *state) isCancelCond(cond ast.Expr) bool {
	switch e := ast.Unparen(cond).(type) {
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LOR:
			return s.isCancelCond(e.X) && s.isCancelCond(e.Y)
		case token.EQL:
			return s.isContextErrValue(e.X) || s.isContextErrValue(e.Y)
		case token.NEQ:
			return s.isNil(e.Y) && s.isContextErr(e.X) || s.isNil(e.X) && s.isContextErr(e.Y)
		}
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(s.pass.TypesInfo, e).(*types.Func)
		return ok && fn.FullName() == "errors.Is" && len(e.Args) == 2 && s.isContextErrValue(e.Args[1])
	}
	return false
}

// isContextErr reports whether e is ctx.Err() for a context.Context.
func (s *state) isContextErr(e ast.Expr) bool {
	recv, ok := methodCall(e, "Err")
	return ok && isContext(s.pass.TypesInfo.TypeOf(recv))
}
