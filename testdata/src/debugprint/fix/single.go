// Package fix: the suggested fix deletes the print, and the import that only
// it used.
package fix

import "fmt"

func Single(name string, n int) int {
	total := n * 2

	fmt.Println("single:", name, total) // want `debugprint/[a-z-]+: fmt.Println`

	return total
}
