// Package outputapi: an exported function or method with no results whose
// job is to print is deliberate output (its caller calls it to print); a
// dump amid the logic of a function that returns something, or in an
// unexported function, is a leftover.
package outputapi

import (
	"fmt"
	"strings"
)

type Tree struct {
	Key      string
	Count    int
	Children []*Tree
}

// Dump prints the tree, one node a line, indented by depth: an output API.
func (t *Tree) Dump(depth int) {
	fmt.Printf("%s%s=%d\n", strings.Repeat("  ", depth), t.Key, t.Count)
	for _, c := range t.Children {
		c.Dump(depth + 1)
	}
}

// Walk calls visit on every node with its depth.
func (t *Tree) Walk(depth int, visit func(*Tree, int)) {
	visit(t, depth)
	for _, c := range t.Children {
		c.Walk(depth+1, visit)
	}
}

// PrintKeys prints through a callback: the literal is part of the output API.
func (t *Tree) PrintKeys() {
	t.Walk(0, func(n *Tree, depth int) {
		fmt.Println(depth, n.Key)
	})
}

// Print is an exported function whose job is to print the tree's totals.
func Print(t *Tree) {
	fmt.Printf("key=%s count=%d\n", t.Key, t.Count)
}

type cursor struct{ pos, line int }

// Dump of an unexported type: only the package reaches it, so it is no
// output API (zinx's logger methods held leftovers of this shape).
func (c cursor) Dump() {
	fmt.Println(c.pos, c.line) // want `debugprint/debug-output: fmt.Println prints a debugging dump \(bare values\)`
}

// Generic is an exported generic type: its exported void method is an
// output API too.
type Generic[T any] struct{ items []T }

// Dump prints the items.
func (g *Generic[T]) Dump() {
	fmt.Println(g.items)
}

// Sum returns a value: the dump inside it inspects the computation.
func (t *Tree) Sum() int {
	total := t.Count
	for _, c := range t.Children {
		total += c.Sum()
	}
	fmt.Println("total:", total) // want `debugprint/debug-output: fmt.Println prints a debugging dump \(values without a sentence\)`
	return total
}

// Find returns an error too; the print in its callback is as much a leftover.
func (t *Tree) Find(key string) (*Tree, error) {
	var found *Tree
	t.Walk(0, func(n *Tree, _ int) {
		fmt.Printf("%#v\n", n) // want `debugprint/debug-output: fmt.Printf prints a debugging dump \(a dump verb\)`
		if n.Key == key {
			found = n
		}
	})
	if found == nil {
		return nil, fmt.Errorf("no key %q", key)
	}
	return found, nil
}

// rebalance is unexported: no caller outside asks it to print.
func (t *Tree) rebalance() {
	fmt.Println(len(t.Children)) // want `debugprint/debug-output: fmt.Println prints a debugging dump \(bare values\)`
	t.Children = t.Children[:len(t.Children):len(t.Children)]
}

// Trace has no results, but the builtin is reported wherever it is.
func Trace(t *Tree) {
	println(t.Key) // want `debugprint/builtin: builtin println`
}
