// Package driver is extinct's standalone command-line driver: it loads
// packages, runs analyzers, and prints findings as text, JSON or SARIF with
// the exit codes of the README. cmd/extinct and the benchmark floor share it.
package driver

import (
	"flag"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/extinctlint/extinct/internal/config"
	"github.com/extinctlint/extinct/internal/rules"
)

// options are the driver's own flags; the analyzers' flags are registered
// beside them as -NAME (enable) and -NAME.flag.
type options struct {
	json       bool
	sarif      bool
	exitZero   bool
	tests      bool
	newFromRev string
	tags       string
}

// Exit codes, in the README's table.
const (
	ExitClean    = 0
	ExitFailure  = 1
	ExitUsage    = 2
	ExitFindings = 3
)

// Run is the standalone driver: load, analyse, print, and return the exit
// code. It writes findings to stdout and failures to stderr.
// Analyzers in optIn run only when named (-NAME) or with -staticchecks.
func Run(args []string, all, optIn []*analysis.Analyzer, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "extinct: internal error: %v\n", r)
			code = ExitFailure
		}
	}()
	opts, patterns, selected, code := parseArgs(args, all, optIn, stderr)
	if code >= 0 {
		return code
	}

	pkgs, err := load(&packages.Config{
		Tests:      opts.tests,
		BuildFlags: []string{"-tags=" + opts.tags},
	}, patterns)
	if err != nil {
		fmt.Fprintf(stderr, "extinct: %v\n", err)
		return ExitFailure
	}
	if len(pkgs) == 0 {
		fmt.Fprintf(stderr, "extinct: %s matched no packages\n", strings.Join(patterns, " "))
		return ExitFailure
	}
	good, failed := reportLoadErrors(pkgs, stderr)
	if failed && len(good) == 0 {
		return ExitFailure
	}
	graph, err := checker.Analyze(selected, good, &checker.Options{})
	if err != nil {
		fmt.Fprintf(stderr, "extinct: %v\n", err)
		return ExitFailure
	}
	for act := range graph.All() {
		if act.Err != nil && len(act.Package.Errors) == 0 { // a package that failed to load was reported above
			fmt.Fprintf(stderr, "extinct: %s: %s: %v\n", act.Package.PkgPath, act.Analyzer.Name, act.Err)
			failed = true
		}
	}
	findings := collect(graph)
	if opts.newFromRev != "" {
		changed, err := changedLines(opts.newFromRev)
		if err != nil {
			fmt.Fprintf(stderr, "extinct: -new-from-rev=%s: %v\n", opts.newFromRev, err)
			return ExitFailure
		}
		findings = onChangedLines(findings, changed)
	}
	var err2 error
	switch {
	case opts.sarif:
		err2 = writeSARIF(stdout, selected, findings)
	case opts.json:
		err2 = writeJSON(stdout, findings)
	default:
		for _, f := range findings {
			fmt.Fprintf(stdout, "%s:%d:%d: %s\n", relative(f.pos.Filename), f.pos.Line, f.pos.Column, f.diag.Message)
		}
	}
	if err2 != nil {
		fmt.Fprintf(stderr, "extinct: %v\n", err2)
		return ExitFailure
	}
	switch {
	case failed:
		return ExitFailure
	case len(findings) > 0 && !opts.exitZero:
		return ExitFindings
	}
	return ExitClean
}

// CheckArgs parses args as Run does and returns -1 if they are good, else
// the exit code Run would return, having written why to stderr.
func CheckArgs(args []string, all, optIn []*analysis.Analyzer, stderr io.Writer) int {
	_, _, _, code := parseArgs(args, all, optIn, stderr)
	return code
}

// parseArgs reads the configuration file and the command line: the
// options, the package patterns and the analyzers to run, or an exit code
// (>= 0) when there is nothing to run.
func parseArgs(args []string, all, optIn []*analysis.Analyzer, stderr io.Writer) (opts options, patterns []string, selected []*analysis.Analyzer, code int) {
	setup, err := config.LoadSetup(args, append(all[:len(all):len(all)], optIn...))
	if err != nil {
		fmt.Fprintln(stderr, err)
		return opts, nil, nil, ExitUsage
	}
	fs := flag.NewFlagSet("extinct", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: extinct [-flag] [package pattern ...]   (extinct help: the analyzers and their flags)")
	}
	fs.BoolVar(&opts.json, "json", false, "emit JSON output (the multichecker's format)")
	fs.BoolVar(&opts.sarif, "sarif", false, "emit SARIF 2.1.0 output (for code scanning dashboards)")
	fs.StringVar(&opts.newFromRev, "new-from-rev", "", "report only findings on lines changed since this git revision (committed, staged or not)")
	fs.BoolVar(&opts.exitZero, "exit-zero", false, "exit 0 even when there are findings (failures still exit 1)")
	fs.BoolVar(&opts.tests, "test", true, "analyze test files too")
	fs.StringVar(&opts.tags, "tags", "", "comma-separated build tags, as for go build")
	withOptIn := fs.Bool("staticchecks", false, "also run the opt-in bundled staticcheck checks")
	enabled := registerAnalyzerFlags(fs, all, optIn)
	setup.RegisterFlags(fs)
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return opts, nil, nil, ExitClean
		}
		return opts, nil, nil, ExitUsage
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return opts, nil, nil, ExitUsage
	}
	if opts.newFromRev != "" {
		if err := setup.ChangedLinesOnly(); err != nil {
			fmt.Fprintln(stderr, err)
			return opts, nil, nil, ExitUsage
		}
	}
	return opts, fs.Args(), enabled(*withOptIn), -1
}

