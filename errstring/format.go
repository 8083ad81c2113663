package errstring

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// Rule 3: errors.New(fmt.Sprintf(...)).

// sprintfUses is the census of the errors import in one file: how many
// references it has, and which of them are errors.New(fmt.Sprintf(...))
// calls that a fix can rewrite.
type sprintfUses struct {
	spec    *ast.ImportSpec
	uses    int
	fixable []*ast.CallExpr
}

func (c *checker) checkNewSprintf(call *ast.CallExpr) {
	if len(call.Args) != 1 {
		return
	}
	inner, ok := ast.Unparen(call.Args[0]).(*ast.CallExpr)
	if !ok || !c.isFmt(inner, "Sprintf") {
		return
	}
	d := analysis.Diagnostic{
		Pos:     call.Pos(),
		End:     call.End(),
		Message: "errors.New(fmt.Sprintf(...)) formats the message and makes the error in two steps, and cannot wrap a cause; use fmt.Errorf with the same arguments",
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
	c.pass.Report(d)
}

// isFmt reports whether call calls the function fmt.name.
func (c *checker) isFmt(call *ast.CallExpr, name string) bool {
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == "fmt" && fn.Name() == name
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
				if inner, ok := ast.Unparen(n.Args[0]).(*ast.CallExpr); ok && c.isFmt(inner, "Sprintf") && c.newSprintfFixable(n) {
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

// Rule 5: fmt.Errorf("...%v...", err).

func (c *checker) checkErrorf(call *ast.CallExpr, stack []ast.Node) {
	if len(call.Args) < 2 || !c.atLeast(13) {
		return
	}
	format, ok := c.constString(call.Args[0])
	if !ok {
		return
	}
	verbs, ok := parseFormat(format)
	if !ok {
		return
	}
	var (
		dropped []formatVerb // %v and %s of errors
		args    []ast.Expr
	)
	for _, v := range verbs {
		if v.verb == 'w' {
			return // it wraps already: the other errors are described on purpose
		}
		if (v.verb != 'v' && v.verb != 's') || strings.ContainsRune(v.flags, '#') || v.arg < 0 || 1+v.arg >= len(call.Args) {
			continue
		}
		arg := call.Args[1+v.arg]
		if c.isError(arg) && !isNil(c.pass, arg) {
			dropped = append(dropped, v)
			args = append(args, arg)
		}
	}
	if len(dropped) == 0 || describesResult(format) {
		return
	}
	d := analysis.Diagnostic{
		Pos: args[0].Pos(),
		End: args[0].End(),
		Message: "fmt.Errorf formats the error " + c.describe(args[0]) + " with %" + string(dropped[0].verb) +
			", which drops it as the cause: callers cannot reach it with errors.Is or errors.As; wrap it with %w (or set -errstring.wrap=false where hiding it is deliberate)",
	}
	if edits := c.wrapFix(call, dropped, args, stack); edits != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Wrap with %w", TextEdits: edits}}
	}
	c.pass.Report(d)
}

// describesResult reports whether format reads like a report of a result
// against an expectation ("Read = %v, want %v", "got %v"): there the error
// is the subject of the message, not its cause.
func describesResult(format string) bool {
	for _, w := range splitWords(strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			return r
		}
		return '_'
	}, format)) {
		switch w {
		case "want", "wanted", "expected", "expect", "got":
			return true
		}
	}
	return false
}

// describe returns the source text of e for a message, if it is short.
func (c *checker) describe(e ast.Expr) string {
	if t := c.text(e); t != "" && len(t) <= 40 && !strings.ContainsRune(t, '\n') {
		return t
	}
	return "argument"
}

func isNil(pass *analysis.Pass, e ast.Expr) bool {
	tv, ok := pass.TypesInfo.Types[e]
	return ok && tv.IsNil()
}

