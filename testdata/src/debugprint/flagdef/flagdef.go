// Package flagdef defines flags on the process's command line, like the
// testing package: it is part of a program's command line, and its output
// is deliberate.
package flagdef

import (
	"flag"
	"fmt"
)

var verbose = flag.Bool("flagdef.v", false, "verbose output")

func Summary(passed, failed int) {
	fmt.Printf("PASS %d FAIL %d\n", passed, failed)
	println("the builtin is still reported") // want `debugprint/builtin: builtin println`
}
