// Package render is a library of tool: its path has no cmd element.
package render

import "fmt"

func Page(title string) string {
	fmt.Println("rendering", title) // want `debugprint/[a-z-]+: fmt.Println`
	return "<h1>" + title + "</h1>"
}
