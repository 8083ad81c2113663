// Package debugprint shows debug output left in library code.
package debugprint

import (
	"fmt"
	"strings"
)

// Slug turns a title into a URL slug. The two prints were left over from
// debugging: every program that imports this package now prints them.
func Slug(title string) string {
	fmt.Println("slug input:", title)
	s := strings.ToLower(strings.TrimSpace(title))
	s = strings.Join(strings.Fields(s), "-")
	println("slug:", s)
	return s
}

// Words counts the words of a text. It prints a message for the user, which
// the default rules leave alone, and a dump of a value, which they report.
func Words(text string) int {
	n := len(strings.Fields(text))
	fmt.Printf("Counted %d words in the text\n", n)
	fmt.Printf("%+v\n", n)
	return n
}
