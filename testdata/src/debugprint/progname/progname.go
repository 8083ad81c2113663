// Package progname reads only the program's name: it is library code.
package progname

import (
	"fmt"
	"os"
	"path/filepath"
)

func Name() string {
	name := filepath.Base(os.Args[0])
	fmt.Println("name", name) // want `debugprint/[a-z-]+: fmt.Println`
	return name
}
