// Package router holds the helpers of an example program, outside package
// main: the path element example, below the module's root, marks the code
// of example programs, which print to show what they do.
package router

import "fmt"

type Request struct{ Data []byte }

func Handle(r *Request) {
	fmt.Println("Router Handle", r.Data)
	println("the builtin is still reported") // want `debugprint/builtin: builtin println`
}
