// Package switches prints behind runtime switches: a parameter, a
// receiver's field, a package variable, the environment. Such prints run
// when the caller or the user asks; a local variable the function computes
// is logic, not a switch.
package switches

import (
	"fmt"
	"os"
	"slices"
)

// traceCodec is set once, from the environment, by the program.
var traceCodec = os.Getenv("CODEC_TRACE") != ""

type options struct{ PrintCSR, Quiet bool }

var settings options

type installer struct{ cfg *options }

type request struct{ Subject string }

// Compare prints the bytes that differ when the caller asks for it.
func Compare(a, b []int, printDiff bool) error {
	if !slices.Equal(a, b) && printDiff {
		fmt.Println(a)
		fmt.Printf("%v\n", b)
	}
	return nil
}

func (in *installer) install(csr request) error {
	if in.cfg.PrintCSR {
		fmt.Printf("%v\n", csr)
	}
	if !settings.Quiet {
		fmt.Println(len(csr.Subject))
	}
	return nil
}

func decode(b []byte) (n int) {
	if traceCodec {
		fmt.Printf("decode: %d bytes\n", len(b))
		defer func() {
			fmt.Printf("decode: decoded %d bytes\n", n)
		}()
	}
	return len(b)
}

func env(x []int) int {
	if os.Getenv("DUMP_X") == "1" {
		fmt.Println(x)
	}
	return len(x)
}

func either(x int, verbose, trace bool) int {
	if verbose || trace {
		fmt.Println(x)
	}
	return x
}

// hexDump is called only behind its caller's switch.
func hexDump(b []int) {
	fmt.Printf("%v\n", b)
}

func check(a, b []int, printDiff bool) bool {
	eq := slices.Equal(a, b)
	if !eq && printDiff {
		hexDump(a)
		hexDump(b)
	}
	return eq
}

// flagSet reports whether the program switched a trace on.
func flagSet(name string) bool { return os.Getenv("TRACE") == name }

func packet(b []byte) int {
	if flagSet("packet") {
		fmt.Printf("%T: %#v\n", b, b)
	}
	return len(b)
}
