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
	"github.com/extinctlint/extinct/internal/rules"
	"github.com/extinctlint/extinct/internal/suppress"
)

//go:embed doc.go
var doc string

// Analyzer reports HTTP error paths that do not answer with an error status.
var Analyzer = &analysis.Analyzer{
	Name: "statuscode",
	Doc: rules.Doc(analysisdoc.Extract(doc, "statuscode"), []*rules.Rule{
		ruleNoStatus, ruleBody200, ruleSuccessStatus, ruleMissingReturn,
		ruleLateHeader, ruleLogContinue, ruleInvalidStatus, ruleUnified500,
	}),
	URL:       "https://github.com/extinctlint/extinct/tree/main/statuscode",
	Run:       suppress.Generated(run),
	Requires:  []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer},
	FactTypes: []analysis.Fact{new(writerFact)},
}

// The rules, documented in doc.go under "# Rule ID".
var (
	ruleNoStatus = &rules.Rule{ID: "statuscode/no-status", Tier: rules.Default,
		Summary: "an error path returns without writing a status (200 with an empty body)",
		Doc:     analysisdoc.Rule(doc, "statuscode/no-status")}
	ruleBody200 = &rules.Rule{ID: "statuscode/body-200", Tier: rules.Default,
		Summary: "an error body written with an implicit 200",
		Doc:     analysisdoc.Rule(doc, "statuscode/body-200")}
	ruleSuccessStatus = &rules.Rule{ID: "statuscode/success-status", Tier: rules.Default,
		Summary: "a success status written on an error path",
		Doc:     analysisdoc.Rule(doc, "statuscode/success-status")}
	ruleMissingReturn = &rules.Rule{ID: "statuscode/missing-return", Tier: rules.Default,
		Summary: "no return after the error response",
		Doc:     analysisdoc.Rule(doc, "statuscode/missing-return")}
	ruleLateHeader = &rules.Rule{ID: "statuscode/late-header", Tier: rules.Default,
		Summary: "a header set after the response was written",
		Doc:     analysisdoc.Rule(doc, "statuscode/late-header")}
	ruleLogContinue = &rules.Rule{ID: "statuscode/log-continue", Tier: rules.Default,
		Summary: "the error is logged and the handler carries on",
		Doc:     analysisdoc.Rule(doc, "statuscode/log-continue")}
	ruleInvalidStatus = &rules.Rule{ID: "statuscode/invalid-status", Tier: rules.Default,
		Summary: "a constant status outside 100..999",
		Doc:     analysisdoc.Rule(doc, "statuscode/invalid-status")}
	ruleUnified500 = &rules.Rule{ID: "statuscode/unified-500", Tier: rules.Default,
		Summary: "a direct 500 bypassing the functions named by -statuscode.internal-error-func",
		Doc:     analysisdoc.Rule(doc, "statuscode/unified-500")}
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
	{ruleSuccessStatus, (*state).checkSuccessStatus},
	{ruleMissingReturn, nil},
	{ruleLateHeader, nil},
	{ruleLogContinue, nil},
	{ruleInvalidStatus, (*state).checkInvalidStatus},
	{ruleUnified500, (*state).checkUnified500},
}

var _ = rules.Register(ruleNoStatus, ruleBody200, ruleSuccessStatus, ruleMissingReturn,
	ruleLateHeader, ruleLogContinue, ruleInvalidStatus, ruleUnified500)

// internalErrorFuncs is the value of -statuscode.internal-error-func: a
// comma-separated list of functions (path.Func or (*path.T).Method).
var internalErrorFuncs string

func init() {
	Analyzer.Flags.StringVar(&internalErrorFuncs, "internal-error-func", "",
		"comma-separated list of the functions (pkg/path.Func) that answer every 500; direct 500s elsewhere are reported and the missing-status fix calls the first")
}

func run(pass *analysis.Pass) (any, error) {
	if !importsHTTP(pass.Pkg) {
		return nil, nil
	}
	s := newState(pass, parseFuncList(internalErrorFuncs))
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
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
