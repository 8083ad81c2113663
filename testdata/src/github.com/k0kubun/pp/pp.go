// Package pp is a stand-in for github.com/k0kubun/pp.
package pp

import "io"

func Print(a ...interface{}) (n int, err error)                 { return 0, nil }
func Printf(format string, a ...interface{}) (n int, err error) { return 0, nil }
func Println(a ...interface{}) (n int, err error)               { return 0, nil }
func Sprint(a ...interface{}) string                            { return "" }
func Fprintln(w io.Writer, a ...interface{}) (n int, err error) { return 0, nil }
