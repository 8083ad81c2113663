package errstring

import (
	"go/ast"
	"go/types"
	"slices"

	"github.com/extinctlint/extinct/internal/astutil"
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
	v := c.varOf(x)
	if v == nil {
		return false
	}
	for parent, child := range enclosing(stack) {
		blk, ok := parent.(*ast.BlockStmt)
		if !ok {
			continue
		}
		for _, st := range blk.List {
			if st == child {
				break
			}
			if ifs, ok := st.(*ast.IfStmt); ok && ifs.Else == nil && astutil.EndsInReturn(ifs.Body) && c.isSentinelTest(ifs.Cond, v, all) {
				return true
			}
		}
	}
	return false
}

// isSentinelTest reports whether cond is errors.Is(v, S) with S one of all.
func (c *checker) isSentinelTest(cond ast.Expr, v types.Object, all []sentinel) bool {
	call, ok := ast.Unparen(cond).(*ast.CallExpr)
	if !ok || len(call.Args) != 2 || !c.calls(call, "errors", "Is") || c.varOf(call.Args[0]) != v {
		return false
	}
	id := astutil.NameIdent(call.Args[1])
	if id == nil {
		return false
	}
	obj := c.pass.TypesInfo.Uses[id]
	return obj != nil && obj.Pkg() != nil && slices.ContainsFunc(all, func(s sentinel) bool {
		return s.path == obj.Pkg().Path() && s.name == obj.Name()
	})
}
