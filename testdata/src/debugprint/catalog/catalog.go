// Package catalog only ends with log: it is no logger, its output is
// reported.
package catalog

import "fmt"

func Add(item string) {
	fmt.Println("added", item) // want `debugprint: fmt.Println in library code`
}
