package debugprint

import "golang.org/x/tools/go/analysis"

// checkBuiltin reports the builtins print and println (rule
// debugprint/builtin), in every package but test support, unless it
// cannot run (if false { ... }).
func checkBuiltin(c *checker, pass *analysis.Pass, p *printCall) {
	if c.testSupport.get(func() bool { return testSupport(c.pass) }) || inDeadCode(c.pass.TypesInfo, p.cur) {
		return
	}
	c.report(pass, p, p.name+" writes unbuffered to stderr and is no logging API, so it is a leftover that clutters the output of every program running this code; remove it or use a logger")
}
