package errstring

import (
	_ "embed"
	"go/ast"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/extinctlint/extinct/internal/analysisdoc"
	"github.com/extinctlint/extinct/internal/rules"
	"github.com/extinctlint/extinct/internal/suppress"
)

//go:generate go run -tags tools ./internal/sentinels/gensentinels

//go:embed doc.go
var doc string

// Analyzer reports errors carried as strings, matched by their text, or
// wrapped without %w.
var Analyzer = &analysis.Analyzer{
	Name:      "errstring",
	Doc:       rules.Doc(analysisdoc.Extract(doc, "errstring"), ruleList),
	URL:       "https://github.com/extinctlint/extinct/tree/main/errstring",
	Run:       suppress.Generated(run),
	Requires:  []*analysis.Analyzer{inspect.Analyzer},
	FactTypes: []analysis.Fact{new(mayReturn), new(tested)},
}

// tests is the flag -errstring.tests (_test.go files too): set by flag
// parsing before any pass runs, only read afterwards.
var tests = false

func init() {
	Analyzer.Flags.BoolVar(&tests, "tests", false, "check _test.go files too")
}

// The rules; their documentation is their section of doc.go.
var (
	ruleStringResult = rules.New(doc, "errstring/string-result", rules.Default,
		"a function reports failure through a string result instead of an error")
	ruleTextCarried = rules.New(doc, "errstring/text-carried", rules.Default,
		"error text is sent on a chan string or collected in a returned []string")
	ruleNewSprintf = rules.New(doc, "errstring/new-sprintf", rules.Default,
		"errors.New(fmt.Sprintf(...)) instead of fmt.Errorf")
	ruleMatchText = rules.New(doc, "errstring/match-text", rules.Default,
		"err.Error() is matched against text instead of errors.Is or errors.As")
	ruleMatchForeign = rules.New(doc, "errstring/match-foreign-text", rules.Strict,
		"err.Error() is matched against text for which the code offers no sentinel or error type")
	ruleWrap = rules.New(doc, "errstring/wrap", rules.Strict,
		"fmt.Errorf formats an error with %v or %s instead of wrapping it with %w")
	ruleWrapIdentity = rules.New(doc, "errstring/wrap-identity", rules.Strict,
		"fmt.Errorf formats with %v or %s an error whose sentinel or type the module tests")
)

// A rule is one of errstring's rules and its check. All rules share one
// walk of the syntax (walk.go), which keeps the stack of enclosing
// functions; it hands each enabled rule the nodes of the kinds it asks for.
type rule struct {
	*rules.Rule
	// nodes are the kinds of node check is given.
	nodes []ast.Node
	// check looks at n, the top of stack, and reports the rule's findings
	// through pass, which tags them with the rule.
	check func(c *checker, pass *analysis.Pass, n ast.Node, stack []ast.Node)
	// leave, if set, is called when the walk leaves the function of fr.
	leave func(c *checker, pass *analysis.Pass, fr *frame)
}

var table = []rule{
	{ruleStringResult, stringResultNodes, (*checker).checkStringResult, (*checker).leaveStringResult},
	{ruleTextCarried, textCarriedNodes, (*checker).checkTextCarried, (*checker).leaveTextCarried},
	{ruleNewSprintf, callNodes, (*checker).checkNewSprintf, nil},
	{ruleMatchText, matchTextNodes, (*checker).checkMatchText, nil},
	{ruleMatchForeign, matchTextNodes, (*checker).checkMatchForeign, nil},
	{ruleWrap, callNodes, (*checker).checkWrap, nil},
	{ruleWrapIdentity, callNodes, (*checker).checkWrapIdentity, nil},
}

var ruleList = rules.Register(ruleStringResult, ruleTextCarried, ruleNewSprintf, ruleMatchText, ruleMatchForeign, ruleWrap, ruleWrapIdentity)

func run(pass *analysis.Pass) (any, error) {
	c := &checker{pass: pass, testSupport: isTestSupport(pass)}
	for _, r := range table {
		if r.Enabled() {
			c.rules = append(c.rules, enabled{r, r.Pass(pass)})
		}
	}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	if ruleWrapIdentity.Enabled() || ruleTextCarried.Enabled() || ruleMatchText.Enabled() || ruleMatchForeign.Enabled() {
		c.ids = newIdentities(pass, in)
	}
	if len(c.rules) > 0 {
		c.walk(in)
	}
	return nil, nil
}
