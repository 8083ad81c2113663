package errcheckcb

import (
	_ "embed"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/extinctlint/extinct/internal/analysisdoc"
	"github.com/extinctlint/extinct/internal/astutil"
	"github.com/extinctlint/extinct/internal/suppress"
)

//go:embed doc.go
var doc string

// Analyzer reports ignored errors.
var Analyzer = &analysis.Analyzer{
	Name:      "errcheckcb",
	Doc:       analysisdoc.Extract(doc, "errcheckcb"),
	URL:       "https://github.com/extinctlint/extinct/tree/main/errcheckcb",
	Run:       suppress.Generated(run),
	Requires:  []*analysis.Analyzer{inspect.Analyzer},
	FactTypes: []analysis.Fact{new(neverFails)},
}

// The options. They are set only while flags are parsed (before any pass
// runs) and only read during run.
var (
	// optTests: also report in _test.go files (-errcheckcb.tests).
	optTests bool
	// optDeferClose: also report deferred Close-like calls
	// (-errcheckcb.defer-close).
	optDeferClose bool
	// optEverywhere: also report in functions without an error result
	// (-errcheckcb.everywhere).
	optEverywhere bool
	// optExclude: the -errcheckcb.exclude and -errcheckcb.exclude-file
	// entries, added to the default exclusions.
	optExclude excludeFlag
	// optExcludeFile: see excludeFileFlag.
	optExcludeFile = excludeFileFlag{list: &optExclude}
)

func init() {
	Analyzer.Flags.BoolVar(&optTests, "tests", false,
		"also report in _test.go files (every errcheckcb rule)")
	Analyzer.Flags.BoolVar(&optDeferClose, "defer-close", false,
		"also report deferred Close, Rollback, os.Remove and os.RemoveAll calls whose error is dropped")
	Analyzer.Flags.BoolVar(&optEverywhere, "everywhere", false,
		"report unchecked errors in every function, not only in those that return an error (and for must-check calls)")
	Analyzer.Flags.Var(&optExclude, "exclude",
		"comma-separated calls whose error may go unchecked, in errcheck's syntax: pkg/path.Func, (*pkg/path.Type).Method, (pkg/path.Iface).Method, fmt.Fprintf(os.Stdout)")
	Analyzer.Flags.Var(&optExcludeFile, "exclude-file",
		"file of calls whose error may go unchecked, one a line in errcheck's syntax; lines starting with // are comments")
}

func run(pass *analysis.Pass) (any, error) {
	inspect := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
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
	checkUnchecked(pass, inspect)
	checkBlank(pass, inspect)
	checkCallbacks(pass, inspect)
	return nil, nil
}

// Helpers shared by the rules of this package (unchecked.go, blank.go,
// callback.go): errorType and isErrorType here (astutil.IsTestFile for test files); in unchecked*.go
// and nofail.go, used by blank.go too and so to be kept stable:
// uncheckedExclusions, isExcludedCall, isDeadlineCall,
// isTextOutputToInterface, isCleanupCall, onErrorPath, passModule,
// nofailCallee.

// errorType is the predeclared error interface.
var errorType = types.Universe.Lookup("error").Type()

// errorIface is the underlying interface of errorType.
var errorIface = errorType.Underlying().(*types.Interface)

// isErrorType reports whether t is an error: the error interface itself or
// any type that implements it (as errcheck does). It is false for nil and
// for type parameters.
func isErrorType(t types.Type) bool {
	if t == nil {
		return false
	}
	t = types.Unalias(t)
	if _, ok := t.(*types.TypeParam); ok {
		return false
	}
	if types.Identical(t, errorType) {
		return true
	}
	switch t.(type) {
	case *types.Named, *types.Pointer, *types.Interface:
		return types.Implements(t, errorIface)
	}
	return false
}

// neverFails is the object fact of a function declared in this module
// whose every return path returns a literal nil error (or the result of
// another function that never fails): an unchecked call to it is not
// reported from packages of the same module. Module is the path of the
// module that declares the function.
type neverFails struct{ Module string }

func (*neverFails) AFact() {}

func (f *neverFails) String() string { return "neverFails" }
