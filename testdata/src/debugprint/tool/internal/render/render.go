// Package render is a library of tool: its path has no cmd element.
package render

import "fmt"

func Page(title string) string {
	fmt.Println("rendering", title) // want `debugprint/library-output: fmt.Println in library code`
	return "<h1>" + title + "</h1>"
}
