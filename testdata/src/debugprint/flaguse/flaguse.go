// Package flaguse uses its own FlagSet, not the process's command line: it
// stays library code.
package flaguse

import (
	"flag"
	"fmt"
)

func Parse(args []string) bool {
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	v := fs.Bool("v", false, "verbose")
	_ = fs.Parse(args)
	fmt.Println("parsed", *v) // want `debugprint/[a-z-]+: fmt.Println`
	return *v
}