// registerAnalyzerFlags adds -NAME and -NAME.flag for every analyzer, like
// the multichecker, and returns a function that gives the selection after
// parsing: with any -NAME=true only those run; otherwise all but -NAME=false,
// and the opt-in ones only when asked for.
func registerAnalyzerFlags(fs *flag.FlagSet, all, optIn []*analysis.Analyzer) func(withOptIn bool) []*analysis.Analyzer {
	enable := make(map[*analysis.Analyzer]*triState)
	defaults := make(map[*analysis.Analyzer]bool)
	for _, a := range all {
		defaults[a] = true
	}
	all = append(all[:len(all):len(all)], optIn...)
	for _, a := range all {
		state := new(triState)
		enable[a] = state
		fs.Var(state, a.Name, "enable "+a.Name+" analysis")
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}
	return func(withOptIn bool) []*analysis.Analyzer {
		anyTrue := false
		for _, s := range enable {
			anyTrue = anyTrue || *s == setTrue
		}
		var selected []*analysis.Analyzer
		for _, a := range all {
			if !anyRuleOn(a) {
				continue // -disable switched off all its rules
			}
			if s := *enable[a]; s == setTrue || (!anyTrue && s != setFalse && (defaults[a] || withOptIn)) {
				selected = append(selected, a)
			}
		}
		return selected
	}
}

// anyRuleOn reports whether one of a's rules is enabled, or a declares none.
func anyRuleOn(a *analysis.Analyzer) bool {
	declared := rules.Of(a.Name)
	for _, r := range declared {
		if r.Enabled() {
			return true
		}
	}
	return len(declared) == 0
}

type triState int

const (
	unset triState = iota
	setTrue
	setFalse
)

func (t *triState) IsBoolFlag() bool { return true }
func (t *triState) String() string   { return "" }
func (t *triState) Set(s string) error {
	switch s {
	case "true", "1":
		*t = setTrue
	case "false", "0":
		*t = setFalse
	default:
		return fmt.Errorf("want true or false, got %q", s)
	}
	return nil
}

// reportLoadErrors prints one clear line per package that failed to load
// (the first error of the most specific kind, with its position) and returns
// the packages that loaded cleanly.
func reportLoadErrors(pkgs []*packages.Package, stderr io.Writer) (good []*packages.Package, failed bool) {
	seen := make(map[string]bool)
	for _, p := range pkgs {
		if len(p.Errors) == 0 && !p.IllTyped {
			good = append(good, p)
			continue
		}
		failed = true
		line := describeErrors(p)
		if !seen[line] {
			seen[line] = true
			fmt.Fprintln(stderr, line)
		}
	}
	return good, failed
}

func describeErrors(p *packages.Package) string {
	if len(p.Errors) == 0 {
		return fmt.Sprintf("%s: package has errors in its dependencies", p.PkgPath)
	}
	// Parse errors say the most about a syntax error, type errors about a
	// type error; go list's own errors repeat them less precisely.
	best := p.Errors[0]
	for _, kind := range []packages.ErrorKind{packages.ParseError, packages.TypeError} {
		if i := indexKind(p.Errors, kind); i >= 0 {
			best = p.Errors[i]
			break
		}
	}
	msg := strings.TrimSpace(best.Msg)
	if i := strings.LastIndex(msg, "\n"); i >= 0 && strings.HasPrefix(msg, "# ") {
		msg = msg[i+1:] // go list prefixes "# pkg\n" to a build error
	}
	msg = strings.Join(strings.Fields(msg), " ") // one line, whatever go list said
	if strings.Contains(msg, "does not contain main module") || strings.Contains(msg, "go.mod file not found") {
		msg += " (run extinct inside a Go module: a directory with a go.mod, or below one)"
	}
	pos := relative(best.Pos)
	more := ""
	if n := len(p.Errors) - 1; n > 0 {
		more = fmt.Sprintf(" (and %d more)", n)
	}
	if pos == "" || pos == "-" {
		return fmt.Sprintf("extinct: %s%s", msg, more)
	}
	return fmt.Sprintf("%s: %s%s", pos, msg, more)
}

func indexKind(errs []packages.Error, kind packages.ErrorKind) int {
	for i, e := range errs {
		if e.Kind == kind {
			return i
		}
	}
	return -1
}

// A finding is one root diagnostic with what every output format needs.
type finding struct {
	analyzer *analysis.Analyzer
	pkgID    string
	diag     analysis.Diagnostic
	fset     *token.FileSet
	pos, end token.Position
}

// collect returns the root diagnostics sorted by position, without the
// duplicates that a file in both a package and its test variant produces.
func collect(graph *checker.Graph) []finding {
	var all []finding
	seen := make(map[string]bool)
	for _, act := range graph.Roots {
		for _, d := range act.Diagnostics {
			f := finding{analyzer: act.Analyzer, pkgID: act.Package.ID, diag: d, fset: act.Package.Fset, pos: act.Package.Fset.Position(d.Pos)}
			if d.End.IsValid() {
				f.end = act.Package.Fset.Position(d.End)
			}
			key := fmt.Sprintf("%s:%d:%d: %s", f.pos.Filename, f.pos.Line, f.pos.Column, d.Message)
			if seen[key] {
				continue
			}
			seen[key] = true
			all = append(all, f)
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		a, b := all[i].pos, all[j].pos
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	return all
}

// relative shortens an absolute file name (or file:line:col) below the
// working directory.
func relative(name string) string {
	if !filepath.IsAbs(name) {
		return name
	}
	wd, err := os.Getwd()
	if err != nil {
		return name
	}
	if rel, err := filepath.Rel(wd, name); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return name
}
