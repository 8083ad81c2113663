package debugprint

import (
	"strings"

	"golang.org/x/tools/go/analysis"
)

// checkLibraryOutput reports fmt's prints, writes to os.Stdout and
// os.Stderr and debug.PrintStack in library code (rule
// debugprint/library-output), unless the package, the file, the print's
// place, its text or a comment shows that the output is deliberate.
func checkLibraryOutput(c *checker, pass *analysis.Pass, p *printCall) {
	info := c.pass.TypesInfo
	if p.forUser(c) || p.kind == kindStdout && isScaffold(info, p.cur, p.call) { // the scaffold is debugprint/scaffold's
		return
	}
	if c.deliberatePackage() || c.mainFile || intentional(info, c.pass.Pkg, p.cur, p.call) || c.explained(p.call) {
		return
	}
	where := "stdout"
	if strings.Contains(p.name, "Stderr") || p.kind == kindPrintStack {
		where = "stderr"
	}
	if c.inTest {
		c.report(pass, p, p.name+" in a test writes to the "+where+" of go test, outside the test's log; remove it or use t.Log")
		return
	}
	c.report(pass, p, p.name+" in library code writes to the "+where+" of every program that imports this package; remove it, use a logger, or write to an io.Writer the caller passes in")
}

// deliberatePackage reports whether the package's fmt and stdout/stderr
// output is deliberate (test support, or a package deliberateOutput knows),
// or -debugprint.allow names it.
func (c *checker) deliberatePackage() bool {
	return c.deliberate.get(func() bool {
		return c.isTestSupport() || deliberateOutput(c.pass) || allowedPkgs.match(c.pass.Pkg.Path())
	})
}
