// Package wrap makes command handlers: its function literals have the
// type of cobra.Command's RunE. No finding.
package wrap

import (
	"fmt"

	"github.com/spf13/cobra"
)

func Timed(name string, run func() (int, error)) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		n, err := run()
		fmt.Println(name, n)
		return err
	}
}
