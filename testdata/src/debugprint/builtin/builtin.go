// Package builtin: the builtins print and println are reported everywhere.
package builtin

import "net/http"

func Sum(xs []int) int {
	total := 0
	for _, x := range xs {
		println("x =", x) // want `debugprint/builtin: builtin println writes unbuffered to stderr`
		total += x
	}
	print(total) // want `debugprint/builtin: builtin print writes unbuffered to stderr`
	return total
}

// Traps below.

type logger struct{}

func (logger) println(args ...any) {}

func Shadowed(xs []int) {
	println := func(args ...any) {} // a local function named println
	println(len(xs))
	var l logger
	l.println("method")
}

// report is an HTTP handler: its name does not make println deliberate,
// nor does a debug switch or a comment.
func report(w http.ResponseWriter, r *http.Request) {
	println("report", r.URL.Path) // want `debugprint/builtin: builtin println`
	if debug {
		// print the method for the user
		println(r.Method) // want `debugprint/builtin: builtin println`
	}
	w.WriteHeader(http.StatusNoContent)
}

var debug = false

// Dead code cannot print: a trap.
func dead(x int) {
	if false {
		println("dead", x)
	}
}

var _, _ = report, dead
