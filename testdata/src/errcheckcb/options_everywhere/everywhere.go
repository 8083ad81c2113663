// Package options_everywhere: with -errcheckcb.everywhere, drops in
// functions without an error result are reported too.
package options_everywhere

import (
	"errors"
	"net"
)

func mayFail() error { return errors.New("x") }

func checks() error {
	if err := mayFail(); err != nil {
		return err
	}
	return mayFail()
}

func bestEffort(conn *net.TCPConn) {
	conn.Write([]byte("bye")) // want `\(\*net.TCPConn\).Write is not checked`
	mayFail()                 // want `mayFail is not checked`
	go mayFail()              // want `mayFail is lost in a go statement`
}
