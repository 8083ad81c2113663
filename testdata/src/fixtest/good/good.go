// Package good has an expectation for every finding of fixtest's test
// analyzer, in each form the harness reads.
package good

import "fmt"

func bad() {}

func Caller() { // want Caller:"calls bad"
	bad() // want "call to bad"
	// want +2 `call to bad`

	bad()
	/* want "call to bad" */ bad()
	fmt.Println("fine")
}
