package driver

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/internal/config"
	"github.com/extinctlint/extinct/internal/rules"
)

const helpIntro = `extinct fails the build on whole classes of defects: ignored errors, leftover
debug output, errors carried as strings, and HTTP error paths that answer 200.

usage: extinct [-flag ...] package-pattern ...   (findings: exit 3)
       extinct help [ANALYZER | RULE]           (this text, or one analyzer or rule in full)
       extinct version
       extinct install-hook [-force] [-flag ...] (a git pre-commit hook; the flags are for the hook)
       go vet -vettool=$(command -v extinct) [-flag ...] ./...

Flags may also be set in .extinct.yml (see the README); flags override it.
`

// Help writes extinct's help: with no topic the analyzers, their rules and
// every flag the command accepts; with an analyzer, a rule ID or a bundled
// check, its whole documentation. It returns the exit code.
func Help(topic string, all, optIn []*analysis.Analyzer, stdout, stderr io.Writer) int {
	if topic == "" {
		writeHelp(stdout, all, optIn)
		return ExitClean
	}
	for _, a := range append(all[:len(all):len(all)], optIn...) {
		if strings.EqualFold(a.Name, topic) {
			fmt.Fprintf(stdout, "%s: %s\n", a.Name, a.Doc)
			writeOptions(stdout, a)
			return ExitClean
		}
	}
	if r := rules.Lookup(topic); r != nil {
		fmt.Fprintf(stdout, "%s (tier %s): %s\n\n%s\n\nMore: %s\n", r.ID, r.Tier, r.Summary, r.Doc, r.URL())
		return ExitClean
	}
	fmt.Fprintf(stderr, "extinct help: no analyzer or rule %q (extinct help lists them)\n", topic)
	return ExitUsage
}

func writeHelp(w io.Writer, all, optIn []*analysis.Analyzer) {
	fmt.Fprint(w, helpIntro)
	fmt.Fprint(w, "\nAnalyzers and their rules (tier default: runs unless disabled; strict: runs with -strict or -enable=ID):\n")
	for _, a := range all {
		writeAnalyzer(w, a)
	}
	fmt.Fprint(w, "\nOpt-in bundled checks (run with -staticchecks, or name one: -SA1032):\n")
	for _, a := range optIn {
		writeAnalyzer(w, a)
	}
	fmt.Fprint(w, "\nFlags:\n")
	var opts options
	fs, _ := newFlagSet(all, optIn, new(config.Setup), &opts)
	fs.SetOutput(w)
	fs.PrintDefaults()
}

// writeAnalyzer writes an analyzer's summary line and its rules.
func writeAnalyzer(w io.Writer, a *analysis.Analyzer) {
	summary, _, _ := strings.Cut(a.Doc, "\n")
	fmt.Fprintf(w, "\n  %s: %s\n", a.Name, summary)
	for _, r := range rules.Of(a.Name) {
		if r.ID == a.Name {
			continue // a bundled check is its own one rule
		}
		fmt.Fprintf(w, "    %-28s %-8s %s\n", r.ID, r.Tier, r.Summary)
	}
}

// writeOptions lists an analyzer's options as flags of the command.
func writeOptions(w io.Writer, a *analysis.Analyzer) {
	var names []string
	a.Flags.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	if len(names) == 0 {
		return
	}
	slices.Sort(names)
	fmt.Fprintf(w, "\nOptions (flags, or settings.%s in .extinct.yml):\n", a.Name)
	for _, name := range names {
		f := a.Flags.Lookup(name)
		fmt.Fprintf(w, "  -%s.%s\n    \t%s\n", a.Name, name, f.Usage)
	}
}
