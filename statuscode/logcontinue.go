package statuscode

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"

	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/extinctlint/extinct/internal/astutil"
)

const msgLogContinue = "error is logged and the handler carries on: the client gets 200 OK with whatever the failed call left behind; answer with an error status and return, or assign an explicit fallback"

// checkLogContinue applies rule log-continue to an error branch whose
// condition ends block b.
func (s *state) checkLogContinue(fi *funcInfo, br *errBranch, b *cfg.Block) {
	ifs, ok := br.stmt.(*ast.IfStmt)
	if !ok || br.inverted || br.kind != condNonNil || ifs.Else != nil || len(ifs.Body.List) == 0 {
		return
	}
	for _, st := range ifs.Body.List {
		es, ok := st.(*ast.ExprStmt)
		if !ok {
			return
		}
		call, ok := ast.Unparen(es.X).(*ast.CallExpr)
		if !ok || !s.isLogCall(call) || s.mentions(fi, call) {
			return
		}
	}
	if s.inLoop(fi.body, ifs) {
		return // skip-and-log of one item among many is usually deliberate
	}
	// The failed call must have left a value behind that the handler then
	// sends in its success response.
	left := s.leftBehind(fi, ifs, br.errExpr)
	if len(left) == 0 {
		return
	}
	left = s.derived(fi, ifs, left)
	if s.firstWrites(fi, b.Succs[1])&(bStatus|bBody|bMaybe) == 0 {
		return
	}
	if !s.writesValue(fi, b.Succs[1], left) {
		return
	}
	s.report(ruleLogContinue, ifs.Pos(), ifs.Cond.End(), msgLogContinue, nil)
}

// logNames are the methods and functions of loggers and metrics.
var logNames = map[string]bool{
	"Print": true, "Printf": true, "Println": true,
	"Error": true, "Errorf": true, "Errorln": true, "Errorw": true, "ErrorContext": true,
	"Warn": true, "Warnf": true, "Warnln": true, "Warnw": true, "Warning": true, "Warningf": true, "WarnContext": true,
	"Info": true, "Infof": true, "Infoln": true, "Infow": true, "InfoContext": true,
	"Debug": true, "Debugf": true, "Debugln": true, "Debugw": true, "DebugContext": true,
	"Log": true, "Logf": true, "LogAttrs": true, "Msg": true, "Msgf": true, "Send": true,
	"Trace": true, "Tracef": true, "Inc": true, "Observe": true,
}

// isLogCall reports whether call logs at error level or counts: a warning,
// info or debug line says the failure was expected and tolerated.
func (s *state) isLogCall(call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(s.pass.TypesInfo, call).(*types.Func)
	if !ok || !logNames[fn.Name()] {
		return false
	}
	if lowLevel.MatchString(fn.Name()) || s.lowLevelChain(call) {
		return false
	}
	for _, a := range call.Args {
		if lit, ok := ast.Unparen(a).(*ast.BasicLit); ok && lit.Kind == token.STRING && lowLevelText.MatchString(lit.Value) {
			return false
		}
	}
	return true
}

// lowLevelChain reports whether the receiver of call is made by a call at
// a low level (go-kit's level.Warn(logger).Log(...), zerolog's
// log.Warn().Msg(...)): the level is chosen before the final call.
func (s *state) lowLevelChain(call *ast.CallExpr) bool {
	for {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		inner, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok {
			return false
		}
		if fn, ok := typeutil.Callee(s.pass.TypesInfo, inner).(*types.Func); ok && lowLevel.MatchString(fn.Name()) {
			return true
		}
		call = inner
	}
}

var (
	lowLevel     = regexp.MustCompile(`^(Warn|Info|Debug|Trace)`)
	lowLevelText = regexp.MustCompile(`(?i)^"\s*(\[?(warn|warning|info|debug|trace)\b|level=(warn|info|debug))`)
)

// writesValue reports whether a write reachable from start mentions one of
// vars. An error response does not count: the value only explains a
// failure (a client address in a 403's message), the success response
// does not send it.
func (s *state) writesValue(fi *funcInfo, start *cfg.Block, vars []*types.Var) bool {
	found := false
	walkLive([]*cfg.Block{start}, func(b *cfg.Block) (descend, stop bool) {
		for _, n := range b.Nodes {
			switch s.nodeEffect(fi, n).eff {
			case effNone, effHeader, effErrFull, effErrStatus, effErrOrNone:
				continue
			}
			ast.Inspect(n, func(m ast.Node) bool {
				if id, ok := m.(*ast.Ident); ok && !found {
					for _, v := range vars {
						if s.pass.TypesInfo.Uses[id] == v {
							found = true
						}
					}
				}
				return !found
			})
			if found {
				return false, true
			}
		}
		return true, false
	})
	return found
}

