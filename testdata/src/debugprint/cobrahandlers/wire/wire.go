// Package wire builds commands from another package's handler methods:
// the method value a.Version has the type of RunE. No finding.
package wire

import (
	"fmt"

	"github.com/spf13/cobra"

	"debugprint/cobrahandlers/app"
)

func Commands(a *app.App, names []string) *cobra.Command {
	fmt.Println(names)
	return &cobra.Command{Use: "version", RunE: a.Version}
}
