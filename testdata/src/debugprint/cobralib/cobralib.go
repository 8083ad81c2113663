// Package cobralib imports cobra only to add flags to a command its caller
// made: it defines no command, so it is library code, and a dump in it is
// reported like in any library.
package cobralib

import (
	"fmt"

	"github.com/spf13/cobra"
)

// RegisterFlags takes the caller's command: that makes no command here.
func RegisterFlags(cmd *cobra.Command) {
	cmd.Println("flags registered")
}

func BindEnv(keys []string, values map[string]any) error {
	for _, k := range keys {
		fmt.Printf("%s: %+v %T\n", k, values[k], values[k]) // want `debugprint/debug-output: fmt.Printf prints a debugging dump \(a dump verb\)`
	}
	fmt.Println("Bound the environment to the configuration.") // a message
	return nil
}
