package statuscode

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/extinctlint/extinct/internal/astutil"
)

const (
	msgNoStatus    = "error path returns without writing a status: the client gets 200 OK with an empty body; write an error status (http.Error with http.StatusInternalServerError or a fitting 4xx) before returning"
	msgBody200     = "error body written with an implicit 200 OK: clients and monitoring count this failure as a success; set an error status first (http.Error, or w.WriteHeader with a status >= 400 before the body)"
	msgSuccess     = "success status %d on an error path: the client is told the failed request succeeded; answer with a status of 400 or more"
	msgNoReturn    = "missing return after the error response: the handler goes on to write again (line %d), so net/http logs \"superfluous response.WriteHeader call\" and the client may get a mixed body; return after writing the error"
	msgLateHeader  = "header set after the response was written: once WriteHeader or Write has sent the header this has no effect; set headers before the first write"
	msgLogContinue = "error is logged and the handler carries on: the client gets 200 OK with whatever the failed call left behind; answer with an error status and return, or assign an explicit fallback"
	msgInvalid     = "invalid HTTP status %d: net/http panics on a status outside 100..999; use a status constant from net/http"
	msgUnified     = "direct 500 response bypasses %s: this failure is not logged or counted in the one place; call %s instead"
)

func (s *state) report(pos, end token.Pos, msg string, fixes []analysis.SuggestedFix) {
	if astutil.IsTestFile(s.pass.Fset, pos) {
		return // test servers misbehave on purpose; facts about them still hold
	}
	key := reportKey{pos, msg}
	if s.reported[key] {
		return
	}
	s.reported[key] = true
	// A synthetic node may end beyond its file.
	if s.pass.Fset.File(pos) != s.pass.Fset.File(end) {
		end = pos
	}
	s.pass.Report(analysis.Diagnostic{Pos: pos, End: end, Message: "statuscode: " + msg, SuggestedFixes: fixes})
}

// checkFunc applies the path rules (1, 2, 4, 5, 6) to a function that
// takes a writer.
func (s *state) checkFunc(fi *funcInfo) {
	s.flow(fi)
	// Rules 1 and 6 judge functions that own the response: no results
	// (an adapter returning error hands failure to its caller) and no
	// deferred call that may answer for them.
	// A function that never writes (it only sets headers or cookies) does
	// not own the response either: its caller answers.
	owns := fi.sig.Results().Len() == 0 && !fi.deferW && s.writesSomewhere(fi)
	// In tests, a fake server's error branch is judged by the test itself.
	judgeErrors := !astutil.IsTestFile(s.pass.Fset, fi.body.Pos())
	branches := s.errorBranches(fi.body)
	trailers := s.setsTrailers(fi)
	for _, b := range fi.g.Blocks {
		m, reached := fi.in[b]
		if !reached {
			continue
		}
		for i, n := range b.Nodes {
			ne := s.nodeEffect(fi, n)
			if !trailers && m&bDefinite != 0 && m&^bDefinite == 0 {
				s.checkLateHeader(fi, n)
			}
			if ne.eff == effErrFull || ne.eff == effErrStatus {
				s.checkMissingReturn(fi, b, i, ne)
			}
			m = apply(m, ne.eff)
		}
		if len(b.Succs) != 2 || len(b.Nodes) == 0 || fi.deferW || !judgeErrors {
			continue
		}
		cond, ok := b.Nodes[len(b.Nodes)-1].(ast.Expr)
		br := branches[cond]
		if !ok || br == nil || m&bNone == 0 {
			continue // not an error branch, or the response was already started
		}
		start := b.Succs[0]
		if br.inverted {
			start = b.Succs[1]
		}
		s.searchBranch(fi, br, start, owns)
		if owns {
			s.checkLogAndCarryOn(fi, br, b)
		}
	}
}

// writesSomewhere reports whether some reachable node of fi writes (or may
// write) the response.
func (s *state) writesSomewhere(fi *funcInfo) bool {
	for _, b := range fi.g.Blocks {
		if _, reached := fi.in[b]; !reached {
			continue
		}
		for _, n := range b.Nodes {
			if s.nodeEffect(fi, n).eff.writes() {
				return true
			}
		}
	}
	return false
}

