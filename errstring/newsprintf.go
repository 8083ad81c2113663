package errstring

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// Rule errstring/new-sprintf: errors.New(fmt.Sprintf(...)), of the
// standard library's errors or of an errors package that has its own
// Errorf beside its New (github.com/pkg/errors, golang.org/x/xerrors).

// sprintfUses is the census of the errors import in one file: how many
// references it has, and which of them are errors.New(fmt.Sprintf(...))
// calls that a fix can rewrite.
type sprintfUses struct {
	spec    *ast.ImportSpec
	uses    int
	fixable []*ast.CallExpr
}

func (c *checker) checkNewSprintf(pass *analysis.Pass, n ast.Node, _ []ast.Node) {
	call, ok := n.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return
	}
	own := c.errorfSibling(call)
	if own == nil && !c.calls(call, "errors", "New") {
		return
	}
	inner, ok := ast.Unparen(call.Args[0]).(*ast.CallExpr)
	if !ok || !c.calls(inner, "fmt", "Sprintf") {
		return
	}
	d := analysis.Diagnostic{
		Pos:     call.Pos(),
		End:     call.End(),
		Message: "errors.New(fmt.Sprintf(...)) formats the message and makes the error in two steps, and cannot wrap a cause; use fmt.Errorf with the same arguments",
	}
	if own != nil {
		// The package's own Errorf makes the same kind of error (pkg/errors
		// records the stack in both): no import changes.
		d.Message = "errors.New(fmt.Sprintf(...)) of " + own.Pkg().Path() + " formats the message and makes the error in two steps; use its Errorf with the same arguments"
		if c.newSprintfFixable(call) {
			errorsName := call.Fun.(*ast.SelectorExpr).X.(*ast.Ident).Name
			d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Use " + errorsName + ".Errorf", TextEdits: []analysis.TextEdit{
				{Pos: call.Pos(), End: ast.Unparen(call.Args[0]).(*ast.CallExpr).Lparen, NewText: []byte(errorsName + ".Errorf")},
				{Pos: call.Rparen, End: call.End(), NewText: nil},
			}}}
		}
		pass.Report(d)
		return
	}
	if c.newSprintfFixable(call) {
		census := c.sprintfCensus()
		edits := c.rewriteNewSprintf(call)
		if census != nil && census.uses == len(census.fixable) {
			// Every use of errors goes: every fix rewrites them all and
			// drops the import, so that any fix alone, or all together,
			// leave a file that compiles.
			edits = nil
			for _, other := range census.fixable {
				edits = append(edits, c.rewriteNewSprintf(other)...)
			}
			if del, ok := c.deleteImport(census.spec); ok {
				edits = append(edits, del)
			} else {
				edits = nil
			}
		}
		if edits != nil {
			d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Use fmt.Errorf", TextEdits: edits}}
		}
	}
	pass.Report(d)
}

// newSprintfFixable reports whether errors.New(fmt.Sprintf(...)) can
// become fmt.Errorf(...) with the same output: both are called by
// qualified name, written tight (errors.New(fmt.Sprintf(…)), nothing
// between the parentheses), and the format has no %w (which Sprintf
// renders as a bad verb and Errorf would wrap). A non-constant format with
// no arguments is left alone: fmt.Errorf(s) is what go vet's printf check
// rejects, and errors.New(s) would print a % differently.
func (c *checker) newSprintfFixable(call *ast.CallExpr) bool {
	inner := ast.Unparen(call.Args[0]).(*ast.CallExpr)
	if inner.Pos() != call.Lparen+1 || inner.End() != call.Rparen || len(inner.Args) == 0 {
		return false
	}
	if !c.qualified(call.Fun) || !c.qualified(inner.Fun) {
		return false
	}
	format, isConst := c.constString(inner.Args[0])
	if !isConst {
		return len(inner.Args) > 1
	}
	verbs, ok := parseFormat(format)
	if !ok {
		return false
	}
	for _, v := range verbs {
		if v.verb == 'w' {
			return false
		}
	}
	return true
}

// qualified reports whether fun is pkg.Name with pkg a package name.
func (c *checker) qualified(fun ast.Expr) bool {
	sel, ok := fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	id, ok := sel.X.(*ast.Ident)
	if !ok {
		return false
	}
	_, ok = c.pass.TypesInfo.Uses[id].(*types.PkgName)
	return ok
}

// rewriteNewSprintf returns the edits turning errors.New(fmt.Sprintf(args))
// into fmt.Errorf(args), with fmt as the file names it.
func (c *checker) rewriteNewSprintf(call *ast.CallExpr) []analysis.TextEdit {
	inner := ast.Unparen(call.Args[0]).(*ast.CallExpr)
	fmtName := inner.Fun.(*ast.SelectorExpr).X.(*ast.Ident).Name
	return []analysis.TextEdit{
		{Pos: call.Pos(), End: inner.Lparen, NewText: []byte(fmtName + ".Errorf")},
		{Pos: call.Rparen, End: call.End(), NewText: nil},
	}
}

// sprintfCensus counts, once per file, the references to the errors
// import and the fixable errors.New(fmt.Sprintf(...)) among them.
func (c *checker) sprintfCensus() *sprintfUses {
	fi := c.file
	if fi.sprintf != nil {
		return fi.sprintf
	}
	_, spec := c.importName("errors")
	if spec == nil {
		return nil
	}
	pkgName := c.pass.TypesInfo.PkgNameOf(spec)
	if pkgName == nil {
		return nil
	}
	census := &sprintfUses{spec: spec}
	ast.Inspect(fi.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ImportSpec:
			return false
		case *ast.CallExpr:
			if sel, ok := n.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "New" && len(n.Args) == 1 && c.pass.TypesInfo.Uses[identOf(sel.X)] == pkgName {
				if inner, ok := ast.Unparen(n.Args[0]).(*ast.CallExpr); ok && c.calls(inner, "fmt", "Sprintf") && c.newSprintfFixable(n) {
					census.fixable = append(census.fixable, n)
				}
			}
		case *ast.Ident:
			if c.pass.TypesInfo.Uses[n] == pkgName {
				census.uses++
			}
		}
		return true
	})
	fi.sprintf = census
	return census
}

// errorfSibling returns the Errorf of the package whose New call is, when
// that package is not the standard library's errors and declares both
// New(string) error and Errorf(string, ...any) error; nil otherwise.
func (c *checker) errorfSibling(call *ast.CallExpr) *types.Func {
	fn := c.callee(call)
	if fn == nil || fn.Name() != "New" || fn.Pkg() == nil || fn.Pkg().Path() == "errors" || !isErrorCtor(fn, false) {
		return nil
	}
	errorf, ok := fn.Pkg().Scope().Lookup("Errorf").(*types.Func)
	if !ok || !isErrorCtor(errorf, true) {
		return nil
	}
	return errorf
}

// isErrorCtor reports whether fn is a package function of signature
// (string) error, or (string, ...any) error when variadic.
func isErrorCtor(fn *types.Func, variadic bool) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() != nil || sig.Variadic() != variadic || sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type(), errorType) {
		return false
	}
	n := 1
	if variadic {
		n = 2
	}
	if sig.Params().Len() != n {
		return false
	}
	b, ok := sig.Params().At(0).Type().Underlying().(*types.Basic)
	return ok && b.Kind() == types.String
}
