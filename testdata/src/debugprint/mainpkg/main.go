// Command mainpkg: a command's job is to print, so only the builtins and the
// dump helpers are reported here.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/davecgh/go-spew/spew"
)

func main() {
	fmt.Println("result:", 42)
	fmt.Fprintln(os.Stderr, "usage: mainpkg FILE")
	io.WriteString(os.Stdout, "done\n")
	os.Stdout.WriteString("ok\n")
	debug.PrintStack()
	println("still a leftover") // want `debugprint/builtin: builtin println`
	spew.Dump(os.Args)          // want `debugprint/dump: spew.Dump is a debugging dump helper`
}
