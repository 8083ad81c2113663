package errstring

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// Rule errstring/new-sprintf: errors.New(fmt.Sprintf(...)), of the
// standard library's errors or of github.com/pkg/errors.

// pkgErrorsPath is the import path of github.com/pkg/errors, whose New
// (with a stack) is used as the standard one is.
const pkgErrorsPath = "github.com/pkg/errors"

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
	pkgErrors := c.calls(call, pkgErrorsPath, "New")
	if !pkgErrors && !c.calls(call, "errors", "New") {
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
	if pkgErrors {
		// github.com/pkg/errors has its own Errorf, which records the
		// stack as New does: no import changes.
		d.Message = "errors.New(fmt.Sprintf(...)) of github.com/pkg/errors formats the message and makes the error in two steps; use its errors.Errorf with the same arguments"
		if c.newSprintfFixable(call) {
			errorsName := call.Fun.(*ast.SelectorExpr).X.(*ast.Ident).Name
			d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Use errors.Errorf", TextEdits: []analysis.TextEdit{
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
