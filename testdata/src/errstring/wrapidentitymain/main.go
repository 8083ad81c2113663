// Command wrapidentitymain: a program's errors end in a log line, and
// nothing inspects them; its sentinel is exported but no package can
// import a command.
package main

import (
	"errors"
	"fmt"
	"log"
	"os"
)

var ErrUsage = errors.New("usage: wrapidentitymain FILE")

func run(args []string) error {
	if len(args) < 2 {
		return ErrUsage
	}
	if _, err := os.ReadFile(args[1]); err != nil {
		return fmt.Errorf("read %s: %v", args[1], err)
	}
	return nil
}

func main() {
	if err := run(os.Args); err != nil {
		log.Fatal(fmt.Errorf("wrapidentitymain: %v", err))
	}
}
