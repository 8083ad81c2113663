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
	"runtime"
	"strings"

	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/extinctlint/extinct/analyzers"
	"github.com/extinctlint/extinct/internal/config"
	"github.com/extinctlint/extinct/internal/driver"
)

// Exit codes, in the README's table.
const (
	exitClean    = driver.ExitClean
	exitFailure  = driver.ExitFailure
	exitUsage    = driver.ExitUsage
	exitFindings = driver.ExitFindings
)

func main() {
	all, optIn := analyzers.All(), analyzers.OptIn()
	args := os.Args[1:]
	switch {
	case len(args) > 0 && args[0] == "help":
		if len(args) > 2 {
			fmt.Fprintln(os.Stderr, "usage: extinct help [ANALYZER | RULE]")
			os.Exit(exitUsage)
		}
		os.Exit(driver.Help(strings.Join(args[1:], ""), all, optIn, os.Stdout, os.Stderr))
	case len(args) == 1 && (args[0] == "version" || args[0] == "-version" || args[0] == "--version"):
		fmt.Printf("extinct %s %s\n", driver.ModuleVersion(), runtime.Version())
		return
	case len(args) > 0 && args[0] == "install-hook":
		os.Exit(installHook(args[1:], os.Stdout, os.Stderr))
	case goVet(args):
		// go vet's protocol (-V=full, -flags, a .cfg file) is the
		// multichecker's own.
		flag.Var(versionFlag{}, "V", "print version and exit (-V=full, as go vet asks)")
		setup := new(config.Setup)
		if analyses(args) {
			var err error
			if setup, err = config.LoadSetup(args, append(all, optIn...)); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(exitUsage)
			}
		}
		setup.RegisterFlags(flag.CommandLine)
		multichecker.Main(all...)
		return
	}
	os.Exit(driver.Run(args, all, optIn, os.Stdout, os.Stderr))
}

// analyses reports whether go vet's args run the analyzers (a .cfg file),
// so that the configuration file applies; not when go vet only asks for the
// version or the flags.
func analyses(args []string) bool {
	for _, arg := range args {
		name, _, _ := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if name == "V" || name == "flags" {
			return false
		}
	}
	return true
}

// goVet reports whether args are go vet's: -V=full, -flags, or flags and a
// .cfg file.
func goVet(args []string) bool {
	for i, arg := range args {
		if arg == "--" {
			return false
		}
		if !strings.HasPrefix(arg, "-") {
			return i == len(args)-1 && strings.HasSuffix(arg, ".cfg")
		}
		name, _, _ := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if name == "V" || name == "flags" {
			return true
		}
	}
	return false
}
