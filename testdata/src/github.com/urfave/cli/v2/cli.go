// Package cli is a stand-in for github.com/urfave/cli/v2.
package cli

type Context struct{}

type ActionFunc func(*Context) error

type Command struct {
	Name   string
	Action ActionFunc
}

type App struct {
	Name     string
	Commands []*Command
}

func (a *App) Run(arguments []string) error { return nil }
