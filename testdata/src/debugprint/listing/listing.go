// Package listing: rows of values printed under a heading line are a
// listing, a message; without the heading, or with another print between,
// they are dumps.
package listing

import (
	"errors"
	"fmt"
	"os"
	"reflect"
)

type Options struct {
	Name  string
	Limit int
}

// Show lists the options under a heading framed by rules: not reported.
func (o *Options) Show() {
	v := reflect.ValueOf(o).Elem()
	fmt.Println("===== Options =====")
	for i := 0; i < v.NumField(); i++ {
		f := v.Type().Field(i)
		fmt.Printf("%s: %v\n", f.Name, v.Field(i).Interface())
	}
	fmt.Println("===================")
}

// compare prints two lists, each under its own heading, then rows of a
// mismatch under a heading in an if: not reported.
func compare(before, after []string, hosts map[string]int) error {
	fmt.Println("Files before the change:")
	fmt.Println(before)
	fmt.Println()
	fmt.Println("Files after the change:")
	fmt.Println(after)
	if len(before) != len(after) {
		fmt.Println("Hosts that disagree!")
		// every host with its answer
		for h, n := range hosts {
			fmt.Println(h, n)
			fmt.Printf("%s: %v\n", h, n)
		}
		return errors.New("mismatch")
	}
	fmt.Fprintln(os.Stderr, "Counts:")
	fmt.Fprintln(os.Stderr, len(before), len(after))
	return nil
}

// A heading does not excuse what is no row: a marker or a dump verb.
func markers(o *Options) {
	fmt.Println("Options:")
	fmt.Println("here", o.Limit)   // want `\(a debugging marker\)`
	fmt.Printf("%+v\n", o)         // want `\(a dump verb\)`
	fmt.Println("limit=", o.Limit) // want `\(values without a sentence\)`
}

// A line that is no heading: a marker, a rule without words, a message
// with values, text that does not end the line, a heading after the row,
// a heading to the other stream.
func noHeading(o *Options, n int) {
	fmt.Println("here")  // want `\(a debugging marker\)`
	fmt.Println(o.Limit) // want `\(bare values\)`
	fmt.Println("-----------")
	fmt.Println(o.Limit) // want `\(bare values\)`
	fmt.Printf("Loaded %d options\n", n)
	fmt.Println(o.Limit) // want `\(bare values\)`
	fmt.Print("Options: ")
	fmt.Println(o.Limit) // want `\(bare values\)`
	fmt.Fprintln(os.Stderr, "Options:")
	fmt.Println(o.Limit) // want `\(bare values\)`
}

func after(o *Options) {
	fmt.Println(o.Limit) // want `\(bare values\)`
	fmt.Println("Options:")
}

// The heading stands in another function: the literal's rows are dumps.
func literal(o *Options) func() {
	fmt.Println("Options:")
	return func() {
		fmt.Println(o.Limit) // want `\(bare values\)`
	}
}
