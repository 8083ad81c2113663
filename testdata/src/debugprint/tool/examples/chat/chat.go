// Package chat holds the helpers of example programs: printing what happens
// is what an example is for, so no default rule but builtin reports it.
package chat

import (
	"errors"
	"fmt"
)

func Publish(msg string) {
	if err := send(msg); err != nil {
		err = fmt.Errorf("error publishing: %w", err)
		fmt.Println(err)
	}
	fmt.Println("sent", len(msg))
	println("the builtin is still reported") // want `debugprint/builtin: builtin println`
}

func send(string) error { return errors.New("offline") }
