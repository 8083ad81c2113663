package analysisdoc

import "testing"

const doc = `// Package x is a test.
//
// # Analyzer first
//
// first: finds the first thing
//
// More about it.
//
// # Analyzer second
//
// second: finds the second
package x
`

func TestExtract(t *testing.T) {
	if got, want := Extract(doc, "first"), "finds the first thing\n\nMore about it."; got != want {
		t.Errorf("Extract(first) = %q, want %q", got, want)
	}
	if got, want := Extract(doc, "second"), "finds the second"; got != want {
		t.Errorf("Extract(second) = %q, want %q", got, want)
	}
}

func TestExtractMissingPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Extract of a missing section did not panic")
		}
	}()
	Extract(doc, "third")
}
