package driver

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/internal/config"
	"github.com/extinctlint/extinct/internal/rules"
)

// CheckArgs parses args as Run does and returns -1 if they are good, else
// the exit code Run would return, having written why to stderr.
func CheckArgs(args []string, all, optIn []*analysis.Analyzer, stderr io.Writer) int {
	if AsksHelp(args) {
		return ExitClean
	}
	_, _, _, code := parseArgs(args, all, optIn, stderr)
	return code
}

// options are the driver's own flags; the analyzers' flags are registered
// beside them as -NAME (enable) and -NAME.flag.
type options struct {
	format           string // text, json, sarif, github or checkstyle
	exitZero         bool
	tests            bool
	newFromRev       string
	newFromMergeBase string
	newFromPatch     string
	tags             string
	fix, diff        bool
	withOptIn        bool
	config           string // the configuration file's fingerprint, for cache keys
}

// formats are the values of -format.
var formats = []string{"text", "json", "sarif", "github", "checkstyle"}

// changedOnly reports whether only findings on changed lines are reported.
func (o *options) changedOnly() bool {
	return o.newFromRev != "" || o.newFromMergeBase != "" || o.newFromPatch != ""
}

// newFlagSet declares every flag the standalone command accepts, the same
// set that help lists: the driver's own, the rule switches and -config, and
// -NAME and -NAME.option for every analyzer. selection gives the analyzers
// to run once the flags are parsed.
func newFlagSet(all, optIn []*analysis.Analyzer, setup *config.Setup, opts *options) (fs *flag.FlagSet, selection func() []*analysis.Analyzer) {
	fs = flag.NewFlagSet("extinct", flag.ContinueOnError)
	opts.format = "text"
	fs.Func("format", "output format: "+strings.Join(formats, ", ")+" (default text)", func(v string) error {
		if !slices.Contains(formats, v) {
			return fmt.Errorf("want one of %s", strings.Join(formats, ", "))
		}
		opts.format = v
		return nil
	})
	fs.Var(&formatAlias{opts, "json"}, "json", "the same as -format=json")
	fs.Var(&formatAlias{opts, "sarif"}, "sarif", "the same as -format=sarif")
	fs.StringVar(&opts.newFromRev, "new-from-rev", "", "report only findings on lines changed since this git revision (committed, staged or not)")
	fs.StringVar(&opts.newFromMergeBase, "new-from-merge-base", "", "report only findings on lines changed since the merge base of HEAD and this revision (a pull request's changes)")
	fs.StringVar(&opts.newFromPatch, "new-from-patch", "", "report only findings on lines a unified diff file adds")
	fs.BoolVar(&opts.fix, "fix", false, "apply the suggested fixes, then report what is left")
	fs.BoolVar(&opts.diff, "diff", false, "print the suggested fixes as a unified diff (git apply accepts it) instead of applying them")
	fs.BoolVar(&opts.exitZero, "exit-zero", false, "exit 0 even when there are findings (failures still exit 1)")
	fs.BoolVar(&opts.tests, "test", true, "analyze test files too")
	fs.StringVar(&opts.tags, "tags", "", "comma-separated build tags, as for go build")
	fs.BoolVar(&opts.withOptIn, "staticchecks", false, "also run the opt-in bundled staticcheck checks")
	enabled := registerAnalyzerFlags(fs, all, optIn)
	setup.RegisterFlags(fs)
	return fs, func() []*analysis.Analyzer { return enabled(opts.withOptIn) }
}

// formatAlias is a boolean flag that stands for -format=format.
type formatAlias struct {
	opts   *options
	format string
}

func (f *formatAlias) IsBoolFlag() bool { return true }

func (f *formatAlias) String() string {
	if f == nil || f.opts == nil {
		return "false"
	}
	return strconv.FormatBool(f.opts.format == f.format)
}

func (f *formatAlias) Set(v string) error {
	on, err := strconv.ParseBool(v)
	switch {
	case err != nil:
		return err
	case on:
		f.opts.format = f.format
	case f.opts.format == f.format:
		f.opts.format = "text"
	}
	return nil
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
	fs, selection := newFlagSet(all, optIn, setup, &opts)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprintln(stderr, usage) }
	if err := fs.Parse(args); err != nil {
		return opts, nil, nil, ExitUsage // -h and -help are answered before parsing
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return opts, nil, nil, ExitUsage
	}
	if opts.changedOnly() {
		if err := setup.ChangedLinesOnly(); err != nil {
			fmt.Fprintln(stderr, err)
			return opts, nil, nil, ExitUsage
		}
	}
	opts.config = setup.File.Fingerprint()
	return opts, fs.Args(), selection(), -1
}

// AsksHelp reports whether the flags in args ask for help (-h, -help,
// --help), which Run answers with the whole help on stdout.
func AsksHelp(args []string) bool {
	for _, arg := range args {
		if arg == "--" || !strings.HasPrefix(arg, "-") {
			return false
		}
		if name, _, _ := strings.Cut(strings.TrimLeft(arg, "-"), "="); name == "h" || name == "help" {
			return true
		}
	}
	return false
}

// usage is the short usage line of -h and of a bad command line.
const usage = "usage: extinct [-flag ...] package-pattern ...   (extinct help: the analyzers, their rules and every flag)"

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
