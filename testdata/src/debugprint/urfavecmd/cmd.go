// Package urfavecmd is a command package: it defines a urfave/cli App.
package urfavecmd

import (
	"fmt"
	"os"

	"github.com/urfave/cli/v2"
)

func App() *cli.App {
	return &cli.App{
		Name: "tool",
		Commands: []*cli.Command{{
			Name: "hello",
			Action: func(*cli.Context) error {
				fmt.Println("hello")
				fmt.Fprintf(os.Stderr, "done\n")
				return nil
			},
		}},
	}
}
