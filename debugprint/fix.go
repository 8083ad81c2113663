package debugprint

import (
	"bytes"
	"go/ast"
	"go/format"
	"go/token"
	"go/types"
	"sort"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// deletion returns the edits that delete the statement made of call, and
// the imports that only it used, or nil when that is not safe: the call is
// not a whole statement on lines of its own, its arguments may have effects
// (a call, a receive, an index that may panic), or deleting it would leave a
// local variable unused.
func (c *checker) deletion(cur inspector.Cursor, call *ast.CallExpr) []analysis.TextEdit {
	stmtCur, ok := wholeStatement(cur)
	if !ok {
		return nil
	}
	info := c.pass.TypesInfo
	for _, arg := range call.Args {
		if !pure(info, arg) {
			return nil
		}
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && !pure(info, sel.X) {
		return nil
	}
	stmt := stmtCur.Node()
	if c.leavesUnusedVar(stmtCur, stmt) {
		return nil
	}
	for _, imp := range c.file.Imports {
		if imp.Name != nil && imp.Name.Name == "." {
			return nil // uses of a dot import are not counted
		}
	}
	if c.source(nil) == nil {
		return nil
	}
	tf := c.pass.Fset.File(stmt.Pos())
	start, end, ok := lineRange(c.src, tf.Offset(stmt.Pos()), tf.Offset(stmt.End()))
	if !ok {
		return nil
	}
	start, end = dropBlankLine(c.src, start, end)
	imports, ok := c.unusedImports(stmt)
	if !ok {
		return nil
	}
	return c.gofmtClean(tf, append([]span{{start, end}}, imports...))
}

// A span is a byte range [start, end) of whole lines of the file to delete.
type span struct{ start, end int }

// gofmtClean turns the deletions into edits, or returns nil when the file
// would not be gofmt-clean after them: deleting a line can change how gofmt
// aligns the trailing comments of the lines around it, and an edit that
// realigned them would collide with the fix of a neighbouring finding.
func (c *checker) gofmtClean(tf *token.File, dels []span) []analysis.TextEdit {
	sort.Slice(dels, func(i, j int) bool { return dels[i].start < dels[j].start })
	edited := make([]byte, 0, len(c.src))
	last := 0
	for _, d := range dels {
		if d.start < last {
			return nil
		}
		edited = append(edited, c.src[last:d.start]...)
		last = d.end
	}
	edited = append(edited, c.src[last:]...)
	formatted, err := format.Source(edited)
	if err != nil || !bytes.Equal(formatted, edited) {
		return nil
	}
	edits := make([]analysis.TextEdit, len(dels))
	for i, d := range dels {
		edits[i] = analysis.TextEdit{Pos: tf.Pos(d.start), End: tf.Pos(d.end)}
	}
	return edits
}

// wholeStatement returns the statement that call is, when it is an
// expression statement (or an assignment of its results to blanks) in a
// statement list.
func wholeStatement(cur inspector.Cursor) (inspector.Cursor, bool) {
	parent := cur.Parent()
	for {
		if _, ok := parent.Node().(*ast.ParenExpr); !ok {
			break
		}
		parent = parent.Parent()
	}
	switch stmt := parent.Node().(type) {
	case *ast.ExprStmt:
	case *ast.AssignStmt:
		if len(stmt.Rhs) != 1 || (stmt.Tok != token.ASSIGN && stmt.Tok != token.DEFINE) {
			return parent, false
		}
		for _, lhs := range stmt.Lhs {
			if id, ok := lhs.(*ast.Ident); !ok || id.Name != "_" {
				return parent, false
			}
		}
		if stmt.Tok == token.DEFINE {
			return parent, false // _ := f() does not compile anyway
		}
	default:
		return parent, false
	}
	switch parent.ParentEdgeKind() {
	case edge.BlockStmt_List, edge.CaseClause_Body, edge.CommClause_Body:
		return parent, true
	}
	return parent, false
}

// pure reports whether evaluating e has no effect and cannot panic (other
// than through a nil pointer it reads through): identifiers, literals,
// field and package selections, conversions, len and cap, arithmetic other
// than integer division, map lookups.
func pure(info *types.Info, e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Ident, *ast.BasicLit, *ast.FuncLit:
		return true
	case *ast.ParenExpr:
		return pure(info, e.X)
	case *ast.SelectorExpr:
		if _, ok := info.Uses[e.Sel].(*types.PkgName); ok {
			return true
		}
		if id, ok := e.X.(*ast.Ident); ok {
			if _, ok := info.Uses[id].(*types.PkgName); ok {
				return true
			}
		}
		return pure(info, e.X)
	case *ast.StarExpr:
		return pure(info, e.X)
	case *ast.UnaryExpr:
		return e.Op != token.ARROW && pure(info, e.X)
	case *ast.BinaryExpr:
		if e.Op == token.QUO || e.Op == token.REM {
			tv, ok := info.Types[e]
			if !ok {
				return false
			}
			if b, ok := tv.Type.Underlying().(*types.Basic); !ok || (b.Info()&types.IsInteger != 0 && tv.Value == nil) {
				return false
			}
		}
		return pure(info, e.X) && pure(info, e.Y)
	case *ast.IndexExpr:
		tv, ok := info.Types[e.X]
		if !ok {
			return false
		}
		if _, isMap := tv.Type.Underlying().(*types.Map); !isMap {
			return false
		}
		return pure(info, e.X) && pure(info, e.Index)
	case *ast.CompositeLit:
		for _, elt := range e.Elts {
			if !pure(info, elt) {
				return false
			}
		}
		return true
	case *ast.KeyValueExpr:
		return pure(info, e.Key) && pure(info, e.Value)
	case *ast.CallExpr:
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() {
			return len(e.Args) == 1 && pure(info, e.Args[0])
		}
		id, ok := ast.Unparen(e.Fun).(*ast.Ident)
		if !ok {
			return false
		}
		b, ok := info.Uses[id].(*types.Builtin)
		if !ok {
			return false
		}
		switch b.Name() {
		case "len", "cap", "min", "max", "real", "imag", "complex":
		default:
			return false
		}
		for _, arg := range e.Args {
			if !pure(info, arg) {
				return false
			}
		}
		return true
	}
	return false
}

// leavesUnusedVar reports whether stmt reads a local variable that nothing
// else in its function reads, so that deleting stmt would not compile.
func (c *checker) leavesUnusedVar(stmtCur inspector.Cursor, stmt ast.Node) bool {
	info := c.pass.TypesInfo
	var locals []*types.Var
	ast.Inspect(stmt, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		v, ok := info.Uses[id].(*types.Var)
		if ok && !v.IsField() && v.Pkg() == c.pass.Pkg && v.Parent() != nil && v.Parent() != v.Pkg().Scope() {
			locals = append(locals, v)
		}
		return true
	})
	if len(locals) == 0 {
		return false
	}
	// The outermost enclosing function holds every use of its locals.
	var body inspector.Cursor
	for enc := range stmtCur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		body = enc
	}
	if !body.Valid() {
		return true
	}
	for _, v := range locals {
		if c.isParam(body, v) {
			continue
		}
		read := false
		for idCur := range body.Preorder((*ast.Ident)(nil)) {
			id := idCur.Node().(*ast.Ident)
			if info.Uses[id] != v || (id.Pos() >= stmt.Pos() && id.End() <= stmt.End()) {
				continue
			}
			switch idCur.ParentEdgeKind() {
			case edge.AssignStmt_Lhs, edge.IncDecStmt_X:
				continue // a write is no use
			}
			read = true
			break
		}
		if !read {
			return true
		}
	}
	return false
}

// isParam reports whether v is a parameter or result of a function in fn's
// subtree: unused parameters compile.
func (c *checker) isParam(fn inspector.Cursor, v *types.Var) bool {
	for cur := range fn.Preorder((*ast.FuncType)(nil)) {
		ft := cur.Node().(*ast.FuncType)
		if ft.Pos() <= v.Pos() && v.Pos() < ft.End() {
			return true
		}
	}
	return false
}

// source returns the contents of the file being checked, read on first use,
// or nil when it cannot be read. The argument lets it serve as the src of
// astutil.AdjacentComments.
func (c *checker) source(*token.File) []byte {
	if c.src == nil {
		src, err := c.pass.ReadFile(c.pass.Fset.File(c.file.FileStart).Name())
		if err != nil {
			return nil
		}
		c.src = src
	}
	return c.src
}
