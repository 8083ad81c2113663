package debugprint

import (
	_ "embed"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/extinctlint/extinct/internal/analysisdoc"
	"github.com/extinctlint/extinct/internal/rules"
	"github.com/extinctlint/extinct/internal/suppress"
)

//go:embed doc.go
var doc string

// Analyzer reports leftover debug output.
var Analyzer = &analysis.Analyzer{
	Name:     "debugprint",
	Doc:      rules.Doc(analysisdoc.Extract(doc, "debugprint"), ruleList),
	URL:      "https://github.com/extinctlint/extinct/tree/main/debugprint",
	Run:      suppress.Generated(run),
	Requires: []*analysis.Analyzer{inspect.Analyzer},
}

// The rules, documented in doc.go under "# Rule ID".
var (
	ruleBuiltin = rules.New(doc, "debugprint/builtin", rules.Default,
		"a call of the builtin print or println")
	ruleDump = rules.New(doc, "debugprint/dump", rules.Default,
		"a dump helper of a debugging library (spew, pp, kr/pretty, litter) or a function named by -debugprint.funcs")
	ruleScaffold = rules.New(doc, "debugprint/scaffold", rules.Default,
		"cobra's generated placeholder fmt.Println(\"NAME called\") left in a command")
	ruleDebugOutput = rules.New(doc, "debugprint/debug-output", rules.Strict,
		"fmt output of a debugging dump (bare values, a format without prose, a marker) in library code")
	ruleLibraryOutput = rules.New(doc, "debugprint/library-output", rules.Strict,
		"fmt.Print, a write to stdout or stderr, or debug.PrintStack in library code")
	ruleNewOutput = newOutputRule()
)

// newOutputRule declares debugprint/new-output, which runs whenever only
// changed lines are reported.
func newOutputRule() *rules.Rule {
	r := rules.New(doc, "debugprint/new-output", rules.Strict,
		"a fmt print to stdout added to library code (reported on changed lines)")
	r.ChangedLines = true
	return r
}

// A rule is one rule of the table with its check. The checks share one walk
// over the syntax: check examines one call of a function of kinds, which
// the walk found.
type rule struct {
	*rules.Rule
	kinds kindSet
	check func(c *checker, pass *analysis.Pass, p *printCall)
}

var table = []rule{
	{ruleBuiltin, kinds(kindBuiltin), checkBuiltin},
	{ruleDump, kinds(kindDump, kindExtra), checkDump},
	{ruleScaffold, kinds(kindStdout), checkScaffold},
	{ruleDebugOutput, kinds(kindStdout, kindWriterArg), checkDebugOutput},
	{ruleLibraryOutput, kinds(kindStdout, kindWriterArg, kindStreamMethod, kindPrintStack), checkLibraryOutput},
	{ruleNewOutput, kinds(kindStdout, kindWriterArg), checkNewOutput},
}

var ruleList = rules.Register(ruleBuiltin, ruleDump, ruleScaffold, ruleDebugOutput, ruleLibraryOutput, ruleNewOutput)

// Flag values. They are set only while flags are parsed, before any pass
// runs, and only read by run.
var (
	extraFuncs  funcList
	allowedPkgs patternList
	checkTests  bool
)

func init() {
	Analyzer.Flags.Var(&extraFuncs, "funcs", "comma-separated functions to report as debug output everywhere, as pkg/path.Func or pkg/path.Type.Method")
	Analyzer.Flags.Var(&allowedPkgs, "allow", "comma-separated package path patterns (path, or path/... for the tree) where writing to stdout and stderr is legitimate, as in package main")
	Analyzer.Flags.BoolVar(&checkTests, "tests", false, "also check _test.go files (Example functions stay exempt)")
}

// An enabledRule is a rule that runs in this pass, with the pass that tags
// its findings.
type enabledRule struct {
	rule
	pass *analysis.Pass
}

