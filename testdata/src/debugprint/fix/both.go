package fix

import (
	"fmt"
	"os"
)

type point struct{ X, Y int }

func Both(p *point, m map[string]int) {
	m["calls"]++
	if p.X > 0 {
		fmt.Fprintln(os.Stderr, "point", p.X, p.Y, m["k"], len(m), float64(p.X)/2, point{1, 2}) // want `debugprint/[a-z-]+: fmt.Fprintln\(os.Stderr, ...\)`
	}
}
