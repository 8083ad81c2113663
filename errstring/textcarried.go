package errstring

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// Rule errstring/text-carried: error text sent on a chan string or
// collected in a returned []string.

var textCarriedNodes = []ast.Node{
	(*ast.FuncDecl)(nil),
	(*ast.FuncLit)(nil),
	(*ast.ReturnStmt)(nil),
	(*ast.SendStmt)(nil),
	(*ast.AssignStmt)(nil),
}

// carriedFrame is what the rule learns of a function from its body: the
// appends of error text to []string variables, reported when the variable
// is returned.
type carriedFrame struct {
	appends  []appendSite
	returned map[types.Object]bool
}

type appendSite struct {
	call *ast.CallExpr
	obj  types.Object
}

func (c *checker) checkTextCarried(pass *analysis.Pass, n ast.Node, _ []ast.Node) {
	switch n := n.(type) {
	case *ast.ReturnStmt:
		c.returnsList(n)
	case *ast.SendStmt:
		c.checkSend(pass, n)
	case *ast.AssignStmt:
		c.appendsText(n)
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
func (c *checker) appendsText(as *ast.AssignStmt) {
	fr := c.assigningFrame(as)
	if fr == nil || len(as.Lhs) != 1 {
		return
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok || len(call.Args) < 2 || call.Ellipsis.IsValid() {
		return
	}
	if b, ok := c.pass.TypesInfo.Uses[identOf(call.Fun)].(*types.Builtin); !ok || b.Name() != "append" {
		return
	}
	id, ok := as.Lhs[0].(*ast.Ident)
	if !ok {
		return
	}
	obj := c.pass.TypesInfo.ObjectOf(id)
	if obj == nil || !isStringSlice(obj.Type()) || fr.body == nil || obj.Pos() < fr.node.Pos() || obj.Pos() >= fr.body.End() {
		return // not a local variable (or named result) of this function
	}
	if !failureListName(obj.Name()) {
		return // lines of output, key/value pairs, arguments: not a list of failures
	}
	for _, arg := range call.Args[1:] {
		if _, ok := c.errorText(arg); ok {
			fr.carried.appends = append(fr.carried.appends, appendSite{call, obj})
			return
		}
	}
}

func (c *checker) leaveTextCarried(pass *analysis.Pass, fr *frame) {
	for _, a := range fr.carried.appends {
		if fr.carried.returned[a.obj] {
			pass.Reportf(a.call.Pos(), "error turned into text and collected in the returned []string %s: callers cannot test the failures with errors.Is or errors.As, and their causes are lost; collect them in an []error (or return errors.Join of them)",
				a.obj.Name())
		}
	}
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
