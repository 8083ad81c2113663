package debugprint

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// constText returns the text of e, an argument of a print at cur, when it
// is a constant string, or a local variable declared with one (prompt :=
// `...`, var s = "...") and never assigned again nor its address taken in
// the outermost function around cur, which holds every use of it.
func (c *checker) constText(cur inspector.Cursor, e ast.Expr) (text string, ok bool) {
	info := c.pass.TypesInfo
	if text, ok := constString(info, e); ok {
		return text, true
	}
	v, isVar := info.Uses[identOf(e)].(*types.Var)
	var fn inspector.Cursor
	for enc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		fn = enc
	}
	if !isVar || v.Kind() != types.LocalVar || !isText(v.Type()) || !fn.Valid() {
		return "", false
	}
	for idCur := range fn.Preorder((*ast.Ident)(nil)) {
		id := idCur.Node().(*ast.Ident)
		switch n := idCur.Parent().Node().(type) {
		case *ast.AssignStmt:
			if info.Defs[id] == v && n.Tok == token.DEFINE && len(n.Lhs) == len(n.Rhs) {
				text, ok = constString(info, n.Rhs[idCur.ParentEdgeIndex()])
			}
		case *ast.ValueSpec:
			if info.Defs[id] == v && len(n.Names) == len(n.Values) {
				text, ok = constString(info, n.Values[idCur.ParentEdgeIndex()])
			}
		}
		if info.Uses[id] != v {
			continue
		}
		switch idCur.ParentEdgeKind() {
		case edge.AssignStmt_Lhs, edge.RangeStmt_Key, edge.RangeStmt_Value, edge.IncDecStmt_X:
			return "", false // assigned again
		case edge.UnaryExpr_X:
			if idCur.Parent().Node().(*ast.UnaryExpr).Op == token.AND {
				return "", false // its address is taken
			}
		}
	}
	return text, ok
}
