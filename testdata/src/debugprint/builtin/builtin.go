// Package builtin: the builtins print and println are reported everywhere.
package builtin

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
