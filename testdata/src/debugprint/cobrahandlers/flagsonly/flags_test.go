package flagsonly

import (
	"testing"

	"github.com/spf13/cobra"
)

// A handler in a _test.go file does not make the package a command.
func testRun(cmd *cobra.Command, args []string) error { return nil }

func TestRun(t *testing.T) { _ = testRun(&cobra.Command{RunE: testRun}, nil) }
