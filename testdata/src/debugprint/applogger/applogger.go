// Package applogger is a logger (its name ends with logger): when it cannot
// open its log it can only say so on stderr or stdout.
package applogger

import (
	"fmt"
	"os"
)

func Open(dir string) *os.File {
	f, err := os.Create(dir + "/app.log")
	if err != nil {
		fmt.Printf("create log file %s: %v\n", dir, err)
		return os.Stderr
	}
	return f
}
