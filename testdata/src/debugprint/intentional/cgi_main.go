package intentional

import "fmt"

// The file's name has the word main: it holds a program's main (here, a
// CGI program whose stdout is its response), so its output is its job.
func serveCGI() {
	fmt.Printf("Content-Type: text/plain\r\n\r\n")
	fmt.Println("hello")
}
