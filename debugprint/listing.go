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
		line := c.listingLine(p, call)
		if line.role == notPrint || line.stream != stream(p) {
			continue
		}
		switch line.role {
		case headingLine:
			return true, false
		case rowLine:
			continue // another row, a blank line, a rule
		}
		return false, true
	}
	return false, false
}

// listingLine is what a statement's call is to a listing.
type listingLine struct {
	role   int // notPrint, headingLine, rowLine or otherPrint
	stream string
}

const (
	notPrint = iota
	headingLine
	rowLine    // bare values, values without a sentence, a line without words
	otherPrint // a message: no heading is further up
)

// listingLine classifies call, once, as a print seen from the print p.
func (c *checker) listingLine(p *printCall, call *ast.CallExpr) listingLine {
	if line, ok := c.lines[call]; ok {
		return line
	}
	var line listingLine
	if q, ok := c.classify(p.cur, call); ok && (q.kind == kindStdout || q.kind == kindWriterArg) {
		line.stream = stream(&q)
		switch reason := c.dumpReason(&q); {
		case q.heading:
			line.role = headingLine
		case reason == reasonBare || reason == reasonNoSentence || q.constant && reason == "":
			line.role = rowLine
		default:
			line.role = otherPrint
		}
	}
	if c.lines == nil {
		c.lines = make(map[*ast.CallExpr]listingLine)
	}
	c.lines[call] = line
	return line
}
