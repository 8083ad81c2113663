package staticchecks_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/internal/fixtest"
	"github.com/extinctlint/extinct/internal/suppress"
	"github.com/extinctlint/extinct/staticchecks"
)

func analyzer(t *testing.T, name string) *analysis.Analyzer {
	t.Helper()
	for _, a := range staticchecks.Analyzers() {
		if a.Name == name {
			return a
		}
	}
	t.Fatalf("%s is not bundled", name)
	return nil
}

// TestChecks runs each check on its fixture and on a generated file with
// its defect, which must report nothing (one load per check: loading the
// standard library dominates the cost).
func TestChecks(t *testing.T) {
	for _, a := range staticchecks.Analyzers() {
		t.Run(a.Name, func(t *testing.T) {
			fixtest.Run(t, fixtest.TestData(t), a, "staticchecks/"+strings.ToLower(a.Name), "staticchecks/generated")
		})
	}
}

func TestLintIgnore(t *testing.T) {
	fixtest.Run(t, fixtest.TestData(t), analyzer(t, "SA5001"), "staticchecks/lintignore")
}

func TestNolint(t *testing.T) {
	fixtest.Run(t, fixtest.TestData(t), suppress.Wrap(analyzer(t, "SA5001")), "staticchecks/nolint")
}

func TestDoc(t *testing.T) {
	for _, a := range staticchecks.Analyzers() {
		if !strings.Contains(a.Doc, "Bundled from staticcheck") || !strings.Contains(a.Doc, "//lint:ignore "+a.Name) {
			t.Errorf("%s: doc does not say where it comes from and how to silence it:\n%s", a.Name, a.Doc)
		}
		if !strings.HasPrefix(a.URL, "https://staticcheck.dev/docs/checks/#"+a.Name) {
			t.Errorf("%s: URL %q", a.Name, a.URL)
		}
	}
}
