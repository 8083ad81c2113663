package errstring

import (
	"go/ast"
	"go/token"
	"go/types"
)

// A frame is a function (declaration or literal) being walked, with what
// rules 1 and 2 learn from its return statements.
type frame struct {
	node ast.Node // *ast.FuncDecl or *ast.FuncLit
	body *ast.BlockStmt
	sig  *types.Signature
	name string // for messages: "function f", "method T.m", "function literal"

	// boundary: an Error or String method (or a function inside one),
	// whose job is to turn errors into text.
	boundary bool
	// checkResults: the function reports failure through no error result,
	// so a string result may be doing that job (rule 1).
	checkResults bool
	named        *ast.Ident // a string result named like an error
	errText      bool       // error text made here goes into a string result
	emptyReturn  bool       // a return of "" in a string result

	// Rule 2: appends of error text to []string variables, reported when
	// the variable is returned.
	appends  []appendSite
	returned map[types.Object]bool
}

type appendSite struct {
	call *ast.CallExpr
	obj  types.Object
}

func (c *checker) beginFunc(n ast.Node, recv *ast.FieldList, ft *ast.FuncType, body *ast.BlockStmt) {
	fr := &frame{node: n, body: body, name: "function literal"}
	var t types.Type
	if decl, ok := n.(*ast.FuncDecl); ok {
		if fn := c.pass.TypesInfo.Defs[decl.Name]; fn != nil {
			t = fn.Type()
		}
	} else {
		t = c.pass.TypesInfo.TypeOf(n.(*ast.FuncLit))
	}
	if sig, ok := t.(*types.Signature); ok {
		fr.sig = sig
	}
	if outer := c.innermost(); outer != nil && outer.boundary {
		fr.boundary = true
	}
	if decl, ok := n.(*ast.FuncDecl); ok {
		fr.name = "function " + decl.Name.Name
		if recv != nil {
			fr.name = "method " + decl.Name.Name
			switch decl.Name.Name {
			case "Error", "String", "GoString", "Format":
				fr.boundary = true
			}
		}
	}
	if fr.sig != nil && !fr.boundary {
		res := fr.sig.Results()
		hasString := false
		fr.checkResults = true
		for v := range res.Variables() {
			switch {
			case types.Implements(v.Type(), errorIface):
				fr.checkResults = false
			case isString(v.Type()):
				hasString = true
			}
		}
		fr.checkResults = fr.checkResults && hasString
		if fr.checkResults {
			fr.named = c.errLikeResult(ft)
		}
	}
	c.frames = append(c.frames, fr)
}

// errLikeResult returns the first string result of ft named like an error.
func (c *checker) errLikeResult(ft *ast.FuncType) *ast.Ident {
	if ft.Results == nil {
		return nil
	}
	for _, field := range ft.Results.List {
		for _, name := range field.Names {
			if t := c.pass.TypesInfo.TypeOf(field.Type); t != nil && isString(t) && errLikeName(name.Name) {
				return name
			}
		}
	}
	return nil
}

// checkFuncType reports function types (type declarations, fields,
// parameters, interface methods) with a string parameter or result named
// like an error (rule 1). The signatures of declared functions and
// literals are left to errLikeResult and endFunc.
func (c *checker) checkFuncType(ft *ast.FuncType, stack []ast.Node) {
	if len(stack) >= 2 {
		switch parent := stack[len(stack)-2].(type) {
		case *ast.FuncDecl:
			if parent.Type == ft {
				return
			}
		case *ast.FuncLit:
			if parent.Type == ft {
				return
			}
		}
	}
	var found *ast.Ident
	for _, list := range []*ast.FieldList{ft.Params, ft.Results} {
		if list == nil {
			continue
		}
		for _, field := range list.List {
			t := c.pass.TypesInfo.TypeOf(field.Type)
			if t == nil {
				return
			}
			if types.Implements(t, errorIface) {
				return // the error travels as an error; the string is something else
			}
			if !isString(t) || found != nil {
				continue
			}
			for _, name := range field.Names {
				if errLikeName(name.Name) {
					found = name
					break
				}
			}
		}
	}
	if found != nil {
		c.pass.Reportf(found.Pos(), "function type passes an error as the string %s: the receiving side cannot test it with errors.Is or errors.As, and the cause is lost; declare it as error",
			found.Name)
	}
}

