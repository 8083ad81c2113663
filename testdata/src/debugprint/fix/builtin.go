package fix

func Builtin(x int) int {
	for i := 0; i < x; i++ {
		println("i", i) // want `debugprint/builtin: builtin println`
	}
	switch x {
	case 1:
		print("one\n") // want `debugprint/builtin: builtin print`
	}
	return x
}
