// Package hook connects processes to the terminal (cmd.Stdout =
// os.Stdout): it writes there on purpose.
package hook

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
)

func Run(cmd *exec.Cmd) error {
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		var exitErr *exec.ExitError
		if errors.As(err, &exitErr) {
			os.Stderr.Write(exitErr.Stderr)
		}
		return err
	}
	return nil
}

func Install(dir string) error {
	fmt.Printf("wrote %s\n", dir)
	return nil
}
