package fix

import (
	"fmt"
	"os"
)

func compute() int { return 1 }

// Keep: where deleting could change behaviour or break the build, the
// finding comes without a fix.
func Keep(xs []int, ch chan int, x int) string {
	fmt.Println("computed", compute()) // want `debugprint/library-output: fmt.Println in library code`
	fmt.Println(xs[0])                 // want `debugprint/library-output: fmt.Println in library code`
	fmt.Println(<-ch)                  // want `debugprint/library-output: fmt.Println in library code`
	fmt.Println(x / len(xs))           // want `debugprint/library-output: fmt.Println in library code`
	v := x + 1
	fmt.Println("v", v)                // want `debugprint/library-output: fmt.Println in library code`
	fmt.Println("block comment after") /* c */ // want `debugprint/library-output: fmt.Println in library code`
L:
	fmt.Println("labelled") // want `debugprint/library-output: fmt.Println in library code`
	if x > 100 {
		goto L
	}
	n, _ := fmt.Println("n")             // want `debugprint/library-output: fmt.Println in library code`
	go fmt.Println("goroutine")          // want `debugprint/library-output: fmt.Println in library code`
	fmt.Fprintln(os.Stderr, os.Getpid()) // want `debugprint/library-output: fmt.Fprintln\(os.Stderr, ...\)`
	return fmt.Sprint(n)
}

// Deleted: statements alone on their lines with side-effect-free arguments.
func Deleted(name string, err error) string {
	w := name + "!"
	fmt.Println("w", w, string([]byte(name)), err) // want `debugprint/library-output: fmt.Println in library code`
	/* a comment */ fmt.Println("after a comment") // want `debugprint/library-output: fmt.Println in library code`

	fmt.Printf("%s\n", // want `debugprint/library-output: fmt.Printf in library code`
		name)

	return fmt.Sprint(w, os.Args)
}
