// Package analyzers is extinct's one registry of analyzers: the command line,
// go vet mode and the golangci-lint plugin all take their list from here.
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/debugprint"
	"github.com/extinctlint/extinct/errcheckcb"
	"github.com/extinctlint/extinct/errstring"
	"github.com/extinctlint/extinct/internal/suppress"
	"github.com/extinctlint/extinct/staticchecks"
	"github.com/extinctlint/extinct/statuscode"
)

// Plain returns extinct's analyzers as their packages export them. They skip
// generated files but leave //nolint to the front end: golangci-lint and
// Bazel's nogo filter it themselves, and golangci's nolintlint must see every
// directive that matched.
func Plain() []*analysis.Analyzer {
	return append([]*analysis.Analyzer{
		errcheckcb.Analyzer,
		debugprint.Analyzer,
		errstring.Analyzer,
		statuscode.Analyzer,
	}, staticchecks.Default()...)
}

// OptIn returns the bundled staticcheck checks that cost too much to run by
// default; extinct -staticchecks (or -NAME) runs them, wrapped like All().
func OptIn() []*analysis.Analyzer {
	return wrap(PlainOptIn())
}

// PlainOptIn returns the opt-in checks unwrapped, for golangci-lint, where a
// linter runs only when the configuration enables it.
func PlainOptIn() []*analysis.Analyzer {
	return staticchecks.OptIn()
}

// All returns the analyzers for front ends that do not filter //nolint
// themselves (the multichecker and go vet mode): each honours //nolint and
// turns its own panic into an error that names it.
func All() []*analysis.Analyzer {
	return wrap(Plain())
}

func wrap(plain []*analysis.Analyzer) []*analysis.Analyzer {
	all := make([]*analysis.Analyzer, len(plain))
	for i, a := range plain {
		all[i] = suppress.Wrap(a)
	}
	return all
}
