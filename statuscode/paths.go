package statuscode

import (
	"go/ast"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"

	"github.com/extinctlint/extinct/internal/astutil"
)

// checkPaths is the path analysis that rules no-status, body-200,
// missing-return, late-header and log-continue share: it summarises every
// function that takes a writer (exporting facts for the named ones) and
// follows its paths once, each rule reporting what it finds.
func (s *state) checkPaths(ins *inspector.Inspector) {
	var funcs []ast.Node
	ins.Preorder([]ast.Node{(*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)}, func(n ast.Node) {
		funcs = append(funcs, n)
	})
	for _, n := range funcs {
		fi := s.funcInfo(n)
		if fi == nil {
			continue
		}
		if fn := fi.obj; fn != nil {
			s.summary(fn) // exports the fact
		}
		s.checkFunc(fi)
		s.checkDeferred(fi)
		if ruleBody200.Enabled() {
			s.checkCatchAll(fi)
		}
	}
}

// checkFunc applies the path rules to a function that takes a writer;
// disabled rules are skipped.
func (s *state) checkFunc(fi *funcInfo) {
	s.flow(fi)
	// Rules no-status and log-continue judge functions that own the
	// response: no results (an adapter returning error hands failure to its
	// caller) and no deferred call that may answer for them.
	// A function that never writes (it only sets headers or cookies) does
	// not own the response either: its caller answers.
	owns := fi.sig.Results().Len() == 0 && !fi.deferW && s.writesSomewhere(fi)
	search := ruleNoStatus.Enabled() || ruleBody200.Enabled()
	logContinue := owns && ruleLogContinue.Enabled()
	lateHeader := ruleLateHeader.Enabled() && !s.setsTrailers(fi)
	missingReturn := ruleMissingReturn.Enabled()
	// In tests, a fake server's error branch is judged by the test itself.
	judgeErrors := (search || logContinue) && !fi.deferW && !astutil.IsTestFile(s.pass.Fset, fi.body.Pos())
	var branches map[ast.Expr]*errBranch
	if judgeErrors {
		branches = s.branchesOf(fi)
	}
	for _, b := range fi.g.Blocks {
		m, reached := fi.in[b]
		if !reached {
			continue
		}
		for i, n := range b.Nodes {
			ne := s.nodeEffect(fi, n)
			if lateHeader && m != 0 && m&^(bDefinite|bMaybe) == 0 {
				s.checkLateHeader(fi, n, m&bMaybe == 0, false)
			} else if lateHeader && m&bNone != 0 && m&bDefinite != 0 && s.straightAfterStatus(fi, b) {
				s.checkLateHeader(fi, n, true, true)
			}
			if missingReturn && (ne.eff == effErrFull || ne.eff == effErrStatus ||
				ne.eff == effStatus && (s.isRedirect(ne.at) || s.inErrorBranch(fi, n))) {
				s.checkMissingReturn(fi, b, i, ne)
			}
			if missingReturn && ne.eff == effOkOrNone {
				s.checkDroppedAdapter(fi, b, i, ne)
			}
			m = apply(m, ne.eff)
		}
		if judgeErrors {
			s.judgeBranch(fi, b, m, branches, search, owns, logContinue)
		}
	}
	if judgeErrors && search && owns {
		s.checkTailClosures(fi)
	}
}

// judgeBranch applies no-status, body-200 and log-continue to the error
// branch that block b (with m written by its end) opens, if it opens one.
func (s *state) judgeBranch(fi *funcInfo, b *cfg.Block, m uint8, branches map[ast.Expr]*errBranch, search, owns, logContinue bool) {
	if len(b.Succs) != 2 || len(b.Nodes) == 0 {
		return
	}
	cond, ok := b.Nodes[len(b.Nodes)-1].(ast.Expr)
	br := branches[cond]
	if !ok || br == nil || m&bNone == 0 || s.nilIsFailure(fi, br) {
		return // not an error branch, or the response was already started
	}
	start := b.Succs[0]
	if br.inverted {
		start = b.Succs[1]
	}
	if _, reached := fi.in[start]; !reached {
		return // an error branch that cannot run
	}
	if search {
		s.searchBranch(fi, br, start, owns && s.noStatusSent(fi, b, m))
	}
	if logContinue {
		s.checkLogContinue(fi, br, b)
	}
}

// branchesOf returns fi's error branches, found once.
func (s *state) branchesOf(fi *funcInfo) map[ast.Expr]*errBranch {
	if fi.branches == nil {
		fi.branches = s.errorBranches(fi.body)
	}
	return fi.branches
}

// inErrorBranch reports whether n lies in an error branch of fi: a status
// written there is the error's answer whatever its value (openziti's
// renderJsonError(w, err) writes the status the error carries).
func (s *state) inErrorBranch(fi *funcInfo, n ast.Node) bool {
	for _, br := range s.branchesOf(fi) {
		if br.containsPos(n.Pos()) && !s.nilIsFailure(fi, br) {
			return true
		}
	}
	return false
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
// for a return reached with nothing written (rule no-status) and for a body
// written before any status (rule body-200).
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
			continue // the branch carried on into more work: log-continue's business
		}
		wrote := false
		for _, n := range b.Nodes {
			ne := s.nodeEffect(fi, n)
			if !ne.eff.writes() {
				continue
			}
			wrote = true
			if !exited {
				s.checkBody200(br, ne)
			}
			break
		}
		if wrote {
			continue
		}
		if ret := b.Return(); ret != nil {
			if owns {
				s.checkNoStatus(fi, br, ret, exited)
			}
			continue
		}
		for _, succ := range b.Succs {
			stack = append(stack, item{succ, exited})
		}
	}
}

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
