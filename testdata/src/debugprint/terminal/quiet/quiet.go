// Package quiet only looks like it talks with the terminal: it captures a
// process's output, reads files, and has a Write method that is not an
// io.Writer's. Its prints are reported.
package quiet

import (
	"fmt"
	"os"
	"os/exec"
)

func Run(cmd *exec.Cmd) error {
	out, err := cmd.CombinedOutput()
	os.Stderr.Write(out) // want `debugprint/library-output: os.Stderr.Write in library code`
	return err
}

func ReadConfig(name string) []byte {
	b, _ := os.ReadFile(name)
	fmt.Println(string(b)) // want `debugprint/library-output: fmt.Println in library code`
	return b
}

type table struct{ rows []string }

func (t *table) Write(row string) {
	t.rows = append(t.rows, row)
	fmt.Println("row", row) // want `debugprint/library-output: fmt.Println in library code`
}

// Keeps fmt imported once the fixes delete the prints.
var _ = fmt.Sprint
