// Package chat holds the helpers of example programs, outside package
// main: a path element examples does not make a package a command, so it is
// library code and its dumps are reported.
package chat

import (
	"errors"
	"fmt"
)

func Publish(msg string) error {
	if err := send(msg); err != nil {
		fmt.Println(msg, len(msg)) // want `debugprint/debug-output: fmt.Println prints a debugging dump \(bare values\)`
	}
	fmt.Println("sent", len(msg))            // want `\(values without a sentence\)`
	println("the builtin is still reported") // want `debugprint/builtin: builtin println`
	return fmt.Errorf("publishing %q", msg)
}

func send(string) error { return errors.New("offline") }
