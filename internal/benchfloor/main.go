//go:build tools

// Command benchfloor is the benchmark's floor: extinct's driver and loader
// with one analyzer that does nothing but requires what extinct's analyzers
// require (and uses facts if any of them does, so that it runs on the same
// packages). extinct's time over this is the cost of its analyzers
// themselves. scripts/bench.sh builds and runs it.
package main

import (
	"os"

	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/analyzers"
	"github.com/extinctlint/extinct/internal/driver"
)

type noFact struct{}

func (*noFact) AFact() {}

func main() {
	floor := &analysis.Analyzer{
		Name: "floor",
		Doc:  "does nothing, with the prerequisites of extinct's analyzers",
		Run:  func(*analysis.Pass) (any, error) { return nil, nil },
	}
	seen := make(map[*analysis.Analyzer]bool)
	for _, a := range analyzers.Plain() {
		for _, req := range a.Requires {
			if !seen[req] {
				seen[req] = true
				floor.Requires = append(floor.Requires, req)
			}
		}
		if len(a.FactTypes) > 0 && len(floor.FactTypes) == 0 {
			floor.FactTypes = []analysis.Fact{new(noFact)}
		}
	}
	os.Exit(driver.Run(os.Args[1:], []*analysis.Analyzer{floor}, nil, os.Stdout, os.Stderr))
}
