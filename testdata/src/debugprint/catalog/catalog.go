// Package catalog only ends with log: it is no logger, its output is
// reported.
package catalog

import "fmt"

var items []string

func Add(item string) {
	items = append(items, item)
	fmt.Println("added", item) // want `debugprint/library-output: fmt.Println in library code`
}
