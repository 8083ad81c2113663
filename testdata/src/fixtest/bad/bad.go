// Package bad is wrong on purpose: one finding no comment expects, one
// expectation nothing meets.
package bad

func bad() {}

func Caller() { // want Caller:"calls bad"
	bad()
	println() // want "call to bad"
}
