package errstring

import (
	"bytes"
	"go/build"
	"os"
	"runtime"
	"testing"

	"github.com/extinctlint/extinct/errstring/internal/sentinels"
)

// TestSentinelValues checks the table, read from source, against the
// values themselves: each message is what Error returns, and entries share
// a value exactly when they are the same error.
func TestSentinelValues(t *testing.T) {
	n := 0
	for msg, list := range sentinelTable {
		for _, s := range list {
			if s.path == "syscall" || s.hidden() {
				continue // syscall's are checked below; unexported ones cannot be named here
			}
			n++
			v, ok := sentinelValues[s.path+"."+s.name]
			if !ok {
				t.Errorf("%s.%s: no value", s.path, s.name)
				continue
			}
			if got := v.Error(); got != msg {
				t.Errorf("%s.%s.Error() = %q, table says %q", s.path, s.name, got, msg)
			}
			for _, o := range list {
				w, ok := sentinelValues[o.path+"."+o.name]
				if !ok {
					continue
				}
				if same := v == w; same != (s.value == o.value) {
					t.Errorf("%s.%s == %s.%s is %v, table says %v", s.path, s.name, o.path, o.name, same, !same)
				}
			}
		}
	}
	if n < 50 {
		t.Errorf("only %d sentinels outside syscall; the generator missed most", n)
	}
}

// TestSentinelTableCurrent checks the committed table against the standard
// library of the Go that runs the test. Under the release the table was
// generated from, both generated files must be exactly what go generate
// writes. Under another release (a Go upgrade), entries may be added, but
// every committed entry must still be there with the same message and
// value; new ones are logged.
func TestSentinelTableCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the standard library's sources")
	}
	goroot := build.Default.GOROOT
	scanned, err := sentinels.Scan(goroot)
	if err != nil {
		t.Fatal(err)
	}
	release := sentinels.Release(runtime.Version())
	if release == sentinelRelease {
		for file, render := range map[string]func(string, string, []sentinels.Sentinel) ([]byte, error){
			"sentinels_table.go":       sentinels.Render,
			"sentinels_values_test.go": sentinels.RenderValues,
		} {
			want, err := render("errstring", release, scanned)
			if err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s is not what the generator writes for %s: run go generate ./errstring", file, goroot)
			}
		}
		return
	}
	current := make(map[sentinel]string)
	for _, s := range scanned {
		current[sentinel{s.Path, s.Name, s.Value}] = s.Message
	}
	for msg, list := range sentinelTable {
		for _, s := range list {
			if got, ok := current[s]; !ok || got != msg {
				t.Errorf("%s.%s (%q) is not in the %s standard library any more, or changed: run go generate ./errstring", s.path, s.name, msg, release)
			}
			delete(current, s)
		}
	}
	if len(current) > 0 {
		t.Logf("%d sentinels of %s are not in the %s table yet; go generate ./errstring adds them", len(current), release, sentinelRelease)
	}
}
