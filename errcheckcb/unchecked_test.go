package errcheckcb

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/extinctlint/extinct/internal/fixtest"
)

// setFlag sets one of the analyzer's flags for the rest of the test.
// Tests that set flags must not run in parallel.
func setFlag(t *testing.T, name, value string) {
	t.Helper()
	f := Analyzer.Flags.Lookup(name)
	if f == nil {
		t.Fatalf("no flag %s", name)
	}
	old := f.Value.String()
	if err := f.Value.Set(value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		switch name {
		case "exclude", "exclude-file":
			optExclude = excludeFlag{}
			optExcludeFile = excludeFileFlag{list: &optExclude}
		default:
			if err := f.Value.Set(old); err != nil {
				t.Error(err)
			}
		}
	})
}

func TestUnchecked(t *testing.T) {
	analysistest.Run(t, fixtest.TestData(t), Analyzer, "errcheckcb/unchecked")
}
