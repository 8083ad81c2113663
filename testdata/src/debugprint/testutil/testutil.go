// Package testutil exists for tests (its name starts with test): its
// output goes to go test's log, like a _test.go file's, the builtins' too.
package testutil

import "fmt"

func Inspect(v any) {
	fmt.Printf("%+v\n", v)
	println("loading test configuration")
}
