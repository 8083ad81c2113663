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

const ruleDoc = `// Package x is a test.
//
// # Analyzer first
//
// first: finds things
//
// # Rule first/one
//
// One finds one thing.
//
// # Rule first/two
//
// Two finds two.
package x
`

func TestRule(t *testing.T) {
	if got, want := Extract(ruleDoc, "first"), "finds things"; got != want {
		t.Errorf("Extract(first) = %q, want %q", got, want)
	}
	if got, want := Rule(ruleDoc, "first/one"), "One finds one thing."; got != want {
		t.Errorf("Rule(first/one) = %q, want %q", got, want)
	}
	if got, want := Rule(ruleDoc, "first/two"), "Two finds two."; got != want {
		t.Errorf("Rule(first/two) = %q, want %q", got, want)
	}
}