// inLoop reports whether n is nested in a for or range statement of body
// (not counting nested function literals).
func (s *state) inLoop(body *ast.BlockStmt, target ast.Node) bool {
	found, loop := false, false
	var depth int
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		if found {
			return false
		}
		if n == target {
			found, loop = true, depth > 0
			return false
		}
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ForStmt, *ast.RangeStmt:
			depth++
			ast.Inspect(n, func(m ast.Node) bool {
				if m == n {
					return true
				}
				return visit(m)
			})
			depth--
			return false
		}
		return true
	}
	ast.Inspect(body, visit)
	return loop
}

// leftBehind returns the variables assigned, together with the error
// tested by ifs, just before the if or in its init.
func (s *state) leftBehind(fi *funcInfo, ifs *ast.IfStmt, errExpr ast.Expr) []*types.Var {
	id, ok := ast.Unparen(errExpr).(*ast.Ident)
	if !ok {
		return nil
	}
	errVar, _ := s.pass.TypesInfo.Uses[id].(*types.Var)
	if errVar == nil {
		return nil
	}
	asg := s.assignmentBefore(fi.body, ifs, errVar)
	if asg == nil || len(asg.Rhs) != 1 {
		return nil
	}
	var out []*types.Var
	for _, l := range asg.Lhs {
		lid, ok := ast.Unparen(l).(*ast.Ident)
		if !ok || lid.Name == "_" {
			continue
		}
		if v, _ := s.pass.TypesInfo.ObjectOf(lid).(*types.Var); v != nil && v != errVar {
			out = append(out, v)
		}
	}
	return out
}

// assignmentBefore returns the assignment to v that is the init of ifs or
// the statement just before it.
func (s *state) assignmentBefore(body *ast.BlockStmt, ifs *ast.IfStmt, v *types.Var) *ast.AssignStmt {
	assigns := func(st ast.Stmt) *ast.AssignStmt {
		asg, ok := st.(*ast.AssignStmt)
		if !ok {
			return nil
		}
		for _, l := range asg.Lhs {
			if id, ok := ast.Unparen(l).(*ast.Ident); ok && s.pass.TypesInfo.ObjectOf(id) == v {
				return asg
			}
		}
		return nil
	}
	if ifs.Init != nil {
		return assigns(ifs.Init)
	}
	var found *ast.AssignStmt
	var outer *ast.IfStmt // the if whose else ifs is (`if err := f(); cond {} else if err != nil {}`)
	ast.Inspect(body, func(n ast.Node) bool {
		if found != nil || outer != nil {
			return false
		}
		if o, ok := n.(*ast.IfStmt); ok && o.Else == ifs {
			outer = o
			return false
		}
		list := astutil.StmtList(n)
		for i, st := range list {
			if st == ifs && i > 0 {
				found = assigns(list[i-1])
				return false
			}
		}
		return true
	})
	if outer != nil {
		return s.assignmentBefore(body, outer, v)
	}
	return found
}

// firstWrites returns the set of first writes along the paths from start.
func (s *state) firstWrites(fi *funcInfo, start *cfg.Block) uint8 {
	var m uint8
	walkLive([]*cfg.Block{start}, func(b *cfg.Block) (descend, stop bool) {
		for _, n := range b.Nodes {
			if e := s.nodeEffect(fi, n).eff; e.writes() {
				m |= e.bit()
				return false, false
			}
		}
		if b.Return() != nil {
			m |= bNone
			return false, false
		}
		return true, false
	})
	return m
}

// derived adds to vars the variables assigned after ifs from values that
// mention them (`resp := Reply{Name: it.Name}`), transitively: the
// response built from fields of the failed call's value sends it too.
func (s *state) derived(fi *funcInfo, ifs *ast.IfStmt, vars []*types.Var) []*types.Var {
	in := make(map[*types.Var]bool, len(vars))
	for _, v := range vars {
		in[v] = true
	}
	mentions := func(e ast.Expr) bool {
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && !found {
				if v, ok := s.pass.TypesInfo.Uses[id].(*types.Var); ok && in[v] {
					found = true
				}
			}
			return !found
		})
		return found
	}
	add := func(id *ast.Ident) bool {
		v, ok := s.pass.TypesInfo.ObjectOf(id).(*types.Var)
		if !ok || in[v] || id.Name == "_" {
			return false
		}
		in[v] = true
		vars = append(vars, v)
		return true
	}
	for changed := true; changed; {
		changed = false
		ast.Inspect(fi.body, func(n ast.Node) bool {
			if n == nil {
				return false
			}
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.AssignStmt:
				if n.Pos() < ifs.End() {
					return true
				}
				for i, l := range n.Lhs {
					r := n.Rhs[0]
					if len(n.Rhs) == len(n.Lhs) {
						r = n.Rhs[i]
					}
					if id, ok := ast.Unparen(l).(*ast.Ident); ok && mentions(r) {
						changed = add(id) || changed
					}
				}
			case *ast.ValueSpec:
				if n.Pos() < ifs.End() {
					return true
				}
				for i, id := range n.Names {
					if i < len(n.Values) && mentions(n.Values[i]) {
						changed = add(id) || changed
					}
				}
			}
			return true
		})
	}
	return vars
}
