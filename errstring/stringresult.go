package errstring

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Rule errstring/string-result: a function reports failure through a
// string result.

var stringResultNodes = []ast.Node{
	(*ast.FuncDecl)(nil),
	(*ast.FuncLit)(nil),
	(*ast.FuncType)(nil),
	(*ast.ReturnStmt)(nil),
	(*ast.AssignStmt)(nil),
}

// resultFrame is what the rule learns of a function from its body.
type resultFrame struct {
	// check: the function reports failure through no error result, so a
	// string result may be doing that job.
	check       bool
	named       *ast.Ident // a string result named like an error
	errText     bool       // error text made here goes into a string result
	emptyReturn bool       // a return of "" in a string result
	// dataReturn: a string result also returns a computed value (not a
	// constant, not error text): its "" is a value, not success.
	dataReturn bool
}

func (c *checker) checkStringResult(pass *analysis.Pass, n ast.Node, stack []ast.Node) {
	switch n := n.(type) {
	case *ast.FuncDecl:
		c.beginResults(n.Type)
	case *ast.FuncLit:
		c.beginResults(n.Type)
	case *ast.FuncType:
		c.checkFuncType(pass, n, stack)
	case *ast.ReturnStmt:
		c.returnsText(n)
	case *ast.AssignStmt:
		c.assignsText(n)
	}
}

// beginResults decides whether the string results of the function just
// begun, of type ft, are to be watched.
func (c *checker) beginResults(ft *ast.FuncType) {
	fr := c.innermost()
	if fr == nil || fr.sig == nil || fr.boundary {
		return
	}
	hasString := false
	for v := range fr.sig.Results().Variables() {
		switch {
		case types.Implements(v.Type(), errorIface):
			return
		case isString(v.Type()):
			hasString = true
		}
	}
	if hasString {
		fr.results = resultFrame{check: true, named: c.errLikeResult(ft)}
	}
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
// like an error. The signatures of declared functions and literals are
// left to beginResults and leaveStringResult.
func (c *checker) checkFuncType(pass *analysis.Pass, ft *ast.FuncType, stack []ast.Node) {
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
		pass.Reportf(found.Pos(), "function type passes an error as the string %s: the receiving side cannot test it with errors.Is or errors.As, and the cause is lost; declare it as error",
			found.Name)
	}
}

// returnsText records a return of "" or of error text made here in a
// string result.
func (c *checker) returnsText(ret *ast.ReturnStmt) {
	fr := c.innermost()
	if fr == nil || !fr.results.check {
		return
	}
	res := fr.sig.Results()
	if len(ret.Results) != res.Len() {
		return // a bare return, or a call returning several values
	}
	for i, e := range ret.Results {
		if !isString(res.At(i).Type()) {
			continue
		}
		s, isConst := c.constString(e)
		x, isText := c.errorText(e)
		switch {
		case isConst && s == "":
			fr.results.emptyReturn = true
		case isText && c.madeHere(fr, x):
			fr.results.errText = true
		case !isConst && !isText:
			fr.results.dataReturn = true
		}
	}
}

// assignsText records error text made here and assigned to a named string
// result.
func (c *checker) assignsText(as *ast.AssignStmt) {
	fr := c.assigningFrame(as)
	if fr == nil || !fr.results.check || fr.results.errText {
		return
	}
	for i, lhs := range as.Lhs {
		if v, ok := c.pass.TypesInfo.Uses[identOf(lhs)].(*types.Var); ok && isResult(fr, v) && isString(v.Type()) {
			if x, ok := c.errorText(as.Rhs[i]); ok && c.madeHere(fr, x) {
				fr.results.errText = true
			}
		}
	}
}

// assigningFrame returns the frame of the function making as, a plain
// assignment or definition of as many values as expressions, or nil when
// as is something else or in a boundary.
func (c *checker) assigningFrame(as *ast.AssignStmt) *frame {
	fr := c.innermost()
	if fr == nil || fr.boundary || len(as.Lhs) != len(as.Rhs) || as.Tok != token.ASSIGN && as.Tok != token.DEFINE {
		return nil
	}
	return fr
}

// isResult reports whether v is a named result of fr.
func isResult(fr *frame, v *types.Var) bool {
	for r := range fr.sig.Results().Variables() {
		if r == v {
			return true
		}
	}
	return false
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
			if obj == nil || fr.body == nil || obj.Pos() < fr.body.Pos() || fr.body.End() <= obj.Pos() {
				return false
			}
			if subject := c.switchedFrom(fr.body, obj); subject != nil {
				root = subject // case error: of switch v := val.(type)
				continue
			}
			return true
		case *ast.CallExpr:
			if tv, ok := c.pass.TypesInfo.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
				root = e.Args[0] // a conversion: tls.AlertError(code)
				continue
			}
			return true
		case *ast.BinaryExpr:
			return c.madeHere(fr, e.X) || c.madeHere(fr, e.Y)
		}
		return false
	}
}

// switchedFrom returns x if obj is the variable of a clause of a type
// switch v := x.(type) in body, else nil: caddy's ToString(val any)
// turns the error val holds into text, as a formatter does.
func (c *checker) switchedFrom(body *ast.BlockStmt, obj types.Object) ast.Expr {
	var subject ast.Expr
	ast.Inspect(body, func(n ast.Node) bool {
		sw, ok := n.(*ast.TypeSwitchStmt)
		if !ok || subject != nil {
			return subject == nil
		}
		for _, st := range sw.Body.List {
			if cc, ok := st.(*ast.CaseClause); ok && c.pass.TypesInfo.Implicits[cc] == obj {
				subject = typeSwitchSubject(sw)
			}
		}
		return subject == nil
	})
	return subject
}

func (c *checker) leaveStringResult(pass *analysis.Pass, fr *frame) {
	r := fr.results
	switch {
	case !r.check || !r.errText:
	case r.named != nil:
		pass.Reportf(r.named.Pos(), "%s reports failure through the string result %s: callers cannot test it with errors.Is or errors.As, and the cause is lost; return an error instead",
			fr.name, r.named.Name)
	case r.emptyReturn && !r.dataReturn:
		pos := fr.node.Pos()
		if decl, ok := fr.node.(*ast.FuncDecl); ok {
			pos = decl.Name.Pos()
		}
		pass.Reportf(pos, "%s reports failure as error text in a string result (empty on success): callers cannot test it with errors.Is or errors.As, and the cause is lost; return an error instead",
			fr.name)
	}
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
