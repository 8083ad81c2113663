// Command cobramain keeps its commands in package main.
package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

var rootCmd = &cobra.Command{
	Use: "cobramain",
	Run: func(cmd *cobra.Command, args []string) {
		fmt.Println("cobramain called") // want `debugprint/scaffold: fmt.Println\("... called"\) is the placeholder`
	},
}

func main() {
	if err := rootCmd.Execute(); err != nil {
		fmt.Println(err)
	}
}
