package switches

import "fmt"

// Prose held in a local variable is read as the text it prints.
func promptAgreement(url string) {
	agreement := `Your sites will be served over HTTPS automatically.
By continuing, you agree to the terms of service`
	if url == "" {
		fmt.Printf("\n\n%s.\n", agreement)
		return
	}
	fmt.Printf("\n\n%s at:\n  %s\n", agreement, url)
}

func counted(n int) {
	var label = "Total items"
	fmt.Println(label, n)
}

// A local variable holding a marker or a format without prose is a dump.
func markers(x, y int) int {
	here := "here"
	fmt.Println(here) // want `\(a debugging marker\)`
	format := "x=%v y=%v\n"
	fmt.Printf(format, x, y) // want `\(values without a sentence\)`
	return x + y
}

// A variable assigned again, or whose address is taken, may hold anything.
func assigned(name string, n int) int {
	label := "Total items"
	if name != "" {
		label = name
	}
	fmt.Println(label, n) // want `\(bare values\)`
	other := "Total items"
	fill(&other)
	fmt.Println(other, n) // want `\(bare values\)`
	return n
}

func fill(s *string) { *s = "x" }
