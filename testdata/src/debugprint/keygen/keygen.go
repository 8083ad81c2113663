// Package keygen is a generator (its name says so): what it prints is what
// it generates.
package keygen

import "fmt"

func Generate(n int) []string {
	var keys []string
	for i := range n {
		key := fmt.Sprintf("key-%d", i)
		fmt.Printf("Key %d: %s\n", i, key)
		keys = append(keys, key)
	}
	return keys
}
