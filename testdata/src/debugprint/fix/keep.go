package fix

import (
	"fmt"
	"os"
)

func compute() int { return 1 }

// Keep: where deleting could change behaviour or break the build, the
// finding comes without a fix.
func Keep(xs []int, ch chan int, x int) string {
	fmt.Println("computed", compute()) // want `debugprint/[a-z-]+: fmt.Println`
	fmt.Println(xs[0])                 // want `debugprint/[a-z-]+: fmt.Println`
	fmt.Println(<-ch)                  // want `debugprint/[a-z-]+: fmt.Println`
	fmt.Println(x / len(xs))           // want `debugprint/[a-z-]+: fmt.Println`
	v := x + 1
	fmt.Println("v", v)                // want `debugprint/[a-z-]+: fmt.Println`
	fmt.Println("block comment after") /* c */ // want `debugprint/[a-z-]+: fmt.Println`
L:
	fmt.Println("labelled") // want `debugprint/[a-z-]+: fmt.Println`
	if x > 100 {
		goto L
	}
	n, _ := fmt.Println("n")             // want `debugprint/[a-z-]+: fmt.Println`
	go fmt.Println("goroutine")          // want `debugprint/[a-z-]+: fmt.Println`
	fmt.Fprintln(os.Stderr, os.Getpid()) // want `debugprint/[a-z-]+: fmt.Fprintln\(os.Stderr, ...\)`
	return fmt.Sprint(n)
}

// Deleted: statements alone on their lines with side-effect-free arguments.
func Deleted(name string, err error) string {
	w := name + "!"
	fmt.Println("w", w, string([]byte(name)), err) // want `debugprint/[a-z-]+: fmt.Println`
	/* a comment */ fmt.Println("after a comment") // want `debugprint/[a-z-]+: fmt.Println`

	fmt.Printf("%s\n", // want `debugprint/[a-z-]+: fmt.Printf`
		name)

	return fmt.Sprint(w, os.Args)
}
