package debugprint

import "golang.org/x/tools/go/analysis"

// checkNewOutput reports fmt's prints to stdout in library code (rule
// debugprint/new-output); it runs when only changed lines are reported.
func checkNewOutput(c *checker, pass *analysis.Pass, p *printCall) {
	if c.inTest || !c.isLibrary() || stream(p) != "stdout" || p.kind != kindStdout && p.kind != kindWriterArg {
		return
	}
	c.report(pass, p, "new "+p.name+" in library code writes to the stdout of every program that imports this package; remove it, use a logger, or mark it //nolint:debugprint // with the reason it prints")
}
