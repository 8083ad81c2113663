// Command extinct runs extinct's analyzers. It takes package patterns like
// go vet (extinct ./...) and also works as go vet -vettool=$(command -v extinct).
//
// Exit codes: 0 no findings, 1 failure (bad input, a package that does not
// load, an analyzer's internal error), 2 bad command line, 3 findings.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/extinctlint/extinct/analyzers"
	"github.com/extinctlint/extinct/internal/config"
	"github.com/extinctlint/extinct/internal/driver"
	"github.com/extinctlint/extinct/internal/rules"
)

// Exit codes, in the README's table.
const (
	exitClean    = driver.ExitClean
	exitFailure  = driver.ExitFailure
	exitUsage    = driver.ExitUsage
	exitFindings = driver.ExitFindings
)

func main() {
	all := analyzers.All()
	if len(os.Args) == 3 && os.Args[1] == "help" {
		if r := rules.Lookup(os.Args[2]); r != nil && r.ID != r.Analyzer() {
			// A rule's documentation, from its analyzer's table.
			fmt.Printf("%s (tier %s): %s\n\n%s\n\nMore: %s\n", r.ID, r.Tier, r.Summary, r.Doc, r.URL())
			return
		}
	}
	if delegated(os.Args[1:]) {
		// go vet's protocol (-V=full, -flags, a .cfg file), help, and the
		// fix-applying modes are the multichecker's own.
		flag.Var(versionFlag{}, "V", "print version and exit (-V=full, as go vet asks)")
		setup := new(config.Setup)
		if analyses(os.Args[1:]) {
			var err error
			if setup, err = config.LoadSetup(os.Args[1:], append(all, analyzers.OptIn()...)); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(exitUsage)
			}
		}
		setup.RegisterFlags(flag.CommandLine)
		multichecker.Main(all...)
		return
	}
	if len(os.Args) > 1 && os.Args[1] == "install-hook" {
		os.Exit(installHook(os.Args[2:], os.Stdout, os.Stderr))
	}
	os.Exit(driver.Run(os.Args[1:], all, analyzers.OptIn(), os.Stdout, os.Stderr))
}

// analyses reports whether delegated args run analyzers (go vet's .cfg,
// -fix, -diff), so that the configuration file applies; not when go vet only
// asks for the version or the flags, nor for help.
func analyses(args []string) bool {
	for _, arg := range args {
		name, _, _ := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if arg == "help" || name == "V" || name == "flags" {
			return false
		}
	}
	return true
}

// delegated reports whether args ask for a mode that the multichecker
// provides unchanged.
func delegated(args []string) bool {
	for i, arg := range args {
		if arg == "--" {
			return false
		}
		if !strings.HasPrefix(arg, "-") {
			return arg == "help" || (i == len(args)-1 && strings.HasSuffix(arg, ".cfg"))
		}
		name, _, _ := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		switch name {
		case "V", "flags", "fix", "diff":
			return true
		}
	}
	return false
}
