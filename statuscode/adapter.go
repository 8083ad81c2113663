package statuscode

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"
)

// Adapters: handlers written as func(w, r) (int, error), which hand the
// status to a wrapper instead of writing it, and the wrappers that write
// the status they return.

const msgDroppedAdapter = "result of %s dropped: it answers the request or hands back the status its caller must write, and the handler goes on to write again (line %d); return its status and error"

const msgSuccessReturn = "success status %d returned with the error: the wrapper answers the failed request with a success; return a status of 400 or more"

// callEffect judges a call that involves a writer directly (see
// writerCallEffect). An adapter given the writer that returns a status
// beside an error (status, err := fn(w, r)) has not answered when it
// fails, whatever else it may do: its caller writes that status, so a
// call that cannot be judged otherwise writes only on the paths where it
// succeeded.
func (s *state) callEffect(fi *funcInfo, call *ast.CallExpr) (effect, bool) {
	e, judged := s.writerCallEffect(fi, call)
	if judged && e == effUnknown && s.returnsStatus(call) {
		return effOkOrNone, true
	}
	return e, judged
}

// isStatusType reports whether t can hold a status: an integer type.
func isStatusType(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// returnsStatus reports whether call returns a status beside an error
// (status, err := fn(w, r)): the callee hands its status to the caller,
// which has to write it.
func (s *state) returnsStatus(call *ast.CallExpr) bool {
	return s.returnsStatusAt(call, 0)
}

// returnsStatusAt is returnsStatus at depth calls into this package's
// functions (statusresult.go): a function of the package must return a
// status in one of its integer results.
func (s *state) returnsStatusAt(call *ast.CallExpr, depth int) bool {
	tup, ok := s.pass.TypesInfo.TypeOf(call).(*types.Tuple)
	if !ok || tup.Len() < 2 || !isErrorType(tup.At(tup.Len()-1).Type()) {
		return false
	}
	var idx []int
	for i := 0; i < tup.Len()-1; i++ {
		if isStatusType(tup.At(i).Type()) {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return false
	}
	if decl := s.declOf(call); decl != nil {
		return s.fillsStatus(decl, idx, depth)
	}
	return true
}

// besideError reports whether v, an integer variable of fi, is assigned
// from a call that also returns an error (status, err := fn(w, r); resp,
// err := h(ctx, w, r) for resp.status): the status that goes with that
// error, an error status when the error is written.
func (s *state) besideError(fi *funcInfo, v *types.Var) bool {
	if fi == nil || v == nil || v.Pos() < fi.body.Pos() || v.Pos() >= fi.body.End() {
		return false
	}
	if fi.besideErr == nil {
		fi.besideErr = make(map[*types.Var]bool)
		ast.Inspect(fi.body, func(n ast.Node) bool {
			asg, ok := n.(*ast.AssignStmt)
			if !ok || len(asg.Rhs) != 1 || len(asg.Lhs) < 2 {
				return true
			}
			call, ok := ast.Unparen(asg.Rhs[0]).(*ast.CallExpr)
			if !ok {
				return true
			}
			tup, ok := s.pass.TypesInfo.TypeOf(call).(*types.Tuple)
			if !ok || tup.Len() != len(asg.Lhs) || !isErrorType(tup.At(tup.Len()-1).Type()) {
				return true
			}
			for _, l := range asg.Lhs[:len(asg.Lhs)-1] {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok {
					if lv, ok := s.pass.TypesInfo.ObjectOf(id).(*types.Var); ok {
						fi.besideErr[lv] = true
					}
				}
			}
			return true
		})
	}
	return fi.besideErr[v]
}

// statusBesideError reports whether e is a status that came with an error:
// a variable assigned beside it, or an integer field of one.
func (s *state) statusBesideError(fi *funcInfo, e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, _ := s.pass.TypesInfo.Uses[e].(*types.Var)
		return v != nil && isStatusType(v.Type()) && s.besideError(fi, v)
	case *ast.SelectorExpr:
		x, ok := ast.Unparen(e.X).(*ast.Ident)
		if !ok || !isStatusType(s.pass.TypesInfo.TypeOf(e)) {
			return false
		}
		v, _ := s.pass.TypesInfo.Uses[x].(*types.Var)
		return v != nil && s.besideError(fi, v)
	}
	return false
}

// checkSuccessReturn reports, in an error branch of an adapter (a function
// that takes the writer and returns a status and an error), a return of a
// constant 2xx status with the branch's error: the wrapper writes that
// status for the failure.
func (s *state) checkSuccessReturn(sig *types.Signature, br *errBranch, ret *ast.ReturnStmt) {
	res := sig.Results()
	if res.Len() < 2 || len(ret.Results) != res.Len() || !isErrorType(res.At(res.Len()-1).Type()) {
		return
	}
	if errObj := s.errObject(br.errExpr); errObj == nil || !s.refersTo(ret.Results[len(ret.Results)-1], errObj) {
		return // not the branch's error: handled, or another failure
	}
	for i := 0; i < res.Len()-1; i++ {
		if !isStatusType(res.At(i).Type()) {
			continue
		}
		if c, ok := s.constInt(ret.Results[i]); ok && c >= 200 && c < 300 && !s.hasReason(ret) {
			s.report(ruleSuccessStatus, ret.Pos(), ret.End(), fmt.Sprintf(msgSuccessReturn, c), nil)
		}
	}
}

// checkDroppedAdapter applies rule missing-return to node i of block b, a
// call statement of an adapter given the writer (effOkOrNone: it answers
// when it succeeds and hands back the status to write when it fails)
// whose status and error are both dropped, in an if or case body: if a
// path from it goes on to another write (the next handler), the request
// is answered twice, or the failure status is lost and the next handler
// answers instead.
func (s *state) checkDroppedAdapter(fi *funcInfo, b *cfg.Block, i int, ne nodeEffect) {
	stmt, ok := b.Nodes[i].(*ast.ExprStmt)
	if !ok || ne.eff != effOkOrNone || ast.Unparen(stmt.X) != ne.at {
		return
	}
	ctx := s.branchContext(fi, stmt)
	if ctx == nil {
		return
	}
	found := s.writeAfter(fi, b, i, ctx, func(_ nodeEffect, inside bool) (accept, skip bool) {
		return !inside, false
	})
	if found == nil {
		return
	}
	name := "the call"
	if fn, ok := typeutil.Callee(s.pass.TypesInfo, ne.at.(*ast.CallExpr)).(*types.Func); ok {
		name = fn.Name()
	}
	line := s.pass.Fset.Position(found.Pos()).Line
	s.report(ruleMissingReturn, ne.at.Pos(), ne.at.End(), fmt.Sprintf(msgDroppedAdapter, name, line), nil)
}
