package debugprint

import (
	"go/ast"
	"slices"
	"strings"

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
		reason := dumpReason(c.pass.TypesInfo, &q)
		text, constant := c.constText(&q)
		t := readText(text)
		switch {
		case constant && reason == "" && t.words+t.labels > 0 &&
			(strings.HasSuffix(text, "\n") || strings.HasSuffix(q.fn.Name(), "ln")):
			return true, false
		case reason == reasonBare || reason == reasonNoSentence || constant && reason == "":
			continue // another row, a blank line, a rule
		}
		return false, true
	}
	return false, false
}

// constText returns the text of the print q when it prints constants
// only: a format without verbs, or constant arguments.
func (c *checker) constText(q *printCall) (string, bool) {
	args := q.call.Args
	if q.kind == kindWriterArg {
		args = args[1:]
	}
	var text strings.Builder
	for _, a := range args {
		s, ok := constString(c.pass.TypesInfo, a)
		if !ok || strings.HasSuffix(q.fn.Name(), "f") && (len(args) > 1 || strings.Contains(replaceVerbs(s, func(string) {}), valueMark)) {
			return "", false
		}
		text.WriteString(s + " ")
	}
	return strings.TrimSuffix(text.String(), " "), !q.call.Ellipsis.IsValid()
}
