// Package spew is a stand-in for github.com/davecgh/go-spew/spew with the
// signatures debugprint's fixtures need.
package spew

import "io"

type ConfigState struct{ Indent string }

var Config = ConfigState{Indent: " "}

func Dump(a ...interface{})                                        {}
func Print(a ...interface{}) (n int, err error)                    { return 0, nil }
func Printf(format string, a ...interface{}) (n int, err error)    { return 0, nil }
func Println(a ...interface{}) (n int, err error)                  { return 0, nil }
func Sdump(a ...interface{}) string                                { return "" }
func Sprint(a ...interface{}) string                               { return "" }
func Fdump(w io.Writer, a ...interface{})                          {}
func Fprintln(w io.Writer, a ...interface{}) (n int, err error)    { return 0, nil }
func (c *ConfigState) Dump(a ...interface{})                       {}
func (c *ConfigState) Println(a ...interface{}) (n int, err error) { return 0, nil }
func (c *ConfigState) Sdump(a ...interface{}) string               { return "" }
