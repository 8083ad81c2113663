package matchnoimports // the fix adds both imports after this line

func done(err error) bool {
	return err.Error() == "unexpected EOF" // want `errstring/match-text: .*the text is the message of io.ErrUnexpectedEOF`
}
