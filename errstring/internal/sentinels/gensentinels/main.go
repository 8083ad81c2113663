//go:build tools

// Command gensentinels writes errstring's table of the standard library's
// exported errors (sentinels_table.go) and the test file that checks it
// against the values themselves (sentinels_values_test.go), in the current
// directory. Run it with go generate in errstring/.
package main

import (
	"flag"
	"fmt"
	"go/build"
	"os"

	"github.com/extinctlint/extinct/errstring/internal/sentinels"
)

func main() {
	goroot := flag.String("goroot", build.Default.GOROOT, "the Go tree to read")
	pkg := flag.String("pkg", "errstring", "package name of the files written")
	flag.Parse()
	if err := generate(*goroot, *pkg); err != nil {
		fmt.Fprintln(os.Stderr, "gensentinels:", err)
		os.Exit(1)
	}
}

func generate(goroot, pkg string) error {
	release, err := sentinels.Version(goroot)
	if err != nil {
		return err
	}
	table, err := sentinels.Scan(goroot)
	if err != nil {
		return err
	}
	src, err := sentinels.Render(pkg, release, table)
	if err != nil {
		return err
	}
	values, err := sentinels.RenderValues(pkg, release, table)
	if err != nil {
		return err
	}
	if err := os.WriteFile("sentinels_table.go", src, 0o644); err != nil {
		return err
	}
	return os.WriteFile("sentinels_values_test.go", values, 0o644)
}
