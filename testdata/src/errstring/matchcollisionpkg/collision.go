// Package matchcollisionpkg: no fix where a package-level name takes the
// name of an import the fix would add.
package matchcollisionpkg

var errors = []string{"a"}

func pkgLevel(err error) bool {
	return err.Error() == "unexpected EOF" // want `errstring/match-text: .*the text is the message of io.ErrUnexpectedEOF`
}
