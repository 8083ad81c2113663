// Package astutil holds small syntax helpers that more than one analyzer
// needs.
package astutil

import (
	"go/ast"
	"go/types"
)

// StmtList returns the statements directly inside a block-like node: a
// block, a switch or type-switch case, or a select case. For any other node
// it returns nil.
func StmtList(n ast.Node) []ast.Stmt {
	switch n := n.(type) {
	case *ast.BlockStmt:
		return n.List
	case *ast.CaseClause:
		return n.Body
	case *ast.CommClause:
		return n.Body
	}
	return nil
}

// EndsInReturn reports whether a block's last statement is a return.
func EndsInReturn(b *ast.BlockStmt) bool {
	if b == nil || len(b.List) == 0 {
		return false
	}
	_, ok := b.List[len(b.List)-1].(*ast.ReturnStmt)
	return ok
}

// CalleeIdent returns the identifier that names the function a call
// spells out (f in f(x), F in pkg.F(x) or v.F(x)), or nil for any other
// callee (a function literal, an index expression...).
func CalleeIdent(call *ast.CallExpr) *ast.Ident {
	return NameIdent(call.Fun)
}

// NameIdent returns the identifier that e names (x in x, F in pkg.F or
// v.F), or nil when e is no name.
func NameIdent(e ast.Expr) *ast.Ident {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e
	case *ast.SelectorExpr:
		return e.Sel
	}
	return nil
}

// CalleeName is the name CalleeIdent finds, or "".
func CalleeName(call *ast.CallExpr) string {
	if id := CalleeIdent(call); id != nil {
		return id.Name
	}
	return ""
}

// FuncBody returns the body of a function declaration or literal, nil for
// any other node and for a declaration without a body.
func FuncBody(n ast.Node) *ast.BlockStmt {
	switch fn := n.(type) {
	case *ast.FuncDecl:
		return fn.Body
	case *ast.FuncLit:
		return fn.Body
	}
	return nil
}

// Contains reports whether match holds for n or a node inside it, outside
// the function literals n holds (their bodies run at another time).
func Contains(n ast.Node, match func(ast.Node) bool) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if _, lit := m.(*ast.FuncLit); lit && m != n || found {
			return false
		}
		found = m != nil && match(m)
		return !found
	})
	return found
}

// IsBuiltin reports whether call calls the builtin function name (append,
// len), not a function or variable of that name.
func IsBuiltin(info *types.Info, call *ast.CallExpr, name string) bool {
	b, ok := info.Uses[NameIdent(call.Fun)].(*types.Builtin)
	return ok && b.Name() == name
}
