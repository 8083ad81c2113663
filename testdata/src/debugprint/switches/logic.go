package switches

import (
	"fmt"
	"os"
)

var _ = fmt.Sprint

func lookup(m map[string]int, k string) int {
	v, found := m[k]
	if found {
		fmt.Println(v) // want `\(bare values\)`
	}
	if found || traceCodec {
		fmt.Println(k, v) // want `\(bare values\)`
	}
	if !(found && traceCodec) {
		fmt.Println(len(m)) // want `\(bare values\)`
	}
	return v
}

// A number compared is no switch, even when it is a parameter.
func level(x []int, n int) int {
	if n > 2 {
		fmt.Println(x) // want `\(bare values\)`
	}
	return n
}

// dumpAll is called once behind a switch and once without.
func dumpAll(x []int) {
	fmt.Println(x) // want `\(bare values\)`
}

func callers(x []int, verbose bool) int {
	if verbose {
		dumpAll(x)
	}
	dumpAll(x[1:])
	return len(x)
}

// dumpRef is passed as a value: its calls are not known.
func dumpRef(x []int) {
	fmt.Println(x) // want `\(bare values\)`
}

func refs(verbose bool) func([]int) {
	if verbose {
		dumpRef(nil)
	}
	return dumpRef
}

// A literal outside the switch's body is not behind it.
func literal(x []int, verbose bool) func() {
	f := func() {
		fmt.Println(x) // want `\(bare values\)`
	}
	if verbose {
		return f
	}
	return nil
}

// A function's answer about a value the function computes is logic.
func isLong(x []int) bool { return len(x) > 10 }

func long(x []int) int {
	if isLong(x) {
		fmt.Println(x) // want `\(bare values\)`
	}
	return len(x)
}

// A local bool is logic, even when it was set from a switch: only the
// condition itself is read.
func envLocal(x []int) int {
	if _, ok := os.LookupEnv("DUMP_LEN"); ok {
		fmt.Println(len(x)) // want `\(bare values\)`
	}
	return len(x)
}
