package errstring

import (
	"go/ast"
	"go/token"
	"go/types"
	"iter"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Rule errstring/wrap: fmt.Errorf("...%v...", err). Rule
// errstring/wrap-identity: the same where err may carry a sentinel or an
// error type that is tested.

func (c *checker) checkWrap(pass *analysis.Pass, n ast.Node, stack []ast.Node) {
	call, dropped, args := c.droppedCauses(n)
	if len(dropped) == 0 {
		return
	}
	if c.ids != nil && len(c.testedIdentities(args, stack)) > 0 {
		return // errstring/wrap-identity reports it
	}
	c.reportWrap(pass, call, dropped, args, stack,
		"fmt.Errorf formats the error "+c.describe(args[0])+" with %"+string(dropped[0].verb)+
			", which drops it as the cause: callers cannot reach it with errors.Is or errors.As; wrap it with %w (or -disable=errstring/wrap where hiding it is deliberate)")
}

func (c *checker) checkWrapIdentity(pass *analysis.Pass, n ast.Node, stack []ast.Node) {
	call, dropped, args := c.droppedCauses(n)
	if len(dropped) == 0 {
		return
	}
	keys := c.testedIdentities(args, stack)
	if len(keys) == 0 {
		return
	}
	c.reportWrap(pass, call, dropped, args, stack,
		"fmt.Errorf formats the error "+c.describe(args[0])+" with %"+string(dropped[0].verb)+
			", which hides "+describeKey(keys[0])+" from errors.Is and errors.As, and the module tests it; wrap it with %w")
}

// droppedCauses returns, for a call fmt.Errorf with no %w, the %v and %s
// verbs that format an error and their operands.
func (c *checker) droppedCauses(n ast.Node) (*ast.CallExpr, []formatVerb, []ast.Expr) {
	call, ok := n.(*ast.CallExpr)
	if !ok || len(call.Args) < 2 || !c.calls(call, "fmt", "Errorf") || !c.atLeast(13) {
		return nil, nil, nil
	}
	format, ok := c.constString(call.Args[0])
	if !ok {
		return nil, nil, nil
	}
	verbs, ok := parseFormat(format)
	if !ok {
		return nil, nil, nil
	}
	var (
		dropped []formatVerb // %v and %s of errors
		args    []ast.Expr
	)
	for _, v := range verbs {
		if v.verb == 'w' {
			return nil, nil, nil // it wraps already: the other errors are described on purpose
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
	return call, dropped, args
}

// testedIdentities returns the identities the errors args may carry
// that are tested where the error of the function at the top of stack
// may arrive, or nil if errstring/wrap-identity does not run.
func (c *checker) testedIdentities(args []ast.Expr, stack []ast.Node) []string {
	if c.ids == nil {
		return nil
	}
	return c.testedIn(args, c.ids.siteOf(stack))
}

// testedIn is testedIdentities for errors made at the site at.
func (c *checker) testedIn(args []ast.Expr, at site) []string {
	if c.ids == nil {
		return nil
	}
	var keys []string
	for _, a := range args {
		for _, k := range c.ids.of(a) {
			if c.ids.testedKey(k, at) {
				keys = append(keys, k)
			}
		}
	}
	return keys
}

// describeKey names an identity for a message: "io.EOF", "*fs.PathError"
// is written as its package's last element and name.
func describeKey(k string) string {
	k = strings.TrimPrefix(k, "+")
	if i := strings.LastIndexByte(k[:strings.LastIndexByte(k, '.')], '/'); i >= 0 {
		k = k[i+1:]
	}
	return k
}

func (c *checker) reportWrap(pass *analysis.Pass, call *ast.CallExpr, dropped []formatVerb, args []ast.Expr, stack []ast.Node, msg string) {
	d := analysis.Diagnostic{Pos: args[0].Pos(), End: args[0].End(), Message: msg}
	if edits := c.wrapFix(call, dropped, args, stack); edits != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Wrap with %w", TextEdits: edits}}
	}
	pass.Report(d)
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

// varOf returns the object e names when e is an identifier, else nil.
func (c *checker) varOf(e ast.Expr) types.Object {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		return c.pass.TypesInfo.Uses[id]
	}
	return nil
}

// nonNil reports whether e is a variable that an enclosing if statement of
// the same function tests with e != nil before the code at the top of
// stack runs.
func (c *checker) nonNil(e ast.Expr, stack []ast.Node) bool {
	obj := c.varOf(e)
	if obj == nil {
		return false
	}
	for parent, child := range enclosing(stack) {
		if ifs, ok := parent.(*ast.IfStmt); ok && ifs.Body == child && c.testsNonNil(ifs.Cond, obj) {
			return true
		}
	}
	return false
}

// enclosing yields the nodes around the top of stack, innermost first,
// each with its child on the way down, up to the enclosing function.
func enclosing(stack []ast.Node) iter.Seq2[ast.Node, ast.Node] {
	return func(yield func(parent, child ast.Node) bool) {
		for i := len(stack) - 1; i > 0; i-- {
			switch stack[i-1].(type) {
			case *ast.FuncDecl, *ast.FuncLit:
				return
			}
			if !yield(stack[i-1], stack[i]) {
				return
			}
		}
	}
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
