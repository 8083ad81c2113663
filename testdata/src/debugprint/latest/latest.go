// Package latest only looks like test support (its name ends with test):
// its output is reported.
package latest

import "fmt"

func Version() string {
	fmt.Println("checking version") // want `debugprint/library-output: fmt.Println in library code`
	return "v1"
}
