//go:build staticchecks

package staticchecks

import (
	"strings"

	"golang.org/x/tools/go/analysis"
	"honnef.co/go/tools/analysis/lint"
	"honnef.co/go/tools/staticcheck/sa1032"
	"honnef.co/go/tools/staticcheck/sa5001"
	"honnef.co/go/tools/stylecheck/st1005"

	"github.com/extinctlint/extinct/internal/suppress"
)

// Version is the honnef.co/go/tools release the checks come from.
const Version = "v0.8.2"

// bundled are the kept checks, in the README's order. The evidence for
// each, and for the checks left out, is in docs/precision/staticchecks.md.
var bundled = []*lint.Analyzer{
	sa5001.SCAnalyzer,
	sa1032.SCAnalyzer,
	st1005.SCAnalyzer,
}

var analyzers = wrapAll(bundled)

func wrapAll(checks []*lint.Analyzer) []*analysis.Analyzer {
	out := make([]*analysis.Analyzer, len(checks))
	for i, c := range checks {
		out[i] = Wrap(c)
	}
	return out
}

// Analyzers returns the bundled staticcheck checks, named as staticcheck
// names them (SA5001, ...). Like extinct's own analyzers they skip
// generated files and leave //nolint to the front end (wrap them with
// suppress.Wrap where the front end does not filter it); in addition they
// honour staticcheck's //lint:ignore and //lint:file-ignore directives
// everywhere. The same analyzers are returned on every call.
func Analyzers() []*analysis.Analyzer {
	return append([]*analysis.Analyzer(nil), analyzers...)
}

// Wrap returns a copy of the staticcheck check c as extinct bundles it: its
// own name, staticcheck's documentation with a line on where it comes from
// and how to silence it, messages prefixed with the name, findings in
// generated files dropped, and //lint:ignore honoured. Only the check itself
// is copied; its prerequisites (buildir, facts) are shared with staticcheck.
func Wrap(c *lint.Analyzer) *analysis.Analyzer {
	a := *c.Analyzer
	name := a.Name
	a.Doc = doc(c)
	a.Run = suppress.LintIgnore(suppress.Generated(prefixed(c.Analyzer.Run, name)), name)
	return &a
}

// doc is staticcheck's documentation of c, then where the check comes from
// and how to silence it.
func doc(c *lint.Analyzer) string {
	name := c.Analyzer.Name
	d := c.Doc.Compile()
	var b strings.Builder
	b.WriteString(d.Format(false))
	b.WriteString("Bundled from staticcheck (honnef.co/go/tools " + Version + "), ")
	if d.NonDefault {
		b.WriteString("where it is off by default. ")
	} else {
		b.WriteString("where it is on by default. ")
	}
	b.WriteString("Silence one finding with //nolint:" + name + " // reason or //lint:ignore " + name + " reason; a file with //lint:file-ignore " + name + " reason.")
	return b.String()
}

// prefixed makes every message of run start with "NAME: ", as extinct's
// own messages do, so that plain and go vet output name the check to
// silence.
func prefixed(run suppress.RunFunc, name string) suppress.RunFunc {
	prefix := name + ": "
	return func(pass *analysis.Pass) (any, error) {
		p := *pass
		p.Report = func(d analysis.Diagnostic) {
			if !strings.HasPrefix(d.Message, prefix) {
				d.Message = prefix + d.Message
			}
			pass.Report(d)
		}
		return run(&p)
	}
}
