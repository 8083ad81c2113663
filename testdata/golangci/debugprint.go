package fixture

func add(a, b int) int {
	println("add", a, b) // golangci:want debugprint
	return a + b
}

func addSuppressed(a, b int) int {
	println("add", a, b) //nolint:debugprint // fixture: a suppression that matches
	return a + b
}