func run(pass *analysis.Pass) (any, error) {
	c := &checker{pass: pass}
	for _, r := range table {
		if r.Enabled() {
			c.rules = append(c.rules, enabledRule{r, r.Pass(pass)})
			c.kinds |= r.kinds
		}
	}
	if len(c.rules) == 0 {
		return nil, nil
	}
	c.targets = lookupTargets(pass)
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	nodes := []ast.Node{(*ast.FuncDecl)(nil), (*ast.CallExpr)(nil)}
	for fileCur := range in.Root().Children() {
		file, ok := fileCur.Node().(*ast.File)
		if !ok {
			continue
		}
		tf := pass.Fset.File(file.FileStart)
		if tf == nil {
			continue
		}
		name := tf.Name()
		isTest := strings.HasSuffix(name, "_test.go")
		if isTest && !checkTests {
			continue
		}
		c.file, c.fileCur, c.src, c.inTest = file, fileCur, nil, isTest
		fileCur.Inspect(nodes, func(cur inspector.Cursor) bool {
			switch n := cur.Node().(type) {
			case *ast.FuncDecl:
				return !isExample(n)
			case *ast.CallExpr:
				c.call(cur, n)
			}
			return true
		})
	}
	return nil, nil
}

// isExample reports whether fn is a testable example (func ExampleXxx()),
// whose output is its contract.
func isExample(fn *ast.FuncDecl) bool {
	name := fn.Name.Name
	if fn.Recv != nil || !strings.HasPrefix(name, "Example") || fn.Type.Params.NumFields() != 0 {
		return false
	}
	rest := name[len("Example"):]
	return rest == "" || rest[0] == '_' || !(rest[0] >= 'a' && rest[0] <= 'z')
}

// A checker holds the state of one pass.
type checker struct {
	pass    *analysis.Pass
	rules   []enabledRule
	kinds   kindSet // the kinds of call the enabled rules examine
	targets map[*types.Func]kind

	// Facts about the package, worked out on first need, so that a
	// package without prints, or whose rules do not ask, pays nothing.
	testSupport lazyBool // the package exists for tests: like a _test.go file
	library     lazyBool // the package is library code (isLibrary)

	// lines: what a print statement is to a listing (headingBefore),
	// worked out once per call, however many rows look back past it.
	lines map[*ast.CallExpr]listingLine
	// gatedFuncs: whether every call of an unexported function is behind
	// a runtime switch (gated), worked out once per function.
	gatedFuncs map[*types.Func]bool
	// funcRefs indexes the references to the package's functions
	// (references).
	funcRefs map[*types.Func][]*ast.Ident

	file    *ast.File
	fileCur inspector.Cursor
	src     []byte // contents of file, read on demand for fixes
	inTest  bool   // file is a _test.go file (with -debugprint.tests)
}

// A lazyBool is a bool worked out on first need.
type lazyBool struct{ known, v bool }

func (b *lazyBool) get(f func() bool) bool {
	if !b.known {
		b.v, b.known = f(), true
	}
	return b.v
}

// call hands one call expression, if it is a call of a reported function,
// to the enabled rules that examine its kind, in the order of the table,
// until one reports it: a call is reported once.
func (c *checker) call(cur inspector.Cursor, call *ast.CallExpr) {
	p, ok := c.classify(cur, call)
	if !ok {
		return
	}
	for _, r := range c.rules {
		if r.kinds.has(p.kind) {
			r.check(c, r.pass, &p)
			if p.reported {
				return
			}
		}
	}
}

// report reports call with message msg through pass (a rule's) and, where
// deleting the statement is safe, a fix that deletes it.
func (c *checker) report(pass *analysis.Pass, p *printCall, msg string) {
	d := analysis.Diagnostic{
		Pos:     p.call.Pos(),
		End:     p.call.End(),
		Message: msg,
	}
	if edits := c.deletion(p.cur, p.call); edits != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "Delete the debug output",
			TextEdits: edits,
		}}
	}
	pass.Report(d)
	p.reported = true
}
