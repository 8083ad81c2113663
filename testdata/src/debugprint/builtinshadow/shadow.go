// Package builtinshadow declares its own println: calls of it are not the
// builtin and are not reported.
package builtinshadow

func println(args ...any) {}

func Trace(x int) {
	println("trace", x)
}
