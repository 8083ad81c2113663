package errstring

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/extinctlint/extinct/internal/analysisdoc"
	"github.com/extinctlint/extinct/internal/suppress"
)

//go:generate go run -tags tools ./internal/sentinels/gensentinels

//go:embed doc.go
var doc string

// Analyzer reports errors carried as strings, matched by their text, or
// wrapped without %w.
var Analyzer = &analysis.Analyzer{
	Name:     "errstring",
	Doc:      analysisdoc.Extract(doc, "errstring"),
	URL:      "https://github.com/extinctlint/extinct/tree/main/errstring",
	Run:      suppress.Generated(run),
	Requires: []*analysis.Analyzer{inspect.Analyzer},
}

// The flags: set by flag parsing before any pass runs, only read
// afterwards.
var (
	wrap  = true  // -errstring.wrap: rule 5
	tests = false // -errstring.tests: _test.go files too
)

func init() {
	Analyzer.Flags.BoolVar(&wrap, "wrap", true, "report fmt.Errorf calls that format an error with %v or %s instead of wrapping it with %w")
	Analyzer.Flags.BoolVar(&tests, "tests", false, "check _test.go files too")
}

var errorIface = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

var nodeTypes = []ast.Node{
	(*ast.File)(nil),
	(*ast.FuncDecl)(nil),
	(*ast.FuncLit)(nil),
	(*ast.FuncType)(nil),
	(*ast.ReturnStmt)(nil),
	(*ast.SendStmt)(nil),
	(*ast.AssignStmt)(nil),
	(*ast.CallExpr)(nil),
	(*ast.BinaryExpr)(nil),
	(*ast.SwitchStmt)(nil),
}

// checker holds the state of one pass.
type checker struct {
	pass   *analysis.Pass
	file   *fileInfo // the file being walked
	frames []*frame  // the enclosing functions, innermost last
}

func run(pass *analysis.Pass) (any, error) {
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	// Every message names the analyzer, so that //nolint:errstring is easy
	// to find from any front end's output.
	named := *pass
	named.Report = func(d analysis.Diagnostic) {
		d.Message = "errstring: " + d.Message
		pass.Report(d)
	}
	c := &checker{pass: &named}
	in.WithStack(nodeTypes, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			if fr := c.innermost(); fr != nil && fr.node == n {
				c.frames = c.frames[:len(c.frames)-1]
				c.endFunc(fr)
			}
			return true
		}
		if f, ok := n.(*ast.File); ok {
			c.file = c.newFileInfo(f)
			c.frames = c.frames[:0]
			return tests || !c.file.test
		}
		switch n := n.(type) {
		case *ast.FuncDecl:
			c.beginFunc(n, n.Recv, n.Type, n.Body)
		case *ast.FuncLit:
			c.beginFunc(n, nil, n.Type, n.Body)
		case *ast.FuncType:
			c.checkFuncType(n, stack)
		case *ast.ReturnStmt:
			c.checkReturn(n)
		case *ast.SendStmt:
			c.checkSend(n)
		case *ast.AssignStmt:
			c.checkAssign(n)
		case *ast.CallExpr:
			c.checkCall(n, stack)
		case *ast.BinaryExpr:
			c.checkComparison(n)
		case *ast.SwitchStmt:
			c.checkSwitch(n)
		}
		return true
	})
	return nil, nil
}

func (c *checker) innermost() *frame {
	if len(c.frames) == 0 {
		return nil
	}
	return c.frames[len(c.frames)-1]
}

func (c *checker) checkCall(call *ast.CallExpr, stack []ast.Node) {
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return
	}
	switch fn.Pkg().Path() {
	case "errors":
		if fn.Name() == "New" {
			c.checkNewSprintf(call)
		}
	case "fmt":
		if fn.Name() == "Errorf" && wrap {
			c.checkErrorf(call, stack)
		}
	case "strings":
		switch fn.Name() {
		case "Contains", "HasPrefix", "HasSuffix", "EqualFold":
			c.checkStringsMatch(call, fn.Name())
		}
	}
}

// errorText reports whether e is text made from an error: x.Error(),
// fmt.Sprint/Sprintf/Sprintln of an error, or a concatenation holding one.
// It returns the error expression the text was made from.
func (c *checker) errorText(e ast.Expr) (ast.Expr, bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return nil, false
		}
		if x, ok := c.errorText(e.X); ok {
			return x, true
		}
		return c.errorText(e.Y)
	case *ast.CallExpr:
		if x, ok := c.errorCall(e); ok {
			return x, true
		}
		fn, ok := typeutil.Callee(c.pass.TypesInfo, e).(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "fmt" {
			return nil, false
		}
		args := e.Args
		switch fn.Name() {
		case "Sprintf":
			if len(args) == 0 {
				return nil, false
			}
			args = args[1:]
		case "Sprint", "Sprintln":
		default:
			return nil, false
		}
		for _, arg := range args {
			if c.isError(arg) {
				return arg, true
			}
		}
	}
	return nil, false
}

// errorCall reports whether call is x.Error() for an x of a type with the
// method Error() string, and returns x.
func (c *checker) errorCall(call *ast.CallExpr) (ast.Expr, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || len(call.Args) != 0 || sel.Sel.Name != "Error" {
		return nil, false
	}
	s, ok := c.pass.TypesInfo.Selections[sel]
	if !ok || s.Kind() != types.MethodVal {
		return nil, false
	}
	sig, ok := s.Type().(*types.Signature)
	if !ok || sig.Params().Len() != 0 || sig.Results().Len() != 1 || !isString(sig.Results().At(0).Type()) {
		return nil, false
	}
	return sel.X, true
}

// isError reports whether e's static type implements error.
func (c *checker) isError(e ast.Expr) bool {
	t := c.pass.TypesInfo.TypeOf(e)
	return t != nil && types.Implements(t, errorIface)
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// constString returns the value of e if it is a constant string.
func (c *checker) constString(e ast.Expr) (string, bool) {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || !isString(tv.Type) {
		return "", false
	}
	return constantString(tv.Value)
}

// errLikeName reports whether name, the name of a string result or
// callback parameter, says it holds an error: err, errMsg, errorMessage,
// err_str, parseErr, lastErrorText, ...
func errLikeName(name string) bool {
	words := splitWords(name)
	for i := len(words) - 1; i >= 0; i-- {
		if words[i] != "err" && words[i] != "error" {
			continue
		}
		switch strings.Join(words[i+1:], "") {
		case "", "msg", "message", "str", "string", "text", "txt", "desc", "description", "reason", "detail", "details", "info":
			return true
		}
		return false
	}
	return false
}

// splitWords splits a camelCase or snake_case identifier into lower-case
// words.
func splitWords(name string) []string {
	var words []string
	start := 0
	for i := 1; i <= len(name); i++ {
		if i == len(name) || name[i] == '_' || isUpper(name[i]) && !isUpper(name[i-1]) {
			if w := strings.Trim(name[start:i], "_"); w != "" {
				words = append(words, strings.ToLower(w))
			}
			start = i
		}
	}
	return words
}

func isUpper(b byte) bool { return 'A' <= b && b <= 'Z' }
