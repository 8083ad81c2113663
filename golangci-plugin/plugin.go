// Package golangciplugin registers extinct's analyzers as golangci-lint
// module plugins, one plugin per analyzer and named after it, so that
// enable:, //nolint:NAME and exclusions work per analyzer as they do
// standalone. Build a custom golangci-lint that imports this package (see the
// README), then configure each analyzer under linters.settings.custom.NAME.
//
// Settings map one to one onto the analyzer's flags (extinct -NAME.flag):
// the same lower-case, dash-separated names and the same values. A list is
// joined with commas. Three more settings switch the analyzer's rules, as
// extinct's flags of the same names do: strict (true runs its strict
// rules), enable and disable (lists of its rule IDs, or its name). An
// unknown key, rule or a bad value is an error naming it.
package golangciplugin

import (
	"flag"
	"fmt"
	"sort"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/analyzers"
	"github.com/extinctlint/extinct/internal/rules"
)

func init() {
	for _, a := range append(analyzers.Plain(), analyzers.PlainOptIn()...) {
		// golangci-lint names linters in lower case (sa5001 for SA5001).
		register.Plugin(strings.ToLower(a.Name), func(settings any) (register.LinterPlugin, error) {
			if err := apply(a, settings); err != nil {
				return nil, err
			}
			return plugin{a}, nil
		})
	}
}

// plugin hands golangci-lint the plain analyzer: golangci filters //nolint
// and generated files itself, and its nolintlint must see every directive.
type plugin struct{ analyzer *analysis.Analyzer }

func (p plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{p.analyzer}, nil
}

func (plugin) GetLoadMode() string { return register.LoadModeTypesInfo }

// apply sets the analyzer's flags from golangci-lint's settings for it.
func apply(a *analysis.Analyzer, settings any) error {
	if settings == nil {
		return nil
	}
	values, ok := settings.(map[string]any)
	if !ok {
		return fmt.Errorf("%s: settings must be a map of option names to values, got %T", a.Name, settings)
	}
	keys := make([]string, 0, len(values))
	for k := range values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var switches rules.Switches
	for _, key := range keys {
		if handled, err := ruleSetting(a, key, values[key], &switches); handled || err != nil {
			if err != nil {
				return err
			}
			continue
		}
		f := a.Flags.Lookup(key)
		if f == nil {
			return fmt.Errorf("%s: unknown setting %q (known: %s)", a.Name, key, known(a))
		}
		if err := f.Value.Set(text(values[key])); err != nil {
			return fmt.Errorf("%s: bad value %v for setting %q: %w", a.Name, values[key], key, err)
		}
	}
	return switchRules(a.Name, switches)
}

// text renders a YAML value as the command line would spell it.
func text(v any) string {
	if list, ok := v.([]any); ok {
		parts := make([]string, len(list))
		for i, item := range list {
			parts[i] = fmt.Sprint(item)
		}
		return strings.Join(parts, ",")
	}
	return fmt.Sprint(v)
}

func known(a *analysis.Analyzer) string {
	var names []string
	a.Flags.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ", ")
}
