package tests

import (
	"fmt"
	"testing"
)

func TestDouble(t *testing.T) {
	fmt.Println("debugging the test", Double(2))
	println("also in tests")
}

func ExampleDouble() {
	fmt.Println(Double(2))
	// Output: 4
}
