package debugprint

import (
	"strings"

	"golang.org/x/tools/go/analysis"
)

// checkLibraryOutput reports fmt's prints, writes to os.Stdout and
// os.Stderr and debug.PrintStack in library code (rule
// debugprint/library-output).
func checkLibraryOutput(c *checker, pass *analysis.Pass, p *printCall) {
	if !c.inTest && !c.isLibrary() {
		return
	}
	if c.inTest {
		c.report(pass, p, p.name+" in a test writes to the "+stream(p)+" of go test, outside the test's log; remove it or use t.Log")
		return
	}
	c.report(pass, p, p.name+" in library code writes to the "+stream(p)+" of every program that imports this package; remove it, use a logger, or write to an io.Writer the caller passes in")
}

// stream is where p writes: "stdout" or "stderr".
func stream(p *printCall) string {
	if strings.Contains(p.name, "Stderr") || p.kind == kindPrintStack || p.kind == kindBuiltin {
		return "stderr"
	}
	return "stdout"
}
