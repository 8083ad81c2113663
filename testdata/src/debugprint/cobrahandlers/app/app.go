// Package app implements a CLI's commands outside cmd/: its methods have
// the type of cobra.Command's handler fields, and the command package
// wires them (RunE: a.Version). Their output is the command's output: no
// finding.
package app

import (
	"fmt"

	"github.com/spf13/cobra"
)

type App struct {
	version, commit string
	certs           map[string]int
}

func (a *App) Version(cmd *cobra.Command, args []string) error {
	fmt.Printf("version : %s\n", a.version)
	fmt.Printf(" commit : %s\n", a.commit)
	return nil
}

func (a *App) ListCerts(cmd *cobra.Command, args []string) {
	for id, n := range a.certs {
		fmt.Printf("%q id: %d\n", id, n)
	}
	fmt.Print(a.table())
}

func (a *App) table() string { return fmt.Sprint(len(a.certs)) }

// ValidateArgs has the type of the Args field (cobra.PositionalArgs).
func ValidateArgs(cmd *cobra.Command, args []string) error {
	fmt.Println(len(args))
	return nil
}
