// Package allow is checked with -debugprint.allow=debugprint/allow/...:
// writing to stdout and stderr is legitimate here, as in package main.
package allow

import (
	"fmt"
	"os"
)

func Compute(x int) {
	fmt.Println("report", x)
	fmt.Fprintln(os.Stderr, "stderr", x)
	println("the builtin is still reported") // want `debugprint/builtin: builtin println`
}
