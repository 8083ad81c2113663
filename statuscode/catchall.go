package statuscode

import (
	"go/ast"
	"go/types"
)

// An error handler (a function given the writer and an error to answer
// for) often picks the status by the kind of error: a switch or an
// if-else chain on the error whose cases write 404, 403 and so on. Its
// catch-all (the default clause, the last else) answers every other
// failure; when it renders the error page or message before any status,
// those failures go out with 200. The sibling cases that write an error
// status show that the function answers errors with statuses: that is
// the evidence, so a catch-all beside cases that write no status is not
// judged.

// checkCatchAll applies rule body-200 to the catch-alls of fi's error
// switches and if-else chains.
func (s *state) checkCatchAll(fi *funcInfo) {
	errParams := s.errorParams(fi)
	if len(errParams) == 0 || fi.sig.Results().Len() > 0 {
		return
	}
	inChain := make(map[*ast.IfStmt]bool) // else-ifs of a chain judged whole: not again (quadratic)
	ast.Inspect(fi.body, func(n ast.Node) bool {
		var cases [][]ast.Stmt
		var catchAll []ast.Stmt
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.SwitchStmt:
			if !s.onError(errParams, n.Tag, n.Body) {
				return true
			}
			cases, catchAll = clauses(n.Body)
		case *ast.TypeSwitchStmt:
			if !s.onError(errParams, n.Assign, nil) {
				return true
			}
			cases, catchAll = clauses(n.Body)
		case *ast.IfStmt:
			if inChain[n] || !s.onError(errParams, n.Cond, nil) {
				return true
			}
			cases, catchAll = ifChain(n)
			for e, ok := n.Else.(*ast.IfStmt); ok; e, ok = e.Else.(*ast.IfStmt) {
				inChain[e] = true
			}
		default:
			return true
		}
		if catchAll == nil {
			return true
		}
		some := false
		for _, c := range cases {
			if e := s.firstWrite(fi, c).eff; e == effErrFull || e == effErrStatus {
				some = true
			}
		}
		if ne := s.firstWrite(fi, catchAll); some && (ne.eff == effBody || ne.eff == effBodyMaybe) &&
			s.carries(ne.at, errParams) && !s.hasReason(ne.at) {
			s.report(ruleBody200, ne.at.Pos(), ne.at.End(), msgBody200, nil)
		}
		return true
	})
}

// errorParams returns fi's parameters of type error (or any: a recovered
// panic value).
func (s *state) errorParams(fi *funcInfo) []types.Object {
	var out []types.Object
	for i := 0; i < fi.sig.Params().Len(); i++ {
		p := fi.sig.Params().At(i)
		if p.Name() != "" && p.Name() != "_" && isErrorType(p.Type()) {
			out = append(out, p)
		}
	}
	return out
}

// onError reports whether a switch tag, a type switch's assignment or a
// condition (or, for a tagless switch, one of its case expressions)
// mentions one of the error parameters.
func (s *state) onError(errParams []types.Object, n ast.Node, body *ast.BlockStmt) bool {
	if n != nil {
		return s.mentionsAny(n, errParams)
	}
	if body == nil {
		return false
	}
	for _, c := range body.List {
		if cc, ok := c.(*ast.CaseClause); ok {
			for _, e := range cc.List {
				if s.mentionsAny(e, errParams) {
					return true
				}
			}
		}
	}
	return false
}

func (s *state) mentionsAny(n ast.Node, objs []types.Object) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if id, ok := m.(*ast.Ident); ok {
			for _, o := range objs {
				if s.pass.TypesInfo.Uses[id] == o {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// carries reports whether a body write passes one of the error parameters.
func (s *state) carries(at ast.Node, errParams []types.Object) bool {
	call, ok := at.(*ast.CallExpr)
	if !ok {
		return false
	}
	for _, a := range call.Args {
		if s.mentionsAny(a, errParams) {
			return true
		}
	}
	return false
}

// clauses splits a switch body into its cases and its default clause.
func clauses(body *ast.BlockStmt) (cases [][]ast.Stmt, def []ast.Stmt) {
	for _, c := range body.List {
		cc, ok := c.(*ast.CaseClause)
		if !ok {
			continue
		}
		if cc.List == nil {
			def = cc.Body
		} else {
			cases = append(cases, cc.Body)
		}
	}
	return cases, def
}

// ifChain splits an if-else chain into its branches and its final else.
func ifChain(n *ast.IfStmt) (cases [][]ast.Stmt, last []ast.Stmt) {
	for {
		cases = append(cases, n.Body.List)
		switch e := n.Else.(type) {
		case *ast.IfStmt:
			n = e
		case *ast.BlockStmt:
			return cases, e.List
		default:
			return cases, nil
		}
	}
}

// firstWrite returns the first write of a statement list in source order.
func (s *state) firstWrite(fi *funcInfo, list []ast.Stmt) nodeEffect {
	for _, st := range list {
		if ne := s.walkEffect(fi, st, false); ne.eff.writes() {
			return ne
		}
	}
	return nodeEffect{}
}
