// Package flagsonly takes a *cobra.Command, but no function of it has the
// type of a handler field of cobra.Command: it is library code, and its
// dumps are reported.
package flagsonly

import (
	"fmt"

	"github.com/spf13/cobra"
)

// Bind has one parameter more than RunE: no handler.
func Bind(cmd *cobra.Command, args []string, values map[string]any) error {
	fmt.Println("bind", values) // want `debugprint/debug-output: fmt.Println prints a debugging dump \(values without a sentence\)`
	fmt.Println("Bound the flags.")
	return nil
}

// Usage has the type of an unexported field (usageFunc): no handler.
func Usage(cmd *cobra.Command) error {
	fmt.Println(cmd.Use, len(cmd.Short)) // want `\(bare values\)`
	return nil
}

// Run takes the arguments but not the command: no handler.
func Run(args []string) error {
	fmt.Printf("args=%v\n", args) // want `\(values without a sentence\)`
	return nil
}