// wrapFix returns the edits that turn the verbs of dropped into %w, or nil
// when that could change the message: the format must be a plain string
// literal (so that offsets in the value are offsets in the source), a %s
// argument must not format itself, each argument must be known not to be
// nil (%v prints <nil>, %w prints %!w(<nil>)), and several %w need Go 1.20.
func (c *checker) wrapFix(call *ast.CallExpr, dropped []formatVerb, args []ast.Expr, stack []ast.Node) []analysis.TextEdit {
	lit, ok := ast.Unparen(call.Args[0]).(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING || strings.ContainsAny(lit.Value, "\\\r") {
		return nil
	}
	if len(dropped) > 1 && !c.atLeast(20) {
		return nil
	}
	var edits []analysis.TextEdit
	for i, v := range dropped {
		if v.verb == 's' && c.formatsItself(args[i]) {
			return nil
		}
		if !c.nonNil(args[i], stack) {
			return nil
		}
		at := lit.Pos() + 1 + token.Pos(v.end-1)
		edits = append(edits, analysis.TextEdit{Pos: at, End: at + 1, NewText: []byte("w")})
	}
	return edits
}

// formatsItself reports whether e has a concrete type with a Format method,
// which sees %s and %w (passed on as %v) differently.
func (c *checker) formatsItself(e ast.Expr) bool {
	t := c.pass.TypesInfo.TypeOf(e)
	if t == nil {
		return true
	}
	if types.IsInterface(t) {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "Format")
	_, isFunc := obj.(*types.Func)
	return isFunc
}

// nonNil reports whether e is a variable that an enclosing if statement of
// the same function tests with e != nil before the code at the top of
// stack runs.
func (c *checker) nonNil(e ast.Expr, stack []ast.Node) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	obj := c.pass.TypesInfo.Uses[id]
	if obj == nil {
		return false
	}
	for i := len(stack) - 1; i > 0; i-- {
		switch n := stack[i-1].(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return false
		case *ast.IfStmt:
			if n.Body == stack[i] && c.testsNonNil(n.Cond, obj) {
				return true
			}
		}
	}
	return false
}

// testsNonNil reports whether cond, or one of its && operands, is
// obj != nil.
func (c *checker) testsNonNil(cond ast.Expr, obj types.Object) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	switch b.Op {
	case token.LAND:
		return c.testsNonNil(b.X, obj) || c.testsNonNil(b.Y, obj)
	case token.NEQ:
		x, y := b.X, b.Y
		if isNil(c.pass, x) {
			x, y = y, x
		}
		id, ok := ast.Unparen(x).(*ast.Ident)
		return ok && isNil(c.pass, y) && c.pass.TypesInfo.Uses[id] == obj
	}
	return false
}

// A formatVerb is one conversion of a printf format.
type formatVerb struct {
	start, end int  // byte offsets of "%...v" in the format
	verb       rune // 'v', 's', 'w', ...
	flags      string
	arg        int // index of the operand among the arguments after the format; -1 if none
}

// parseFormat parses a printf format the way fmt does. It fails on what it
// does not understand rather than guess which argument a verb takes.
func parseFormat(format string) ([]formatVerb, bool) {
	var verbs []formatVerb
	arg := 0
	for i := 0; i < len(format); {
		if format[i] != '%' {
			i++
			continue
		}
		v := formatVerb{start: i}
		i++
		for i < len(format) && strings.IndexByte("+-# 0", format[i]) >= 0 {
			v.flags += format[i : i+1]
			i++
		}
		// argIndex parses "[n]" and moves arg there.
		argIndex := func() bool {
			if i >= len(format) || format[i] != '[' {
				return true
			}
			j := strings.IndexByte(format[i:], ']')
			if j < 0 {
				return false
			}
			n := 0
			for _, d := range format[i+1 : i+j] {
				if d < '0' || d > '9' {
					return false
				}
				n = n*10 + int(d-'0')
			}
			if n < 1 {
				return false
			}
			arg = n - 1
			i += j + 1
			return true
		}
		// number parses a width or precision: digits, or * which takes
		// an argument.
		number := func() bool {
			if !argIndex() {
				return false
			}
			if i < len(format) && format[i] == '*' {
				arg++
				i++
				return true
			}
			for i < len(format) && '0' <= format[i] && format[i] <= '9' {
				i++
			}
			return true
		}
		if !number() {
			return nil, false
		}
		if i < len(format) && format[i] == '.' {
			i++
			if !number() {
				return nil, false
			}
		}
		if !argIndex() || i >= len(format) {
			return nil, false
		}
		r := rune(format[i])
		if r >= 0x80 {
			return nil, false
		}
		i++
		v.end, v.verb = i, r
		if r == '%' {
			continue
		}
		v.arg = arg
		arg++
		verbs = append(verbs, v)
	}
	return verbs, true
}
