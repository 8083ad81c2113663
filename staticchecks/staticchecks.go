package staticchecks

import (
	"strings"

	"golang.org/x/tools/go/analysis"
	"honnef.co/go/tools/analysis/lint"
	"honnef.co/go/tools/staticcheck/sa1032"
	"honnef.co/go/tools/staticcheck/sa5001"
	"honnef.co/go/tools/stylecheck/st1005"

	"github.com/extinctlint/extinct/internal/rules"
	"github.com/extinctlint/extinct/internal/suppress"
)

// Version is the honnef.co/go/tools release the checks come from.
const Version = "v0.8.2"

// The kept checks, in the README's order. The evidence for each, and for
// the checks left out, is in docs/precision/staticchecks.md, with the cost.
var (
	// cheap checks walk the syntax tree that extinct's analyzers share
	// (SA5001 adds about 2% to extinct's run on net/...).
	cheap = wrapAll([]*lint.Analyzer{
		sa5001.SCAnalyzer,
	})
	// costly checks need staticcheck's IR of every package analysed
	// (buildir): together they add about 22% CPU and 45% memory.
	costly = wrapAll([]*lint.Analyzer{
		sa1032.SCAnalyzer,
		st1005.SCAnalyzer,
	})
)

func wrapAll(checks []*lint.Analyzer) []*analysis.Analyzer {
	out := make([]*analysis.Analyzer, len(checks))
	for i, c := range checks {
		out[i] = Wrap(c)
	}
	return out
}

// Analyzers returns every bundled staticcheck check, Default() then
// OptIn(), named as staticcheck names them (SA5001, ...). Like extinct's own
// analyzers they skip generated files and leave //nolint:NAME to the front
// end (wrap them with suppress.Wrap where the front end does not filter
// it); in addition they honour staticcheck's //lint:ignore and
// //lint:file-ignore and golangci-lint's //nolint:staticcheck everywhere.
// The same analyzers are returned on every call.
func Analyzers() []*analysis.Analyzer {
	return append(Default(), costly...)
}

// Default returns the bundled checks cheap enough to run by default: they
// need nothing extinct's own analyzers do not already compute.
func Default() []*analysis.Analyzer {
	return append([]*analysis.Analyzer(nil), cheap...)
}

// OptIn returns the bundled checks that need staticcheck's IR, which costs
// more than the 20% over extinct's own analyzers that a default may add:
// they run only when asked for.
func OptIn() []*analysis.Analyzer {
	return append([]*analysis.Analyzer(nil), costly...)
}

// Wrap returns a copy of the staticcheck check c as extinct bundles it: its
// own name, staticcheck's documentation with a line on where it comes from
// and how to silence it, messages prefixed with the name, findings in
// generated files dropped, and //lint:ignore, //lint:file-ignore and
// //nolint:staticcheck (or the check's golangci-lint v1 linter, such as
// stylecheck) honoured. Only the check itself is copied; its prerequisites
// (buildir, facts) are shared with staticcheck.
//
// Each check is one rule of extinct's rule table, whose ID is the check's
// name (SA5001); Wrap registers it, so call it once per check.
func Wrap(c *lint.Analyzer) *analysis.Analyzer {
	a := *c.Analyzer
	name := a.Name
	a.Doc = doc(c)
	summary, _, _ := strings.Cut(a.Doc, "\n")
	rules.Register(&rules.Rule{ID: name, Tier: rules.Default, Summary: summary, Doc: a.Doc})
	run := suppress.Generated(prefixed(c.Analyzer.Run, name))
	run = suppress.NolintAliases(run, aliases(name)...)
	a.Run = suppress.LintIgnore(run, name)
	return &a
}

// aliases are the golangci-lint linter names under which staticcheck's
// users already silence the check with //nolint: staticcheck (all checks
// since golangci-lint v2), stylecheck and gosimple (v1).
func aliases(name string) []string {
	switch {
	case strings.HasPrefix(name, "ST"):
		return []string{"staticcheck", "stylecheck"}
	case strings.HasPrefix(name, "S1"):
		return []string{"staticcheck", "gosimple"}
	}
	return []string{"staticcheck"}
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
	b.WriteString("Silence one finding with //nolint:" + name + " // reason, //nolint:staticcheck // reason or //lint:ignore " + name + " reason; a file with //lint:file-ignore " + name + " reason.")
	return b.String()
}

// prefixed makes every message of run start with "NAME: ", as extinct's
// own messages do, so that plain and go vet output name the check to
// silence, and gives every diagnostic the check's name as its Category
// (its rule ID).
func prefixed(run suppress.RunFunc, name string) suppress.RunFunc {
	prefix := name + ": "
	return func(pass *analysis.Pass) (any, error) {
		p := *pass
		p.Report = func(d analysis.Diagnostic) {
			if !strings.HasPrefix(d.Message, prefix) {
				d.Message = prefix + d.Message
			}
			d.Category = name
			pass.Report(d)
		}
		return run(&p)
	}
}
