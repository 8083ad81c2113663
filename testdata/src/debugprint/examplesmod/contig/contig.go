// Package contig is library code of a module named example.com/examples:
// the elements of the module's own path do not make it example code.
package contig

import "fmt"

type Contig struct{ Strand int }

func (c *Contig) Reverse() *Contig {
	c.Strand = -c.Strand
	fmt.Println(c.Strand) // want `debugprint/debug-output: fmt.Println prints a debugging dump \(bare values\)`
	return c
}
