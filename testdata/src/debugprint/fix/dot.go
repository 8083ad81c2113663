package fix

import . "fmt"

// Dot: deleting the only use of a dot import would leave it unused, so no
// fix is offered.
func Dot(s string) string {
	Println(s) // want `debugprint/[a-z-]+: fmt.Println`
	return s
}
