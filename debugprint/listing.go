package debugprint

import (
	"go/ast"
	"slices"

	"github.com/extinctlint/extinct/internal/astutil"
)

// headingBefore looks back from stmt, in the statement list of block, for
// the heading of a listing whose row is the print p: the nearest print
// before it, to the same stream, that is not itself a row (bare values,
// values without a sentence) or a line without words (a blank line, a
// rule of dashes) prints a line of constant text with words
// (fmt.Println("Uncommitted files:"), "===== Config =====") that is no
// debugging marker. Statements that do not print are passed over. blocked
// reports that another print came first: there is no heading further up.
func (c *checker) headingBefore(p *printCall, block ast.Node, stmt ast.Stmt) (heading, blocked bool) {
	list := astutil.StmtList(block)
	for i := slices.Index(list, stmt) - 1; i >= 0; i-- {
		es, ok := list[i].(*ast.ExprStmt)
		if !ok {
			continue
		}
		call, ok := ast.Unparen(es.X).(*ast.CallExpr)
		if !ok {
			continue
		}
		q, ok := c.classify(p.cur, call)
		if !ok || q.kind != kindStdout && q.kind != kindWriterArg || stream(&q) != stream(p) {
			continue
		}
		switch reason := dumpReason(c.pass.TypesInfo, &q); {
		case q.heading:
			return true, false
		case reason == reasonBare || reason == reasonNoSentence || q.constant && reason == "":
			continue // another row, a blank line, a rule
		}
		return false, true
	}
	return false, false
}
