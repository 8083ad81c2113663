// Package helperfile is production code with one test-helper file: one
// file that imports testing does not make it test support.
package helperfile

import "fmt"

func Sum(xs []int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	fmt.Println(total) // want `debugprint/debug-output: fmt.Println prints a debugging dump \(bare values\)`
	return total
}
