package fix

import (
	"fmt"
	"strings"
)

func Group(s string) string {
	fmt.Printf("group: %q\n", s) // want `debugprint/[a-z-]+: fmt.Printf`
	return strings.ToUpper(s)
}
