package analyzers

import (
	"bytes"
	"encoding/gob"
	"reflect"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// The guarantees Bazel's nogo (and go vet, and golangci-lint) rely on: each
// analyzer is configured only by its flags, facts survive gob, and two
// passes may run at once (go test -race ./analyzers checks the last).

func TestFactsAreGobEncodable(t *testing.T) {
	for _, a := range Plain() {
		for _, fact := range a.FactTypes {
			v := reflect.New(reflect.TypeOf(fact).Elem()).Interface()
			var buf bytes.Buffer
			if err := gob.NewEncoder(&buf).Encode(v); err != nil {
				t.Errorf("%s: fact %T does not gob-encode: %v", a.Name, fact, err)
				continue
			}
			out := reflect.New(reflect.TypeOf(fact).Elem()).Interface()
			if err := gob.NewDecoder(&buf).Decode(out); err != nil {
				t.Errorf("%s: fact %T does not gob-decode: %v", a.Name, fact, err)
			}
		}
	}
}

// TestConcurrentRuns analyses the same packages from two goroutines at once,
// each with the checker's own parallelism, so shared mutable state in an
// analyzer shows up as a data race under -race or as differing results.
func TestConcurrentRuns(t *testing.T) {
	if testing.Short() {
		t.Skip("loads net/http from source")
	}
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax}, "net/http", "encoding/json", "os/exec")
	if err != nil {
		t.Fatal(err)
	}
	count := func() (int, error) {
		graph, err := checker.Analyze(All(), pkgs, nil)
		if err != nil {
			return 0, err
		}
		n := 0
		for act := range graph.All() {
			if act.Err != nil {
				return 0, act.Err
			}
			if act.IsRoot {
				n += len(act.Diagnostics)
			}
		}
		return n, nil
	}
	var wg sync.WaitGroup
	results := make([]int, 2)
	errs := make([]error, 2)
	for i := range results {
		wg.Go(func() { results[i], errs[i] = count() })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if results[0] != results[1] {
		t.Errorf("two concurrent runs found %d and %d diagnostics", results[0], results[1])
	}
}
