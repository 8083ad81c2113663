package debugprint

import (
	_ "embed"
	"go/ast"
	"go/types"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/extinctlint/extinct/internal/analysisdoc"
	"github.com/extinctlint/extinct/internal/suppress"
)

//go:embed doc.go
var doc string

// Analyzer reports leftover debug output.
var Analyzer = &analysis.Analyzer{
	Name:     "debugprint",
	Doc:      analysisdoc.Extract(doc, "debugprint"),
	URL:      "https://github.com/extinctlint/extinct/tree/main/debugprint",
	Run:      suppress.Generated(run),
	Requires: []*analysis.Analyzer{inspect.Analyzer},
}

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

func run(pass *analysis.Pass) (any, error) {
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{
		pass:    pass,
		targets: lookupTargets(pass),

		builtinOnly: stdBelowOS(pass),
		testSupport: testSupport(pass),
	}
	types := []ast.Node{(*ast.FuncDecl)(nil), (*ast.CallExpr)(nil)}
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
		c.mainFile = hasWord(strings.TrimSuffix(filepath.Base(name), ".go"), mainWord)
		fileCur.Inspect(types, func(cur inspector.Cursor) bool {
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

// mainWord is the word of a file name (cgi_main.go, main_unix.go) that marks
// the file as holding a program's main.
var mainWord = map[string]bool{"main": true}

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
	pass       *analysis.Pass
	targets    map[*types.Func]kind
	deliberate *bool // the package's output is deliberate: worked out on first need

	builtinOnly bool // the builtins are the package's only output
	testSupport bool // the package exists for tests: like a _test.go file, nothing is reported

	file    *ast.File
	fileCur inspector.Cursor
	src     []byte // contents of file, read on demand for fixes
	inTest  bool   // file is a _test.go file (with -debugprint.tests)

	mainFile bool // the file's name has the word main: it holds a program's main
}

// call examines one call expression.
func (c *checker) call(cur inspector.Cursor, call *ast.CallExpr) {
	info := c.pass.TypesInfo
	var (
		k    kind
		name string // how the message names the call
	)
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident, *ast.SelectorExpr:
		var id *ast.Ident
		if sel, ok := fun.(*ast.SelectorExpr); ok {
			id = sel.Sel
		} else {
			id = fun.(*ast.Ident)
		}
		if b, ok := info.Uses[id].(*types.Builtin); ok {
			if b.Name() != "print" && b.Name() != "println" {
				return
			}
			k, name = kindBuiltin, "builtin "+b.Name()
			break
		}
		fn, ok := info.Uses[id].(*types.Func)
		if !ok {
			return
		}
		if k, ok = c.targets[fn.Origin()]; !ok {
			return
		}
		name = displayName(fn)
		switch k {
		case kindWriterArg:
			if len(call.Args) == 0 {
				return
			}
			stream := stdStream(info, call.Args[0])
			if stream == "" {
				return
			}
			name += "(os." + stream + ", ...)"
		case kindStreamMethod:
			sel, ok := fun.(*ast.SelectorExpr)
			if !ok {
				return
			}
			stream := stdStream(info, sel.X)
			if stream == "" {
				return
			}
			name = "os." + stream + "." + fn.Name()
		}
	default:
		return
	}

	skip := 0 // arguments before the text
	if k == kindWriterArg {
		skip = 1
	}
	if k != kindDump && k != kindExtra && userMessage(info, c.pass.Pkg, call, skip) {
		return
	}
	switch k {
	case kindBuiltin:
		if c.builtinOnly || c.testSupport || intentional(info, c.pass.Pkg, cur, call) {
			return
		}
		c.report(cur, call, name+" writes unbuffered to stderr and is no logging API, so it is a leftover that clutters the output of every program running this code; remove it or use a logger")
	case kindDump:
		c.report(cur, call, name+" is a debugging dump helper that writes to stdout of every program running this code; remove it, or log its S-variant (Sdump, Sprint)")
	case kindExtra:
		c.report(cur, call, name+" is debug output (listed in -debugprint.funcs) that should not ship; remove it")
	default: // output of fmt, io, os and runtime/debug
		if k == kindStdout && isScaffold(info, cur, call) {
			c.report(cur, call, "fmt.Println(\"... called\") is the placeholder cobra's generator writes into every new command, so the command prints it on every run; remove it and implement the command")
			return
		}
		if c.deliberatePackage() || c.mainFile || intentional(info, c.pass.Pkg, cur, call) || c.explained(call) {
			return
		}
		where := "stdout"
		if strings.Contains(name, "Stderr") || k == kindPrintStack {
			where = "stderr"
		}
		if c.inTest {
			c.report(cur, call, name+" in a test writes to the "+where+" of go test, outside the test's log; remove it or use t.Log")
			return
		}
		c.report(cur, call, name+" in library code writes to the "+where+" of every program that imports this package; remove it, use a logger, or write to an io.Writer the caller passes in")
	}
}

// deliberatePackage reports whether the package's fmt and stdout/stderr
// output is deliberate (test support, or a package deliberateOutput knows), or
// -debugprint.allow names it. It is worked out on the first print that
// needs it, so that packages without one pay nothing.
func (c *checker) deliberatePackage() bool {
	if c.deliberate == nil {
		d := c.testSupport || deliberateOutput(c.pass) || allowedPkgs.match(c.pass.Pkg.Path())
		c.deliberate = &d
	}
	return *c.deliberate
}

// report reports call with message msg and, where deleting the statement is
// safe, a fix that deletes it.
func (c *checker) report(cur inspector.Cursor, call *ast.CallExpr, msg string) {
	d := analysis.Diagnostic{
		Pos:     call.Pos(),
		End:     call.End(),
		Message: "debugprint: " + msg,
	}
	if edits := c.deletion(cur, call); edits != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "Delete the debug output",
			TextEdits: edits,
		}}
	}
	c.pass.Report(d)
}

// stdStream returns "Stdout" or "Stderr" when e denotes os.Stdout or
// os.Stderr, and "" otherwise.
func stdStream(info *types.Info, e ast.Expr) string {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return ""
	}
	v, ok := info.Uses[sel.Sel].(*types.Var)
	if !ok || v.Pkg() == nil || v.Pkg().Path() != "os" || v.Parent() != v.Pkg().Scope() {
		return ""
	}
	if name := v.Name(); name == "Stdout" || name == "Stderr" {
		return name
	}
	return ""
}
