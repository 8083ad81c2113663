package debugprint

import "golang.org/x/tools/go/analysis"

// dumpTargets are the dump helpers of debugging libraries, by package path;
// "Type.Method" names a method. The S-variants (spew.Sdump, litter.Sdump,
// pretty.Sprint) return strings and are not listed; the F-variants write to
// the writer they are given.
var dumpTargets = map[string][]string{
	"github.com/davecgh/go-spew/spew": {
		"Dump", "Print", "Printf", "Println",
		"ConfigState.Dump", "ConfigState.Print", "ConfigState.Printf", "ConfigState.Println",
	},
	"github.com/k0kubun/pp":       {"Print", "Printf", "Println"},
	"github.com/k0kubun/pp/v3":    {"Print", "Printf", "Println"},
	"github.com/kr/pretty":        {"Print", "Printf", "Println"},
	"github.com/sanity-io/litter": {"Dump", "Options.Dump"},
}

// checkDump reports the dump helpers of debugging libraries and the
// functions -debugprint.funcs names (rule debugprint/dump), in every
// package: no sign makes them deliberate.
func checkDump(c *checker, pass *analysis.Pass, p *printCall) {
	if p.kind == kindExtra {
		c.report(pass, p, p.name+" is debug output (listed in -debugprint.funcs) that should not ship; remove it")
		return
	}
	c.report(pass, p, p.name+" is a debugging dump helper that writes to stdout of every program running this code; remove it, or log its S-variant (Sdump, Sprint)")
}
