// Package options_everywhere: with -errcheckcb.everywhere, drops in
// functions without an error result are reported too.
package options_everywhere

import (
	"errors"
	"net"
)

func MayFail() error { return errors.New("x") }

func checks() error {
	if err := MayFail(); err != nil {
		return err
	}
	return MayFail()
}

func bestEffort(conn *net.TCPConn) {
	conn.Write([]byte("bye")) // want `\(\*net.TCPConn\).Write is not checked`
	MayFail()                 // want `MayFail is not checked`
	go MayFail()              // this module's own: it reports its failure itself
}
