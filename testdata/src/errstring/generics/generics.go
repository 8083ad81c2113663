// Package generics: type parameters constrained by error, and generic
// function types, do not confuse the rules.
package generics

import (
	"fmt"
	"strings"
)

func eof[E error](e E) bool {
	return strings.Contains(e.Error(), "unexpected EOF") // want `errstring/match-text: .*the text is the message of io.ErrUnexpectedEOF`
}

func wrapAll[E error](errs []E) error {
	for _, e := range errs {
		return fmt.Errorf("first: %v", e) // want `errstring/wrap: fmt.Errorf formats the error e with %v`
	}
	return nil
}

type Handler[T any] func(v T, errMsg string) // want `errstring/string-result: function type passes an error as the string errMsg`

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func describe[T fmt.Stringer](v T) string {
	return v.String()
}
