package errstring

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Telling error text, errors and constant strings apart, for every rule.

var (
	errorType  = types.Universe.Lookup("error").Type()
	errorIface = errorType.Underlying().(*types.Interface)
)

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

func constantString(v constant.Value) (string, bool) {
	if v.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(v), true
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}
