package statuscode

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"

	"github.com/extinctlint/extinct/internal/astutil"
	"github.com/extinctlint/extinct/internal/nofail"
	"github.com/extinctlint/extinct/internal/rules"
)

// state is the per-pass analysis state.
type state struct {
	pass         *analysis.Pass
	cfgs         *ctrlflow.CFGs
	decls        map[*types.Func]*ast.FuncDecl
	stmtCalls    map[ast.Node][]*ast.CallExpr // calls made as statements, per function (declaration or literal)
	noRet        map[*types.Func]bool         // memo of neverReturns for this package's functions
	infos        map[ast.Node]*funcInfo
	summaries    map[*types.Func]uint8
	statusParams map[*types.Func]int  // writerFact.StatusParam of this package's functions
	bodies       map[*types.Func]bool // writerFact.Body of this package's functions
	bodyErrs     map[*types.Func]int  // writerFact.BodyErrParam of this package's functions
	headerFirsts map[*types.Func]bool // writerFact.HeaderFirst of this package's functions
	busy         map[*types.Func]bool
	unified      []string // -statuscode.internal-error-func
	reported     map[reportKey]bool
	testSupport  map[*token.File]bool   // files whose servers are fakes (testSupportFiles)
	sources      map[*token.File][]byte // file contents read for fixes, once per file
	trailers     map[string]bool        // keys the package announces in the "Trailer" header (declaredTrailers)
	recovered    map[*types.Var]bool    // variables assigned from recover() in deferred functions (markRecovered)
	nofail       *nofail.Result         // the functions of the module that never fail
	deadConds    map[ast.Expr]uint8     // if conditions with an edge that cannot be taken (deadbranch.go)
	deadSpans    []span                 // code only such an edge reaches
	valueFuncs   map[*types.Func]bool   // functions referred to other than as a callee (usedAsValue), on first use
	owners       map[*funcInfo]bool     // ownsStatus's answers, per function
	flushers     map[*types.Var]bool    // variables holding the writer as an http.Flusher (flusher.go)
}

func newState(pass *analysis.Pass, unified []string) *state {
	return &state{
		pass:         pass,
		cfgs:         pass.ResultOf[ctrlflow.Analyzer].(*ctrlflow.CFGs),
		decls:        make(map[*types.Func]*ast.FuncDecl),
		stmtCalls:    make(map[ast.Node][]*ast.CallExpr),
		noRet:        make(map[*types.Func]bool),
		infos:        make(map[ast.Node]*funcInfo),
		owners:       make(map[*funcInfo]bool),
		summaries:    make(map[*types.Func]uint8),
		statusParams: make(map[*types.Func]int),
		bodies:       make(map[*types.Func]bool),
		bodyErrs:     make(map[*types.Func]int),
		headerFirsts: make(map[*types.Func]bool),
		busy:         make(map[*types.Func]bool),
		unified:      unified,
		reported:     make(map[reportKey]bool),
		testSupport:  testSupportFiles(pass),
		nofail:       pass.ResultOf[nofail.Analyzer].(*nofail.Result),
	}
}

type reportKey struct {
	pos token.Pos
	msg string
}

// report reports a finding of rule r (dropped when r is disabled), once per
// position and message, and never in a _test.go file.
func (s *state) report(r *rules.Rule, pos, end token.Pos, msg string, fixes []analysis.SuggestedFix) {
	if astutil.IsTestFile(s.pass.Fset, pos) || s.testSupport[s.pass.Fset.File(pos)] {
		return // test servers misbehave on purpose; facts about them still hold
	}
	if s.inDeadBranch(pos) {
		return // an error branch that cannot run
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
	r.Report(s.pass, analysis.Diagnostic{Pos: pos, End: end, Message: msg, SuggestedFixes: fixes})
}
