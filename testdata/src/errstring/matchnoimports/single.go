package matchnoimports

import stdio "io"

var _ = stdio.EOF

func end(err error) bool {
	return err.Error() == "EOF" // want `errstring/match-text: .*the text is the message of io.EOF`
}
