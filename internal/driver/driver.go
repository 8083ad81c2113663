// Package driver is extinct's standalone command-line driver: it loads
// packages, runs analyzers, and prints findings as text, JSON or SARIF with
// the exit codes of the README. cmd/extinct and the benchmark floor share it.
package driver

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/tools/go/analysis"
)

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
	if AsksHelp(args) {
		return Help("", all, optIn, stdout, stderr)
	}
	opts, patterns, selected, code := parseArgs(args, all, optIn, stderr)
	if code >= 0 {
		return code
	}

	// The changed lines (git diff and ls-files) are found while the
	// packages are listed and analysed.
	type changedLines struct {
		lines map[string]map[int]bool
		err   error
	}
	pending := make(chan changedLines, 1)
	if opts.changedOnly() {
		go func() {
			defer func() {
				if r := recover(); r != nil {
					pending <- changedLines{err: fmt.Errorf("internal error: %v", r)}
				}
			}()
			lines, err := opts.changedLines()
			pending <- changedLines{lines, err}
		}()
	}
	findings, failed, err := analyse(&opts, patterns, selected, stderr)
	switch {
	case errors.Is(err, errReported):
		return ExitFailure
	case errors.Is(err, errNoPackages):
		fmt.Fprintf(stderr, "extinct: %s matched no packages\n", strings.Join(patterns, " "))
		return ExitFailure
	case err != nil:
		fmt.Fprintf(stderr, "extinct: %v\n", err)
		return ExitFailure
	}
	if opts.changedOnly() {
		changed := <-pending
		if changed.err != nil {
			fmt.Fprintf(stderr, "extinct: %v\n", changed.err)
			return ExitFailure
		}
		findings = onChangedLines(findings, changed.lines)
	}
	shown := false // -diff printed a fix
	if opts.fix || opts.diff {
		if findings, shown, err = applyFixes(findings, opts.diff, stdout); err != nil {
			fmt.Fprintf(stderr, "extinct: %v\n", err)
			return ExitFailure
		}
	}
	if !opts.diff {
		if err := write(opts.format, stdout, selected, findings); err != nil {
			fmt.Fprintf(stderr, "extinct: %v\n", err)
			return ExitFailure
		}
	}
	switch {
	case failed:
		return ExitFailure
	case (shown || len(findings) > 0) && !opts.exitZero:
		return ExitFindings
	}
	return ExitClean
}
