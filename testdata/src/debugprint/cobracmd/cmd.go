// Package cobracmd is a command package: it defines cobra commands
// (composite literals of cobra.Command), so its output is its job, except
// for cobra's scaffold.
package cobracmd

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
)

var serveCmd = &cobra.Command{
	Use:   "serve",
	Short: "Serve the site",
	Run: func(cmd *cobra.Command, args []string) {
		fmt.Println("serve called") // want `debugprint/scaffold: fmt.Println\("... called"\) is the placeholder cobra's generator writes into every new command`
	},
}

var listCmd = &cobra.Command{
	Use: "list",
	RunE: func(cmd *cobra.Command, args []string) error {
		for _, a := range args {
			fmt.Println(a)
		}
		fmt.Fprintln(os.Stderr, "listed", len(args))
		fmt.Println("list called twice") // not the scaffold's text
		return nil
	},
}

func Execute() {
	serveCmd.AddCommand(listCmd)
	if err := serveCmd.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println("Execute called")              // not inside a function that takes a *cobra.Command
	println("the builtin is still a leftover") // want `debugprint/builtin: builtin println`
}

func runVersion(cmd *cobra.Command, args []string) {
	fmt.Println("version called") // want `debugprint/scaffold: fmt.Println\("... called"\) is the placeholder`
}

// addFlags takes a *cobra.Command but is no handler: not the scaffold.
func addFlags(cmd *cobra.Command, name string) {
	fmt.Println("flags called")
}
