package fixtest

import (
	"testing"

	"github.com/extinctlint/extinct/internal/rules"
)

// UseRules applies layers of rule switches for the rest of the test and
// restores the default switches afterwards. The switches are global: tests
// that call it must not run in parallel.
func UseRules(t testing.TB, layers ...rules.Switches) {
	t.Helper()
	if err := rules.Apply(layers...); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := rules.Apply(); err != nil {
			t.Error(err)
		}
	})
}
