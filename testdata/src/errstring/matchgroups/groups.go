// Package matchgroups: the imports a fix adds go at the end of the first
// group of standard imports.
package matchgroups

import (
	"bufio"

	"strings"
)

func scan(r *bufio.Reader) bool {
	_, err := r.ReadString('\n')
	return err.Error() != "EOF" && !strings.HasPrefix(err.Error(), "x") // want `errstring/match-text: .*the text is the message of io.EOF` `errstring/match-foreign-text: error matched by its text`
}
