package debugprint

import "golang.org/x/tools/go/analysis"

// checkDebugOutput reports fmt's prints to stdout and stderr whose content
// is a debugging dump in library code (rule debugprint/debug-output),
// unless their place shows them deliberate.
func checkDebugOutput(c *checker, pass *analysis.Pass, p *printCall) {
	if !c.inTest && !c.isLibrary() {
		return
	}
	reason := c.dumpReason(p)
	if reason == "" || c.placeReason(p, reason == reasonBare || reason == reasonNoSentence) != "" {
		return
	}
	what := "a debugging dump (" + reason + "), not a message,"
	if c.inTest {
		c.report(pass, p, p.name+" prints "+what+" to the "+stream(p)+" of go test, outside the test's log; remove it or use t.Log")
		return
	}
	c.report(pass, p, p.name+" prints "+what+" to the "+stream(p)+" of every program that imports this package; remove it, or use a logger")
}
