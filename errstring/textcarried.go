package errstring

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/internal/astutil"
)

// Rule errstring/text-carried: error text sent on a chan string,
// collected in a returned []string, or collected in a string or []string
// that is made into an error again.

var textCarriedNodes = []ast.Node{
	(*ast.FuncDecl)(nil),
	(*ast.FuncLit)(nil),
	(*ast.ReturnStmt)(nil),
	(*ast.SendStmt)(nil),
	(*ast.AssignStmt)(nil),
	(*ast.CallExpr)(nil),
}

// carriedFrame is what the rule learns of a function from its body: the
// appends of error text to []string variables, reported when the variable
// is returned.
type carriedFrame struct {
	appends  []appendSite
	returned map[types.Object]bool
	// collects are the local strings and []strings error text is added
	// to (s += err.Error(), l = append(l, err.Error())), reported if
	// remade: made into an error again (errors.New(s), fmt.Errorf("%s",
	// strings.Join(l, "; "))).
	collects []appendSite
	remade   map[types.Object]bool
}

type appendSite struct {
	call ast.Node // the append call, or the += statement
	obj  types.Object
	// err is the error made into text and at where it is made, for the
	// test of leaveTextCarried (testedIn), made only when the text is
	// made into an error again.
	err ast.Expr
	at  site
}

func (c *checker) checkTextCarried(pass *analysis.Pass, n ast.Node, stack []ast.Node) {
	switch n := n.(type) {
	case *ast.ReturnStmt:
		c.returnsList(n)
	case *ast.SendStmt:
		c.checkSend(pass, n)
	case *ast.AssignStmt:
		c.appendsText(n, stack)
		c.addsText(n, stack)
	case *ast.CallExpr:
		c.remakesError(n)
	}
}

// addsText records s += <error text> for a local string s.
func (c *checker) addsText(as *ast.AssignStmt, stack []ast.Node) {
	if as.Tok != token.ADD_ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return
	}
	fr := c.innermost()
	if fr == nil || fr.boundary {
		return
	}
	if obj := c.localOf(fr, as.Lhs[0]); obj != nil && isString(obj.Type()) {
		if x, ok := c.errorText(as.Rhs[0]); ok {
			fr.carried.collects = append(fr.carried.collects, c.collected(as, obj, x, stack))
		}
	}
}

// localOf returns the local variable (or named result) of fr that e names.
func (c *checker) localOf(fr *frame, e ast.Expr) types.Object {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	obj := c.pass.TypesInfo.ObjectOf(id)
	if obj == nil || fr.body == nil || obj.Pos() < fr.node.Pos() || obj.Pos() >= fr.body.End() {
		return nil
	}
	return obj
}

// remakesError records the local strings and []strings that errors.New
// or fmt.Errorf makes into an error: named, concatenated or joined with
// strings.Join.
func (c *checker) remakesError(call *ast.CallExpr) {
	fr := c.innermost()
	if fr == nil || fr.boundary || len(call.Args) == 0 {
		return
	}
	args := call.Args
	switch {
	case c.calls(call, "errors", "New"):
	case c.calls(call, "fmt", "Errorf"):
		args = args[1:]
	default:
		return
	}
	for _, a := range args {
		c.markRemade(fr, a)
	}
}

func (c *checker) markRemade(fr *frame, e ast.Expr) {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if obj := c.localOf(fr, e); obj != nil {
			if fr.carried.remade == nil {
				fr.carried.remade = make(map[types.Object]bool)
			}
			fr.carried.remade[obj] = true
		}
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			c.markRemade(fr, e.X)
			c.markRemade(fr, e.Y)
		}
	case *ast.CallExpr:
		if fn := c.callee(e); fn != nil && fn.FullName() == "strings.Join" && len(e.Args) == 2 {
			c.markRemade(fr, e.Args[0])
		}
	}
}

// returnsList records the []string variables ret returns.
func (c *checker) returnsList(ret *ast.ReturnStmt) {
	fr := c.innermost()
	if fr == nil || fr.sig == nil || fr.boundary {
		return
	}
	res := fr.sig.Results()
	switch len(ret.Results) {
	case res.Len():
		for _, e := range ret.Results {
			if id, ok := ast.Unparen(e).(*ast.Ident); ok {
				if obj := c.pass.TypesInfo.Uses[id]; obj != nil {
					fr.carried.markReturned(obj)
				}
			}
		}
	case 0:
		// A bare return: the named results go out as they are.
		for v := range res.Variables() {
			fr.carried.markReturned(v)
		}
	}
}

