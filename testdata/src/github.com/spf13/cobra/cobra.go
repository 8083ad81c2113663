// Package cobra is a stand-in for github.com/spf13/cobra.
package cobra

import "io"

type Command struct {
	Use     string
	Short   string
	Args    PositionalArgs
	Run     func(cmd *Command, args []string)
	RunE    func(cmd *Command, args []string) error
	PreRunE func(cmd *Command, args []string) error

	usageFunc func(*Command) error
}

type PositionalArgs func(cmd *Command, args []string) error

func (c *Command) Println(i ...interface{})    {}
func (c *Command) OutOrStdout() io.Writer      { return nil }
func (c *Command) AddCommand(cmds ...*Command) {}
func (c *Command) Execute() error              { return nil }
