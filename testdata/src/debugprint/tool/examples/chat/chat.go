// Package chat holds the helpers of example programs, outside package
// main: a path element examples marks the code of example programs, which
// print to show what they do, so only the builtin is reported.
package chat

import (
	"errors"
	"fmt"
)

func Publish(msg string) error {
	if err := send(msg); err != nil {
		fmt.Println(msg, len(msg))
	}
	fmt.Println("sent", len(msg))
	println("the builtin is still reported") // want `debugprint/builtin: builtin println`
	return fmt.Errorf("publishing %q", msg)
}

func send(string) error { return errors.New("offline") }
