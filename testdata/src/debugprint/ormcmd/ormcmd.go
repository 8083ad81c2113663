// Package ormcmd runs commands of its own from the process's arguments
// (program orm syncdb): it is a command package, its output deliberate.
package ormcmd

import (
	"fmt"
	"os"
)

func RunCommand() {
	if len(os.Args) < 3 || os.Args[1] != "orm" {
		return
	}
	syncdb(os.Args[2:])
}

func syncdb(args []string) {
	fmt.Printf("create table %s\n", args)
}
