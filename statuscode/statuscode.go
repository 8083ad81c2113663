package statuscode

import (
	_ "embed"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/extinctlint/extinct/internal/analysisdoc"
	"github.com/extinctlint/extinct/internal/nofail"
	"github.com/extinctlint/extinct/internal/rules"
	"github.com/extinctlint/extinct/internal/suppress"
)

//go:embed doc.go
var doc string

// Analyzer reports HTTP error paths that do not answer with an error status.
var Analyzer = &analysis.Analyzer{
	Name:      "statuscode",
	Doc:       rules.Doc(analysisdoc.Extract(doc, "statuscode"), ruleList),
	URL:       "https://github.com/extinctlint/extinct/tree/main/statuscode",
	Run:       suppress.Generated(run),
	Requires:  []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer, nofail.Analyzer},
	FactTypes: []analysis.Fact{new(writerFact), new(noReturnFact)},
}

// The rules, documented in doc.go under "# Rule ID".
var (
	ruleNoStatus = rules.New(doc, "statuscode/no-status", rules.Default,
		"an error path returns without writing a status (200 with an empty body)")
	ruleBody200 = rules.New(doc, "statuscode/body-200", rules.Strict,
		"an error body written with an implicit 200")
	rulePanic200 = rules.New(doc, "statuscode/panic-200", rules.Default,
		"a recovered panic answered with a body and an implicit 200")
	ruleSuccessStatus = rules.New(doc, "statuscode/success-status", rules.Default,
		"a success status written on an error path")
	ruleMissingReturn = rules.New(doc, "statuscode/missing-return", rules.Default,
		"no return after the error response")
	ruleLateHeader = rules.New(doc, "statuscode/late-header", rules.Default,
		"a header set after the response was written")
	ruleLogContinue = rules.New(doc, "statuscode/log-continue", rules.Default,
		"the error is logged and the handler carries on")
	ruleInvalidStatus = rules.New(doc, "statuscode/invalid-status", rules.Default,
		"a constant status outside 100..999")
	ruleUnified500 = rules.New(doc, "statuscode/unified-500", rules.Default,
		"a direct 500 bypassing the functions named by -statuscode.internal-error-func")
)

type rule struct {
	*rules.Rule
	// check reports the rule's findings. It is nil for the path rules,
	// which one shared path analysis (checkPaths) reports.
	check func(s *state, ins *inspector.Inspector)
}

var table = []rule{
	{ruleNoStatus, nil},
	{ruleBody200, nil},
	{rulePanic200, nil},
	{ruleSuccessStatus, (*state).checkSuccessStatus},
	{ruleMissingReturn, nil},
	{ruleLateHeader, nil},
	{ruleLogContinue, nil},
	{ruleInvalidStatus, (*state).checkInvalidStatus},
	{ruleUnified500, (*state).checkUnified500},
}

var ruleList = rules.Register(ruleNoStatus, ruleBody200, rulePanic200, ruleSuccessStatus, ruleMissingReturn,
	ruleLateHeader, ruleLogContinue, ruleInvalidStatus, ruleUnified500)

// internalErrorFuncs is the value of -statuscode.internal-error-func: a
// comma-separated list of functions (path.Func or (*path.T).Method).
var internalErrorFuncs string

func init() {
	Analyzer.Flags.StringVar(&internalErrorFuncs, "internal-error-func", "",
		"comma-separated list of the functions (pkg/path.Func) that answer every 500; direct 500s elsewhere are reported and the missing-status fix calls the first")
}

func run(pass *analysis.Pass) (any, error) {
	s := newState(pass, parseFuncList(internalErrorFuncs))
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	// Every package says which of its functions never return (a helper
	// that logs and exits), for the handlers in the packages importing it.
	s.indexFuncs(ins)
	s.exportNoReturn()
	if !importsHTTP(pass.Pkg) {
		return nil, nil
	}
	// Error branches that cannot run (deadbranch.go), before any flow:
	// the summaries exported below do not follow them either.
	s.findDeadBranches(ins)
	s.findFlushers(ins)
	paths := false
	for _, r := range table {
		switch {
		case !r.Enabled():
		case r.check == nil:
			paths = true
		default:
			r.check(s, ins)
		}
	}
	if paths {
		s.checkPaths(ins) // once, for every enabled path rule
	}
	return nil, nil
}

// importsHTTP reports whether pkg is net/http or imports it: a package that
// does not cannot name an http.ResponseWriter.
func importsHTTP(pkg *types.Package) bool {
	if pkg.Path() == "net/http" {
		return true
	}
	for _, imp := range pkg.Imports() {
		if imp.Path() == "net/http" {
			return true
		}
	}
	return false
}

func parseFuncList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}
