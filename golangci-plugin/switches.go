package golangciplugin

import (
	"fmt"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/internal/rules"
)

// Each plugin switches only its own analyzer's rules; golangci-lint builds
// the plugins one after another, so their switches are kept per analyzer
// and applied together.
var (
	switchesMu sync.Mutex
	switchesOf = make(map[string]rules.Switches)
)

// ruleSetting reads the strict, enable and disable settings into sw; it
// reports whether key was one of them.
func ruleSetting(a *analysis.Analyzer, key string, value any, sw *rules.Switches) (bool, error) {
	switch key {
	case "strict":
		b, ok := value.(bool)
		if !ok {
			return true, fmt.Errorf("%s: setting strict must be true or false, got %v", a.Name, value)
		}
		if b {
			// strict in one plugin's settings means that analyzer's strict
			// rules, not every analyzer's.
			for _, r := range rules.Of(a.Name) {
				if r.Tier == rules.Strict {
					sw.Enable = append(sw.Enable, r.ID)
				}
			}
		}
	case "enable", "disable":
		list, ok := value.([]any)
		if !ok {
			return true, fmt.Errorf("%s: setting %s must be a list of rule IDs, got %v", a.Name, key, value)
		}
		for _, item := range list {
			name := fmt.Sprint(item)
			r := rules.Lookup(name)
			if !strings.EqualFold(name, a.Name) && (r == nil || !strings.EqualFold(r.Analyzer(), a.Name)) {
				return true, fmt.Errorf("%s: setting %s: %q is not one of its rules (%s)", a.Name, key, name, ruleIDs(a.Name))
			}
			if key == "enable" {
				sw.Enable = append(sw.Enable, name)
			} else {
				sw.Disable = append(sw.Disable, name)
			}
		}
	default:
		return false, nil
	}
	return true, nil
}

// switchRules records the analyzer's switches and applies those of every
// plugin configured so far.
func switchRules(name string, sw rules.Switches) error {
	switchesMu.Lock()
	defer switchesMu.Unlock()
	switchesOf[name] = sw
	var layers []rules.Switches
	for _, l := range switchesOf {
		layers = append(layers, l)
	}
	return rules.Apply(layers...)
}

func ruleIDs(analyzer string) string {
	var ids []string
	for _, r := range rules.Of(analyzer) {
		ids = append(ids, r.ID)
	}
	if len(ids) == 0 {
		return "it declares none"
	}
	return strings.Join(ids, ", ")
}
