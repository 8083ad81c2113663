package errstring

import (
	"go/ast"
	"go/types"
)

// A text match that comes after `if errors.Is(err, S) { ...; return }` on
// the same error cannot be the test for S: on every path to it the error
// is not S, so the text is matched for other errors that say the same
// (grafana-plugin-sdk-go: after errors.Is(err, fs.ErrNotExist), the text
// "file does not exist" of a plugin file system that returns plain text).
// Suggesting errors.Is(err, S) there would suggest a test that is always
// false.

// testedFirst reports whether a statement before the match at the end of
// stack, in a block around it, is `if errors.Is(x, S) { ...; return }` for
// the variable x names and one of all.
func (c *checker) testedFirst(stack []ast.Node, x ast.Expr, all []sentinel) bool {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return false
	}
	v := c.pass.TypesInfo.Uses[id]
	if v == nil {
		return false
	}
	for i := len(stack) - 1; i > 0; i-- {
		blk, ok := stack[i-1].(*ast.BlockStmt)
		if !ok {
			continue
		}
		for _, st := range blk.List {
			if st == stack[i] {
				break
			}
			if ifs, ok := st.(*ast.IfStmt); ok && ifs.Else == nil && endsInReturn(ifs.Body) && c.isSentinelTest(ifs.Cond, v, all) {
				return true
			}
		}
	}
	return false
}

// isSentinelTest reports whether cond is errors.Is(v, S) with S one of all.
func (c *checker) isSentinelTest(cond ast.Expr, v types.Object, all []sentinel) bool {
	call, ok := ast.Unparen(cond).(*ast.CallExpr)
	if !ok || len(call.Args) != 2 || !c.calls(call, "errors", "Is") {
		return false
	}
	if id, ok := ast.Unparen(call.Args[0]).(*ast.Ident); !ok || c.pass.TypesInfo.Uses[id] != v {
		return false
	}
	sel, ok := ast.Unparen(call.Args[1]).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	obj := c.pass.TypesInfo.Uses[sel.Sel]
	if obj == nil || obj.Pkg() == nil {
		return false
	}
	for _, s := range all {
		if s.path == obj.Pkg().Path() && s.name == obj.Name() {
			return true
		}
	}
	return false
}

// endsInReturn reports whether a block's last statement is a return.
func endsInReturn(b *ast.BlockStmt) bool {
	if b == nil || len(b.List) == 0 {
		return false
	}
	_, ok := b.List[len(b.List)-1].(*ast.ReturnStmt)
	return ok
}
