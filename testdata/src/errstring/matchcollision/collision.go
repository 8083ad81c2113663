// Package matchcollision: no fix where a local name hides the package the
// fix needs.
package matchcollision

import "fmt"

func local(err error) bool {
	io := fmt.Sprint("reader")
	_ = io
	return err.Error() == "EOF" // want `errstring/match-text: .*the text is the message of io.EOF`
}