func (c *checker) checkReturn(ret *ast.ReturnStmt) {
	fr := c.innermost()
	if fr == nil || fr.sig == nil || fr.boundary {
		return
	}
	res := fr.sig.Results()
	if len(ret.Results) != res.Len() {
		// A bare return (or a call returning several values): the named
		// results go out as they are.
		if len(ret.Results) == 0 {
			for v := range res.Variables() {
				c.markReturned(fr, v)
			}
		}
		return
	}
	for i, e := range ret.Results {
		t := res.At(i).Type()
		if fr.checkResults && isString(t) {
			if s, ok := c.constString(e); ok && s == "" {
				fr.emptyReturn = true
			} else if x, ok := c.errorText(e); ok && c.madeHere(fr, x) {
				fr.errText = true
			}
		}
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if obj := c.pass.TypesInfo.Uses[id]; obj != nil {
				c.markReturned(fr, obj)
			}
		}
	}
}

func (c *checker) markReturned(fr *frame, obj types.Object) {
	if !isStringSlice(obj.Type()) {
		return
	}
	if fr.returned == nil {
		fr.returned = make(map[types.Object]bool)
	}
	fr.returned[obj] = true
}

// madeHere reports whether the error x is obtained inside fr (a local
// variable or a call), rather than given to it (a parameter, the receiver,
// a captured or package-level variable): a function that turns the error
// it is given into text is a formatter, not a failure report.
func (c *checker) madeHere(fr *frame, x ast.Expr) bool {
	root := x
	for {
		switch e := ast.Unparen(root).(type) {
		case *ast.SelectorExpr:
			root = e.X
			continue
		case *ast.IndexExpr:
			root = e.X
			continue
		case *ast.StarExpr:
			root = e.X
			continue
		case *ast.Ident:
			obj := c.pass.TypesInfo.Uses[e]
			return obj != nil && fr.body != nil && fr.body.Pos() <= obj.Pos() && obj.Pos() < fr.body.End()
		case *ast.CallExpr:
			return true
		}
		return false
	}
}

func (c *checker) endFunc(fr *frame) {
	switch {
	case !fr.checkResults || !fr.errText:
	case fr.named != nil:
		c.pass.Reportf(fr.named.Pos(), "%s reports failure through the string result %s: callers cannot test it with errors.Is or errors.As, and the cause is lost; return an error instead",
			fr.name, fr.named.Name)
	case fr.emptyReturn:
		pos := fr.node.Pos()
		if decl, ok := fr.node.(*ast.FuncDecl); ok {
			pos = decl.Name.Pos()
		}
		c.pass.Reportf(pos, "%s reports failure as error text in a string result (empty on success): callers cannot test it with errors.Is or errors.As, and the cause is lost; return an error instead",
			fr.name)
	}
	for _, a := range fr.appends {
		if fr.returned[a.obj] {
			c.pass.Reportf(a.call.Pos(), "error turned into text and collected in the returned []string %s: callers cannot test the failures with errors.Is or errors.As, and their causes are lost; collect them in an []error (or return errors.Join of them)",
				a.obj.Name())
		}
	}
}

// checkSend reports error text sent on a channel of strings (rule 2).
func (c *checker) checkSend(send *ast.SendStmt) {
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
		c.pass.Reportf(send.Arrow, "error turned into text and sent on a channel of strings: the receiver cannot test it with errors.Is or errors.As, and the cause is lost; send the error on a chan error instead")
	}
}

// checkAssign records error text made here and assigned to a named string
// result (rule 1), and v = append(v, <error text>) for a local []string v
// (rule 2), which endFunc reports if v is returned.
func (c *checker) checkAssign(as *ast.AssignStmt) {
	fr := c.innermost()
	if fr == nil || fr.boundary || len(as.Lhs) != len(as.Rhs) || as.Tok != token.ASSIGN && as.Tok != token.DEFINE {
		return
	}
	if fr.checkResults && !fr.errText {
		for i, lhs := range as.Lhs {
			if v, ok := c.pass.TypesInfo.Uses[identOf(lhs)].(*types.Var); ok && c.isResult(fr, v) && isString(v.Type()) {
				if x, ok := c.errorText(as.Rhs[i]); ok && c.madeHere(fr, x) {
					fr.errText = true
				}
			}
		}
	}
	if len(as.Lhs) != 1 {
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
			fr.appends = append(fr.appends, appendSite{call, obj})
			return
		}
	}
}

// isResult reports whether v is a named result of fr.
func (c *checker) isResult(fr *frame, v *types.Var) bool {
	for r := range fr.sig.Results().Variables() {
		if r == v {
			return true
		}
	}
	return false
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

func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}

func isStringSlice(t types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	return ok && isString(s.Elem())
}
