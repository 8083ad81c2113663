// Command extinct runs extinct's analyzers. It takes package patterns like
// go vet (extinct ./...) and also works as go vet -vettool=$(command -v extinct).
package main

import (
	"flag"

	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/extinctlint/extinct/analyzers"
)

func main() {
	flag.Var(versionFlag{}, "V", "print version and exit (-V=full, as go vet asks)")
	multichecker.Main(analyzers.All()...)
}
