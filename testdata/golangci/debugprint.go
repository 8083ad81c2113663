package fixture

import "fmt"

func add(a, b int) int {
	println("add", a, b) // golangci:want debugprint
	return a + b
}

func addSuppressed(a, b int) int {
	println("add", a, b) //nolint:debugprint // fixture: a suppression that matches
	return a + b
}

func sum(a, b int) int {
	fmt.Println("sum", a+b) // golangci:want debugprint (debugprint/library-output is strict: enabled in .golangci.yml)
	return a + b
}
