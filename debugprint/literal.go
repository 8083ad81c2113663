package debugprint

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// A literal is what localLiteral found for a variable.
type literal struct {
	text string
	ok   bool
}

// constText returns the text of e, an argument of the print p, when it is
// a constant string or a local variable that holds one (localLiteral):
// what the print prints is read from it.
func (c *checker) constText(p *printCall, e ast.Expr) (string, bool) {
	if s, ok := constString(c.pass.TypesInfo, e); ok {
		return s, true
	}
	id := identOf(e)
	if id == nil {
		return "", false
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Kind() != types.LocalVar {
		return "", false
	}
	lit, known := c.literals[v]
	if !known {
		lit = c.localLiteral(p.cur, v)
		if c.literals == nil {
			c.literals = make(map[*types.Var]literal)
		}
		c.literals[v] = lit
	}
	return lit.text, lit.ok
}

// localLiteral returns the constant string that v, a local variable used
// at cur, holds: v is declared with it (prompt := `...`, var s = "..."),
// and never assigned again nor its address taken, in the outermost
// function around cur, which holds every use of v.
func (c *checker) localLiteral(cur inspector.Cursor, v *types.Var) literal {
	info := c.pass.TypesInfo
	var fn inspector.Cursor
	for enc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		fn = enc
	}
	if !fn.Valid() {
		return literal{}
	}
	decl, ok := fn.FindByPos(v.Pos(), v.Pos()+token.Pos(len(v.Name())))
	if !ok {
		return literal{}
	}
	var values []ast.Expr
	switch n := decl.Parent().Node().(type) {
	case *ast.AssignStmt:
		if n.Tok == token.DEFINE && decl.ParentEdgeKind() == edge.AssignStmt_Lhs && len(n.Lhs) == len(n.Rhs) {
			values = n.Rhs
		}
	case *ast.ValueSpec:
		if decl.ParentEdgeKind() == edge.ValueSpec_Names && len(n.Names) == len(n.Values) {
			values = n.Values
		}
	}
	if values == nil {
		return literal{}
	}
	text, ok := constString(info, values[decl.ParentEdgeIndex()])
	if !ok {
		return literal{}
	}
	for idCur := range fn.Preorder((*ast.Ident)(nil)) {
		if info.Uses[idCur.Node().(*ast.Ident)] != v {
			continue
		}
		switch idCur.ParentEdgeKind() {
		case edge.AssignStmt_Lhs, edge.RangeStmt_Key, edge.RangeStmt_Value, edge.IncDecStmt_X:
			return literal{} // assigned again
		case edge.UnaryExpr_X:
			if idCur.Parent().Node().(*ast.UnaryExpr).Op == token.AND {
				return literal{} // its address is taken
			}
		}
	}
	return literal{text, true}
}