// searchBranch looks, along the paths from the start of an error branch,
// for a return reached with nothing written (rule 1) and for a body written
// before any status (rule 2).
func (s *state) searchBranch(fi *funcInfo, br *errBranch, start *cfg.Block, owns bool) {
	type item struct {
		b      *cfg.Block
		exited bool // left the branch body: follow straight-line code only
	}
	seen := make(map[*cfg.Block]bool)
	stack := []item{{start, false}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		b := it.b
		if seen[b] || !b.Live {
			continue
		}
		seen[b] = true
		in := blockIn(br, b)
		exited := it.exited || !in
		if exited && len(b.Succs) > 1 {
			continue // a later decision: not this branch's business
		}
		if exited && !onlyReturn(b) {
			continue // the branch carried on into more work: rule 6's business
		}
		wrote := false
		for _, n := range b.Nodes {
			ne := s.nodeEffect(fi, n)
			if !ne.eff.writes() {
				continue
			}
			wrote = true
			if (ne.eff == effBody || ne.eff == effBodyMaybe) && !exited && br.containsPos(ne.at.Pos()) && s.saysError(ne.at) {
				s.report(ne.at.Pos(), ne.at.End(), msgBody200, nil)
			}
			break
		}
		if wrote {
			continue
		}
		if ret := b.Return(); ret != nil {
			if owns {
				if !exited && ret.Return.IsValid() && br.containsPos(ret.Pos()) {
					s.report(ret.Pos(), ret.End(), msgNoStatus, s.missingStatusFix(fi, br, ret))
				} else {
					s.report(br.cond.Pos(), br.cond.End(), msgNoStatus, nil)
				}
			}
			continue
		}
		for _, succ := range b.Succs {
			stack = append(stack, item{succ, exited})
		}
	}
}

// saysError reports whether the arguments of a body write carry an error:
// an error value or a message that reads like one. A body without either
// is fallback content (a default image, a cached copy), served on purpose.
func (s *state) saysError(at ast.Node) bool {
	call, ok := at.(*ast.CallExpr)
	if !ok {
		return false
	}
	says := false
	for _, a := range call.Args {
		ast.Inspect(a, func(n ast.Node) bool {
			if says {
				return false
			}
			switch n := n.(type) {
			case *ast.Ident:
				if t := s.pass.TypesInfo.TypeOf(n); t != nil && isErrorType(t) {
					says = true
				}
			case *ast.BasicLit:
				if n.Kind == token.STRING && errorWords.MatchString(n.Value) {
					says = true
				}
			}
			return !says
		})
	}
	return says
}

var errorWords = regexp.MustCompile(`(?i)error|fail|invalid|denied|forbidden|not found|unauthori|unable|cannot|can't|could not|bad request|wrong|missing`)

// onlyReturn reports whether b holds nothing but, at most, a bare return.
func onlyReturn(b *cfg.Block) bool {
	switch len(b.Nodes) {
	case 0:
		return true
	case 1:
		ret, ok := b.Nodes[0].(*ast.ReturnStmt)
		return ok && len(ret.Results) == 0
	}
	return false
}

// blockIn reports whether block b lies inside the branch body.
func blockIn(br *errBranch, b *cfg.Block) bool {
	if len(b.Nodes) > 0 {
		return br.containsPos(b.Nodes[0].Pos())
	}
	return b.Stmt != nil && br.containsPos(b.Stmt.Pos())
}

// checkLogAndCarryOn applies rule 6 to an error branch whose condition
// ends block b.
func (s *state) checkLogAndCarryOn(fi *funcInfo, br *errBranch, b *cfg.Block) {
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
	if s.firstWrites(fi, b.Succs[1])&(bStatus|bBody|bMaybe) == 0 {
		return
	}
	if !s.writesValue(fi, b.Succs[1], left) {
		return
	}
	s.report(ifs.Pos(), ifs.Cond.End(), msgLogContinue, nil)
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
	if lowLevel.MatchString(fn.Name()) {
		return false
	}
	for _, a := range call.Args {
		if lit, ok := ast.Unparen(a).(*ast.BasicLit); ok && lit.Kind == token.STRING && lowLevelText.MatchString(lit.Value) {
			return false
		}
	}
	return true
}

