// Package harness is test support: a non-test file imports testing.
package harness

import (
	"fmt"
	"testing"
)

func Run(t *testing.T, steps []string) {
	for _, s := range steps {
		fmt.Println("step", s)
	}
}
