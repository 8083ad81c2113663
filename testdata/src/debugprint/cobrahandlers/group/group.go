// Package group builds a group command without a handler: no sign of a
// command, so it is library code and its dump is reported.
package group

import (
	"fmt"

	"github.com/spf13/cobra"
)

var Root = &cobra.Command{Use: "tool", Short: "A tool"}

func Add(cmds []*cobra.Command) int {
	fmt.Println(len(cmds)) // want `\(bare values\)`
	Root.AddCommand(cmds...)
	return len(cmds)
}
