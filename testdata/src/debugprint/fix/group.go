package fix

import (
	"fmt"
	"strings"
)

func Group(s string) string {
	fmt.Printf("group: %q\n", s) // want `debugprint/library-output: fmt.Printf in library code`
	return strings.ToUpper(s)
}
