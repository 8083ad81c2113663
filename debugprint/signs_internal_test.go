package debugprint

import "testing"

func TestPrintingName(t *testing.T) {
	for name, want := range map[string]bool{
		"Print": true, "PrintDefaults": true, "printTrace": true, "dumpState": true, "debugf": true,
		"Usage": true, "showHelp": true, "logf": true, "warn_user": true, "Login": false, "Catalog": false,
		"Blueprint": false, "Reprint": false, "Load": false, "HTTPLog": true, "traceback": false,
	} {
		if got := printingName(name); got != want {
			t.Errorf("printingName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestCommandPath(t *testing.T) {
	for _, tc := range []struct {
		path, name string
		want       bool
	}{
		{"example.com/tool/cmd", "cmd", true},
		{"example.com/tool/cmd/serve", "serve", true},
		{"example.com/tool/internal/cmd/run", "run", true},
		{"example.com/tool/pkg/commands", "commands", true},
		{"example.com/tool/internal/cli", "cmd", true},
		{"example.com/tool/cmdutil", "cmdutil", false},
		{"example.com/tool/internal/render", "render", false},
		{"example.com/command", "command", false},
	} {
		if got := commandPath(tc.path, tc.name); got != tc.want {
			t.Errorf("commandPath(%q, %q) = %v, want %v", tc.path, tc.name, got, tc.want)
		}
	}
}

func TestDebugWord(t *testing.T) {
	for name, want := range map[string]bool{
		"debug": true, "DEBUG": true, "dnsDebugLevel": true, "_Trace": true, "Verbose": true, "Bench": true,
		"PrintQuery": true, "showVersion": true, "quiet": true, "fingerprint": false, "gctrace": false, "shown": false,
	} {
		if got := debugWord(name); got != want {
			t.Errorf("debugWord(%q) = %v, want %v", name, got, want)
		}
	}
}
