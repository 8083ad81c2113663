// Package serve holds a command of tool outside package main, without a
// command-line framework: its path has a cmd element, so it is a command
// package and its output is its job.
package serve

import (
	"fmt"
	"os"
)

func Run(args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "usage: tool serve ADDR")
		return 2
	}
	fmt.Printf("serving on %s\n", args[0])
	println("but not the builtin") // want `debugprint/builtin: builtin println`
	return 0
}
