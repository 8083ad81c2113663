// Package dumps: fmt output whose content is a debugging dump, reported
// by debugprint/debug-output in library code.
package dumps

import (
	"errors"
	"fmt"
	"io"
	"os"
)

type Request struct {
	ID   int
	Path string
}

// Settings.String reads one value: it is no fmt.Stringer.
type Settings map[string]string

func (s Settings) String(key string) string { return s[key] }

func Handle(req *Request, items []string) error {
	fmt.Println(Settings{}.String("path"))               // want `\(bare values\)`
	fmt.Println(req)                                     // want `debugprint/debug-output: fmt.Println prints a debugging dump \(bare values\), not a message, to the stdout of every program that imports this package; remove it, or use a logger`
	fmt.Println(req.ID, req.Path)                        // want `\(bare values\)`
	fmt.Printf("%+v\n", req)                             // want `debugprint/debug-output: fmt.Printf prints a debugging dump \(a dump verb\)`
	fmt.Printf("%#v", items)                             // want `\(a dump verb\)`
	fmt.Printf("request %+v\n", req)                     // want `\(a dump verb\)`
	fmt.Printf("id=%v path=%v\n", req.ID, 1)             // want `\(values without a sentence\)`
	fmt.Println("Response:", req)                        // want `\(values without a sentence\)`
	fmt.Println("resp:", req)                            // want `\(values without a sentence\)`
	fmt.Println("items", len(items))                     // want `\(values without a sentence\)`
	fmt.Printf("%v\n", len(items))                       // want `\(bare values\)`
	fmt.Println("here")                                  // want `\(a debugging marker\)`
	fmt.Println("got here 2")                            // want `\(a debugging marker\)`
	fmt.Println(">>>>>>")                                // want `\(a debugging marker\)`
	fmt.Println("1")                                     // want `\(a debugging marker\)`
	fmt.Println("DOING THE CHANGE")                      // want `\(a debugging marker\)`
	fmt.Printf("NEXT %s\n", req.Path)                    // want `\(a debugging marker\)`
	fmt.Print("here\n")                                  // want `\(a debugging marker\)`
	fmt.Println("DEBUG: handling the request", req.Path) // want `\(a debugging marker\)`
	fmt.Printf("[debug] path %s\n", req.Path)            // want `\(a debugging marker\)`
	fmt.Println("XXX", "this should not happen")         // want `\(a debugging marker\)`
	fmt.Fprintln(os.Stderr, "DEBUG", req)                // want `debugprint/debug-output: fmt.Fprintln\(os.Stderr, ...\) prints a debugging dump \(a debugging marker\), not a message, to the stderr`
	fmt.Fprintf(os.Stdout, "%+v\n", req)                 // want `fmt.Fprintf\(os.Stdout, ...\) prints a debugging dump \(a dump verb\)`
	io.WriteString(os.Stdout, "xxx\n")                   // want `io.WriteString\(os.Stdout, ...\) prints a debugging dump \(a debugging marker\)`
	fmt.Printf("now is %s\n", req.Path)                  // want `\(values without a sentence\)`
	fmt.Println(req.Path, "is not", items)               // want `\(values without a sentence\)`
	fmt.Println(req.Path, items[0])                      // want `\(bare values\)`
	fmt.Printf("%s: %v\n", req.Path, req.ID)             // want `\(bare values\)`
	fmt.Printf("lp: %v, op: %v\n", req.ID, req.Path)     // want `\(values without a sentence\)`
	fmt.Println("idx ----------------1")                 // want `\(a debugging marker\)`
	fmt.Printf("[cache] n=%v\n", len(items))             // want `\(values without a sentence\)`
	fmt.Println(req.Path[1:], req.ID)                    // want `\(bare values\)`
	fmt.Printf("Sending %#v\n", req)                     // want `\(a dump verb\)`
	if err := check(req); err != nil {
		fmt.Println("err", err, req.ID)      // want `\(values without a sentence\)`
		fmt.Printf("%#v\n", err)             // want `\(a dump verb\)`
		fmt.Println("f: steps:", items, err) // want `\(values without a sentence\)`
	}
	if len(items) == 0 {
		return errors.New("no items")
	}
	return nil
}

func check(*Request) error { return nil }

// Out is where the package would print, if it printed.
var Out = os.Stdout

// Report is named as if printing were its job: a name is no evidence, the
// dump is reported.
func Report(req *Request) string {
	fmt.Printf("%+v\n", req) // want `\(a dump verb\)`
	return req.Path
}

// display prints a message for the user; its other print is still a dump:
// a message elsewhere in the function does not make it deliberate.
func display(req *Request) {
	fmt.Printf("Request %d is served from %s\n", req.ID, req.Path)
	fmt.Println("req", req) // want `\(values without a sentence\)`
}

// A print in a function literal.
var hook = func(req *Request) {
	fmt.Println(req.ID) // want `\(bare values\)`
}

// init reporting a value it computed: a dump.
func init() {
	fmt.Println(len(os.Args)) // want `\(bare values\)`
	display(nil)
	hook(nil)
}
