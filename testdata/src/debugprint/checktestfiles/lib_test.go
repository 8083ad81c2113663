package checktestfiles

import (
	"fmt"
	"testing"
)

func TestDouble(t *testing.T) {
	fmt.Println("Debugging the test", Double(2)) // want `debugprint/library-output: fmt.Println in a test writes to the stdout of go test, outside the test.s log; remove it or use t.Log`
	println("in tests")                          // want `debugprint/builtin: builtin println`
	t.Log("the sanctioned channel")
}

func ExampleDouble() {
	fmt.Println(Double(2))
	// Output: 4
}

func Example() {
	fmt.Println(Double(3))
	// Output: 6
}

func Example_second() {
	fmt.Println(Double(4))
	// Output: 8
}
