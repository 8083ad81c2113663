package debugprint

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"
)

// checkBuiltin reports the builtins print and println (rule
// debugprint/builtin), in every package but test support and example
// programs, unless it cannot run (if false { ... }).
func checkBuiltin(c *checker, pass *analysis.Pass, p *printCall) {
	dead := func(cond ast.Expr) bool { return isFalse(c.pass.TypesInfo, cond) }
	if c.testSupport.get(func() bool { return testSupport(c.pass) }) || isExampleProgram(pass) || c.gated(p.cur, dead, false) {
		return
	}
	c.report(pass, p, p.name+" writes unbuffered to stderr and is no logging API, so it is a leftover that clutters the output of every program running this code; remove it or use a logger")
}
