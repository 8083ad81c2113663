package errcheckcb

import (
	_ "embed"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/extinctlint/extinct/internal/analysisdoc"
	"github.com/extinctlint/extinct/internal/astutil"
	"github.com/extinctlint/extinct/internal/nofail"
	"github.com/extinctlint/extinct/internal/rules"
	"github.com/extinctlint/extinct/internal/suppress"
)

//go:embed doc.go
var doc string

// The rules, documented in doc.go's "# Rule ID" sections.
var (
	ruleUnchecked = rules.New(doc, "errcheckcb/unchecked", rules.Default,
		"a dropped error whose failure loses data written or makes later code wrong (a written file's Close, a write to it, a walk)").Alias("errcheck")
	ruleUncheckedAny = rules.New(doc, "errcheckcb/unchecked-any", rules.Strict,
		"any other call's error result discarded by an expression, go or defer statement (errcheck's policy)").Alias("errcheck")
	ruleBlank = rules.New(doc, "errcheckcb/blank", rules.Strict,
		"an error is assigned to _ without a comment saying why").Alias("errcheck")
	ruleBlankLossy = rules.New(doc, "errcheckcb/blank-lossy", rules.Strict,
		"the error of a write to a file opened for writing, os.WriteFile or a walk is assigned to _ without a reason").Alias("errcheck")
	ruleBlankClose = rules.New(doc, "errcheckcb/blank-close", rules.Strict,
		"the error of a Close of a file or sink written to is assigned to _ without a reason").Alias("errcheck")
	ruleEmptyBranch = rules.New(doc, "errcheckcb/empty-branch", rules.Default,
		"an error is checked and then swallowed by an empty branch (if err != nil {})")
	ruleCallback = rules.New(doc, "errcheckcb/callback", rules.Default,
		"a callback's error parameter is never checked (filepath.WalkDir and the like)")
)

// A rule is one rule of the analyzer and its check, which reports only that
// rule's findings.
type rule struct {
	*rules.Rule
	check func(pass *analysis.Pass, s *shared)
}

// table is the analyzer's rule table, in the order the rules run.
var table = []rule{
	{ruleUnchecked, checkUnchecked},
	{ruleUncheckedAny, checkUncheckedAny},
	{ruleBlank, checkBlank},
	{ruleBlankLossy, checkBlankLossy},
	{ruleBlankClose, checkBlankClose},
	{ruleEmptyBranch, checkEmptyBranch},
	{ruleCallback, checkCallbacks},
}

var ruleList = rules.Register(ruleUnchecked, ruleUncheckedAny, ruleBlank, ruleBlankLossy, ruleBlankClose, ruleEmptyBranch, ruleCallback)

// Analyzer reports ignored errors.
var Analyzer = &analysis.Analyzer{
	Name:      "errcheckcb",
	Doc:       rules.Doc(analysisdoc.Extract(doc, "errcheckcb"), ruleList),
	URL:       "https://github.com/extinctlint/extinct/tree/main/errcheckcb",
	Run:       suppress.Generated(run),
	Requires:  []*analysis.Analyzer{inspect.Analyzer, nofail.Analyzer},
	FactTypes: []analysis.Fact{new(nilErrArgs)},
}

// The options. They are set only while flags are parsed (before any pass
// runs) and only read during run.
var (
	// optTests: also report in _test.go files (-errcheckcb.tests).
	optTests bool
	// optExclude: the -errcheckcb.exclude and -errcheckcb.exclude-file
	// entries, added to the default exclusions.
	optExclude excludeFlag
	// optExcludeFile: see excludeFileFlag.
	optExcludeFile = excludeFileFlag{list: &optExclude}
)

func init() {
	Analyzer.Flags.BoolVar(&optTests, "tests", false,
		"also report in _test.go files (every errcheckcb rule)")
	Analyzer.Flags.Var(&optExclude, "exclude",
		"comma-separated calls whose error may go unchecked, in errcheck's syntax: pkg/path.Func, (*pkg/path.Type).Method, (pkg/path.Iface).Method, fmt.Fprintf(os.Stdout)")
	Analyzer.Flags.Var(&optExcludeFile, "exclude-file",
		"file of calls whose error may go unchecked, one a line in errcheck's syntax; lines starting with // are comments")
}

// shared is what the rules' checks share in one pass.
type shared struct {
	inspect *inspector.Inspector
	// module is the module of the package under analysis (see passModule).
	module string
	// nofail knows the functions of the module that never fail
	// (internal/nofail), whose calls errcheckcb/unchecked and
	// errcheckcb/blank exempt.
	nofail *nofail.Result
	// testSupport: a package whose non-test files import testing, or a
	// package that imports it (a test framework): test helpers, whose
	// dropped errors fail the test anyway (see isTestSupport).
	testSupport bool
	// lossy: the blanks errcheckcb/blank-lossy and errcheckcb/blank-close
	// report, found by the first of them to run (blank_lossy.go).
	lossy *[]lossyFinding
	// unchecked: the dropped errors both unchecked rules report from,
	// classified by the first of them to run (unchecked.go).
	unchecked *uncheckedScan
}

func run(pass *analysis.Pass) (any, error) {
	if !optTests {
		// Test files are not reported unless -errcheckcb.tests: this holds
		// for every rule of the analyzer, so it is applied here, once.
		report := pass.Report
		filtered := *pass
		filtered.Report = func(d analysis.Diagnostic) {
			if !astutil.IsTestFile(pass.Fset, d.Pos) {
				report(d)
			}
		}
		pass = &filtered
	}
	s := &shared{
		inspect: pass.ResultOf[inspect.Analyzer].(*inspector.Inspector),
		module:  passModule(pass),
		nofail:  pass.ResultOf[nofail.Analyzer].(*nofail.Result),
	}
	s.testSupport = isTestSupport(pass)
	for _, r := range table {
		if r.Enabled() {
			r.check(r.Pass(pass), s)
		}
	}
	return nil, nil
}

// Helpers shared by the rules of this package, to be kept stable: the
// error types (errortype.go); the exclusions and exemptions of the
// unchecked rules that errcheckcb/blank applies too (uncheckedExclusions,
// isExcludedCall in unchecked_exclude.go; isUndoRead, isHashWrite,
// printsToBuffer, isConstSetenv in exempt.go; onErrorPath in errorpath.go;
// the never-failing functions, internal/nofail); the files written (openfiles.go, writedest.go); the package's own code (ownmodule.go); the
// reason comments (reason.go); and cbFuncName (callback_context.go).

// isTestSupport reports whether a file of the package that is not a
// _test.go file imports testing or a test framework (testify, gomega,
// ginkgo, gocheck, gotest.tools): the package is test support (fixtures,
// helpers, fakes), whose errors end in a failed test, not in lost data. A
// package that only imports one with test helpers of its own (restic's
// internal/restic has a testing.go) is not.
func isTestSupport(pass *analysis.Pass) bool {
	for _, f := range pass.Files {
		if astutil.IsTestFile(pass.Fset, f.FileStart) {
			continue
		}
		for _, spec := range f.Imports {
			path, err := strconv.Unquote(spec.Path.Value)
			if err != nil {
				continue
			}
			if path == "testing" || testFramework(path) {
				return true
			}
		}
	}
	return false
}

// testFramework reports whether an import path is a test framework's.
func testFramework(path string) bool {
	for _, prefix := range [...]string{"github.com/stretchr/testify/", "github.com/onsi/gomega", "github.com/onsi/ginkgo", "gopkg.in/check.v1", "gotest.tools/"} {
		if strings.HasPrefix(path, prefix) {
			return true
		}
	}
	return false
}