func (cf *carriedFrame) markReturned(obj types.Object) {
	if !isStringSlice(obj.Type()) {
		return
	}
	if cf.returned == nil {
		cf.returned = make(map[types.Object]bool)
	}
	cf.returned[obj] = true
}

// checkSend reports error text sent on a channel of strings.
func (c *checker) checkSend(pass *analysis.Pass, send *ast.SendStmt) {
	if fr := c.innermost(); fr != nil && fr.boundary {
		return
	}
	t := c.pass.TypesInfo.TypeOf(send.Chan)
	if t == nil {
		return
	}
	ch, ok := t.Underlying().(*types.Chan)
	if !ok || !isString(ch.Elem()) {
		return
	}
	if _, ok := c.errorText(send.Value); ok {
		pass.Reportf(send.Arrow, "error turned into text and sent on a channel of strings: the receiver cannot test it with errors.Is or errors.As, and the cause is lost; send the error on a chan error instead")
	}
}

// appendsText records v = append(v, <error text>) for a local []string v
// named as a list of failures, which leaveTextCarried reports if v is
// returned.
func (c *checker) appendsText(as *ast.AssignStmt, stack []ast.Node) {
	fr := c.assigningFrame(as)
	if fr == nil || len(as.Lhs) != 1 {
		return
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok || len(call.Args) < 2 || call.Ellipsis.IsValid() {
		return
	}
	if !astutil.IsBuiltin(c.pass.TypesInfo, call, "append") {
		return
	}
	obj := c.localOf(fr, as.Lhs[0])
	if obj == nil || !isStringSlice(obj.Type()) {
		return // not a local variable (or named result) of this function
	}
	for _, arg := range call.Args[1:] {
		if x, ok := c.errorText(arg); ok {
			fr.carried.collects = append(fr.carried.collects, c.collected(call, obj, x, stack))
			if failureListName(obj.Name()) {
				// Lines of output, key/value pairs, arguments are
				// reported only if made into an error again.
				fr.carried.appends = append(fr.carried.appends, appendSite{call: call, obj: obj})
			}
			return
		}
	}
}

func (c *checker) leaveTextCarried(pass *analysis.Pass, fr *frame) {
	reported := make(map[ast.Node]bool)
	for _, a := range fr.carried.collects {
		if fr.carried.remade[a.obj] && !reported[a.call] && len(c.testedIn([]ast.Expr{a.err}, a.at)) > 0 {
			reported[a.call] = true
			pass.Reportf(a.call.Pos(), "error turned into text, collected in %s and made into an error again: callers cannot test the collected errors with errors.Is or errors.As, and their causes are lost; collect them in an []error and return errors.Join of them",
				a.obj.Name())
		}
	}
	for _, a := range fr.carried.appends {
		if fr.carried.returned[a.obj] && !reported[a.call] {
			pass.Reportf(a.call.Pos(), "error turned into text and collected in the returned []string %s: callers cannot test the failures with errors.Is or errors.As, and their causes are lost; collect them in an []error (or return errors.Join of them)",
				a.obj.Name())
		}
	}
}

// collected returns the site where the error x, made into text, is added
// to obj. Text made into an error again is reported only when x may carry
// an identity that the module tests where the error of the function it is
// in arrives: errstring/wrap-identity's test, so that it is reported where
// formatting the error with %v would be.
func (c *checker) collected(site ast.Node, obj types.Object, x ast.Expr, stack []ast.Node) appendSite {
	a := appendSite{call: site, obj: obj, err: x}
	if c.ids != nil {
		a.at = c.ids.siteOf(stack)
	}
	return a
}

// failureListName reports whether name, of a []string, says it lists
// failures: errs, errMsgs, failures, problems, validationIssues, ...
func failureListName(name string) bool {
	for _, w := range splitWords(name) {
		switch w {
		case "err", "errs", "error", "errors", "fail", "fails", "failed", "failure", "failures",
			"problem", "problems", "issue", "issues", "violation", "violations":
			return true
		}
	}
	return false
}

func isStringSlice(t types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	return ok && isString(s.Elem())
}