var (
	lowLevel     = regexp.MustCompile(`^(Warn|Info|Debug|Trace)`)
	lowLevelText = regexp.MustCompile(`(?i)^"\s*(\[?(warn|warning|info|debug|trace)\b|level=(warn|info|debug))`)
)

// writesValue reports whether a write reachable from start mentions one of
// vars.
func (s *state) writesValue(fi *funcInfo, start *cfg.Block, vars []*types.Var) bool {
	found := false
	walkLive([]*cfg.Block{start}, func(b *cfg.Block) (descend, stop bool) {
		for _, n := range b.Nodes {
			if !s.nodeEffect(fi, n).eff.writes() {
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

// walkLive visits, depth first and once each, the live blocks reachable
// from starts. visit says whether to go on to a block's successors, and
// whether to stop the whole walk.
func walkLive(starts []*cfg.Block, visit func(*cfg.Block) (descend, stop bool)) {
	seen := make(map[*cfg.Block]bool)
	stack := append([]*cfg.Block(nil), starts...)
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[b] || !b.Live {
			continue
		}
		seen[b] = true
		descend, stop := visit(b)
		if stop {
			return
		}
		if descend {
			stack = append(stack, b.Succs...)
		}
	}
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
	ast.Inspect(body, func(n ast.Node) bool {
		if found != nil {
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

// checkMissingReturn applies rule 4 to the error response ne, node i of
// block b: if a path from it reaches another write, the branch lacks a
// return.
func (s *state) checkMissingReturn(fi *funcInfo, b *cfg.Block, i int, ne nodeEffect) {
	stmt, ok := b.Nodes[i].(ast.Stmt)
	if !ok {
		return
	}
	ctx := s.stmtContext(fi, stmt)
	if ctx == nil {
		return
	}
	for _, st := range ctx.list {
		switch st.(type) {
		case *ast.AssignStmt, *ast.IncDecStmt:
			return // a flag or a fallback: the code below may depend on it
		}
	}
	full := ne.eff == effErrFull
	second := func(e effect) bool {
		switch e {
		case effErrFull, effErrStatus, effStatus:
			return true
		case effBody, effBodyMaybe:
			return full
		}
		return false
	}
	var found ast.Node
	scan := func(nodes []ast.Node) (stop bool) {
		for _, n := range nodes {
			e := s.nodeEffect(fi, n)
			if e.eff.writes() {
				if second(e.eff) && (n.Pos() < ctx.owner.Pos() || n.Pos() >= ctx.owner.End()) {
					found = n
				}
				return true
			}
		}
		return false
	}
	if !scan(b.Nodes[i+1:]) && b.Return() == nil {
		walkLive(b.Succs, func(blk *cfg.Block) (descend, stop bool) {
			if scan(blk.Nodes) || blk.Return() != nil {
				return false, found != nil
			}
			return true, false
		})
	}
	if found == nil {
		return
	}
	line := s.pass.Fset.Position(found.Pos()).Line
	s.report(ne.at.Pos(), ne.at.End(), fmt.Sprintf(msgNoReturn, line), s.missingReturnFix(fi, ctx))
}

// A stmtContext is where a statement sits: the list it belongs to, and
// the if or case that owns the list.
type stmtContext struct {
	list  []ast.Stmt
	owner ast.Node // *ast.IfStmt, *ast.CaseClause or *ast.CommClause
	block ast.Node // *ast.BlockStmt, *ast.CaseClause or *ast.CommClause holding list
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

// checkLateHeader applies rule 5 to node n, reached only after a write.
func (s *state) checkLateHeader(fi *funcInfo, n ast.Node) {
	ast.Inspect(n, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if e, judged := s.callEffect(fi, m); judged {
				if e == effHeader && !s.isTrailerKey(m) {
					s.report(m.Pos(), m.End(), msgLateHeader, nil)
				}
				return false
			}
		}
		return true
	})
}

func (s *state) isTrailerKey(call *ast.CallExpr) bool {
	if len(call.Args) == 0 {
		return false
	}
	tv, ok := s.pass.TypesInfo.Types[call.Args[0]]
	if !ok || tv.Value == nil {
		return false
	}
	key := strings.Trim(tv.Value.ExactString(), `"`)
	return strings.HasPrefix(key, "Trailer:") || strings.EqualFold(key, "Trailer")
}

// setsTrailers reports whether the function declares trailers, which are
// set after the body on purpose.
func (s *state) setsTrailers(fi *funcInfo) bool {
	found := false
	ast.Inspect(fi.body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && !found {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && s.isHeaderCall(fi, ast.Unparen(sel.X)) && s.isTrailerKey(call) {
				found = true
			}
		}
		return !found
	})
	return found
}

// checkErrorBranchStatuses applies rule 3 to every error branch of the
// package: a constant success status written there.
func (s *state) checkErrorBranchStatuses(ins *inspector.Inspector) {
	ins.Preorder([]ast.Node{(*ast.IfStmt)(nil), (*ast.SwitchStmt)(nil)}, func(n ast.Node) {
		if astutil.IsTestFile(s.pass.Fset, n.Pos()) {
			return
		}
		var brs []*errBranch
		switch n := n.(type) {
		case *ast.IfStmt:
			if br := s.ifBranch(n); br != nil {
				brs = append(brs, br)
			}
		case *ast.SwitchStmt:
			if n.Tag != nil {
				return
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
			for _, st := range br.list {
				ast.Inspect(st, func(m ast.Node) bool {
					switch m := m.(type) {
					case *ast.FuncLit:
						return false
					case *ast.CallExpr:
						if code, ok := s.statusArg(m); ok && code >= 200 && code < 300 {
							s.report(m.Pos(), m.End(), fmt.Sprintf(msgSuccess, code), nil)
						}
					}
					return true
				})
			}
		}
	})
}

// statusArg returns the constant status of a call to http.Error or to a
// ResponseWriter's WriteHeader.
func (s *state) statusArg(call *ast.CallExpr) (int64, bool) {
	fn, ok := typeutil.Callee(s.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return 0, false
	}
	switch {
	case fn.FullName() == "net/http.Error" && len(call.Args) == 3:
		return s.constInt(call.Args[2])
	case fn.Name() == "WriteHeader" && len(call.Args) == 1 && s.isWriterMethod(fn):
		return s.constInt(call.Args[0])
	}
	return 0, false
}

// isWriterMethod reports whether fn is a method of http.ResponseWriter or
// of a type that implements it.
func (s *state) isWriterMethod(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return false
	}
	rt := sig.Recv().Type()
	if isResponseWriter(rt) {
		return true
	}
	rw := s.responseWriterIface()
	if rw == nil {
		return false
	}
	if types.Implements(rt, rw) {
		return true
	}
	if _, isPtr := rt.(*types.Pointer); !isPtr {
		return types.Implements(types.NewPointer(rt), rw)
	}
	return false
}

func (s *state) responseWriterIface() *types.Interface {
	var scope *types.Scope
	if s.pass.Pkg.Path() == "net/http" {
		scope = s.pass.Pkg.Scope()
	} else {
		for _, imp := range s.pass.Pkg.Imports() {
			if imp.Path() == "net/http" {
				scope = imp.Scope()
			}
		}
	}
	if scope == nil {
		return nil
	}
	obj := scope.Lookup("ResponseWriter")
	if obj == nil {
		return nil
	}
	iface, _ := obj.Type().Underlying().(*types.Interface)
	return iface
}

// checkCall applies rule 7 and the unified-500 option to a call.
func (s *state) checkCall(call *ast.CallExpr, encl *ast.FuncDecl) {
	code, ok := s.statusArg(call)
	if !ok {
		return
	}
	if code < 100 || code > 999 {
		s.report(call.Pos(), call.End(), fmt.Sprintf(msgInvalid, code), nil)
		return
	}
	if code != 500 || len(s.unified) == 0 {
		return
	}
	if encl != nil && call.Pos() >= encl.Pos() && call.End() <= encl.End() {
		if fn, ok := s.pass.TypesInfo.Defs[encl.Name].(*types.Func); ok {
			for _, u := range s.unified {
				if fn.FullName() == u {
					return
				}
			}
		}
	}
	s.report(call.Pos(), call.End(), fmt.Sprintf(msgUnified, s.unified[0], s.unified[0]), nil)
}
