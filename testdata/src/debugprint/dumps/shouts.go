package dumps

import "fmt"

// Shouts: a word in capitals with nothing around it but sentence
// punctuation still marks a place (an unexported function: no output API).
func shouts(n int) {
	fmt.Println("(CHECK)")        // want `\(a debugging marker\)`
	fmt.Printf("DONE. %d\n", n)   // want `\(a debugging marker\)`
	fmt.Println("\"WAIT\" there") // want `\(a debugging marker\)`
}
