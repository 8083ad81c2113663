package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// switched has a default-tier finding (errcheckcb/unchecked, line 9) and a
// strict-tier one (errstring/wrap, line 12).
const switched = `package m

import (
	"fmt"
	"os"
)

func Save(name string) error {
	os.WriteFile(name, nil, 0o644)
	_, err := os.Stat(name)
	if err != nil {
		return fmt.Errorf("save %s: %v", name, err)
	}
	return nil
}
`

const touch = `package m

import (
	"os"
	"testing"
)

func TestTouch(t *testing.T) {
	os.WriteFile("x", nil, 0o644)
}
`

var (
	uncheckedLine = regexp.MustCompile(`(?m)^(sub/)?m\.go:9:2: errcheckcb/unchecked: `)
	wrapLine      = regexp.MustCompile(`(?m)^(sub/)?m\.go:12:\d+: errstring/wrap: `)
	// testsLine is reported only with -errcheckcb.tests (a _test.go file).
	testsLine = regexp.MustCompile(`(?m)^(sub/)?n_test\.go:9:2: errcheckcb/unchecked: `)
)

// TestRuleSwitches: -strict, -enable, -disable and every key of
// .extinct.yml change what is reported, and flags override the file.
func TestRuleSwitches(t *testing.T) {
	for _, tc := range []struct {
		name            string
		config          string // .extinct.yml, if set
		args            []string
		unchecked, wrap bool
		tests           bool // the finding only -errcheckcb.tests reports
		short           bool // one of the rows -short runs: one of each kind of switch
	}{
		{name: "default tier", args: nil, unchecked: true, short: true},
		{name: "-strict", args: []string{"-strict"}, unchecked: true, wrap: true, short: true},
		{name: "-enable a rule", args: []string{"-enable=errstring/wrap"}, unchecked: true, wrap: true},
		{name: "-enable an analyzer", args: []string{"-enable", "errstring"}, unchecked: true, wrap: true},
		{name: "-disable a rule", args: []string{"-strict", "-disable=errcheckcb/unchecked"}, wrap: true, short: true},
		{name: "-disable an analyzer", args: []string{"-disable=errcheckcb,errstring"}},
		{name: "file strict", config: "strict: true\n", unchecked: true, wrap: true, short: true},
		{name: "flag overrides file", config: "strict: true\n", args: []string{"-strict=false"}, unchecked: true, short: true},
		{name: "file enable", config: "enable: [errstring/wrap]\n", unchecked: true, wrap: true},
		{name: "file disable", config: "disable:\n  - errcheckcb/unchecked\n"},
		{name: "flag enables what the file disables", config: "disable: [errcheckcb]\n", args: []string{"-enable=errcheckcb/unchecked"}, unchecked: true},
		{name: "file settings", config: "settings:\n  errcheckcb:\n    exclude: [os.WriteFile]\n"},
		{name: "file settings, a bool", config: "settings:\n  errcheckcb:\n    tests: true\n", unchecked: true, tests: true, short: true},
		{name: "flag settings override the file", config: "settings:\n  errcheckcb:\n    tests: true\n", args: []string{"-errcheckcb.tests=false"}, unchecked: true},
		{name: "file exclude-paths", config: "strict: true\nexclude-paths: [sub]\n"},
		{name: "-config names another file", config: "strict: true\n", args: []string{"-config", "other.yml"}, unchecked: false, short: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if testing.Short() && !tc.short {
				t.Skip("-short runs one row of each kind")
			}
			files := map[string]string{"sub/m.go": switched, "sub/n_test.go": touch, "other.yml": "disable: [errcheckcb]\n"}
			if tc.config != "" {
				files[".extinct.yml"] = tc.config
			}
			dir := writeModule(t, files)
			stdout, stderr, code := runIn(t, dir, extinct, append(tc.args, "./...")...)
			if code != exitClean && code != exitFindings {
				t.Fatalf("exit %d\n%s", code, stderr)
			}
			if got := uncheckedLine.MatchString(stdout); got != tc.unchecked {
				t.Errorf("errcheckcb/unchecked reported = %v, want %v\n%s", got, tc.unchecked, stdout)
			}
			if got := wrapLine.MatchString(stdout); got != tc.wrap {
				t.Errorf("errstring/wrap reported = %v, want %v\n%s", got, tc.wrap, stdout)
			}
			if got := testsLine.MatchString(stdout); got != tc.tests {
				t.Errorf("-errcheckcb.tests finding reported = %v, want %v\n%s", got, tc.tests, stdout)
			}
		})
	}
}

// TestConfigFromSubdirectory: run from a package directory, extinct finds
// the module root's .extinct.yml, and not one above the repository root.
func TestConfigFromSubdirectory(t *testing.T) {
	dir := writeModule(t, map[string]string{"sub/m.go": switched, ".extinct.yml": "strict: true\n"})
	stdout, stderr, _ := runIn(t, filepath.Join(dir, "sub"), extinct, "./...")
	if !wrapLine.MatchString(stdout) {
		t.Errorf("from sub/: the root's .extinct.yml was not read\n%s%s", stdout, stderr)
	}
	if err := os.Mkdir(filepath.Join(dir, "sub", ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	if stdout, _, _ := runIn(t, filepath.Join(dir, "sub"), extinct, "./..."); wrapLine.MatchString(stdout) {
		t.Errorf("a .extinct.yml above the repository root was read\n%s", stdout)
	}
}

// TestGoVetSwitches: the switches and the file work under go vet, which
// starts extinct in each package's directory.
func TestGoVetSwitches(t *testing.T) {
	dir := writeModule(t, map[string]string{"sub/m.go": switched})
	vet := func(args ...string) string {
		_, stderr, _ := runIn(t, dir, "go", append([]string{"vet", "-vettool=" + extinct}, append(args, "./...")...)...)
		return stderr
	}
	if out := vet(); !strings.Contains(out, "errcheckcb/unchecked") || strings.Contains(out, "errstring/wrap") {
		t.Errorf("go vet, default tier:\n%s", out)
	}
	if out := vet("-strict"); !strings.Contains(out, "errstring/wrap") {
		t.Errorf("go vet -strict: no errstring/wrap\n%s", out)
	}
	if !testing.Short() { // under -short, -strict alone shows that flags reach extinct
		if out := vet("-disable=errcheckcb/unchecked"); strings.Contains(out, "errcheckcb/unchecked") {
			t.Errorf("go vet -disable=errcheckcb/unchecked still reports it\n%s", out)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, ".extinct.yml"), []byte("enable: [errstring/wrap]\ndisable: [errcheckcb]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out := vet(); !strings.Contains(out, "errstring/wrap") || strings.Contains(out, "errcheckcb/unchecked") {
		t.Errorf("go vet with .extinct.yml (enable errstring/wrap, disable errcheckcb):\n%s", out)
	}
	if err := os.WriteFile(filepath.Join(dir, ".extinct.yml"), []byte("strictt: true\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out := vet(); !strings.Contains(out, `.extinct.yml:1: unknown key "strictt"`) {
		t.Errorf("go vet with a bad .extinct.yml: want its line\n%s", out)
	}
}

// TestBadConfiguration runs every row of the README's table of bad
// configuration files: each gives its one line and exit 2, and nothing is
// analysed.
func TestBadConfiguration(t *testing.T) {
	row := regexp.MustCompile("(?m)^\\| `([^`]+)` \\| `([^`]+)` \\|$")
	rows := row.FindAllStringSubmatch(readmeBlock(t, "bad-config"), -1)
	if len(rows) < 8 {
		t.Fatalf("README's bad-config table has %d rows", len(rows))
	}
	for _, r := range rows {
		content := strings.ReplaceAll(r[1], `\n`, "\n") + "\n"
		dir := writeModule(t, map[string]string{"m.go": dirty, ".extinct.yml": content})
		stdout, stderr, code := runIn(t, dir, extinct, "./...")
		want := regexp.MustCompile("^" + strings.ReplaceAll(regexp.QuoteMeta(r[2]), `\.\.\.`, ".*") + "\n$")
		if code != exitUsage || stdout != "" || !want.MatchString(stderr) {
			t.Errorf(".extinct.yml %q: exit %d, stdout %q, stderr %q; want exit 2 and one line %q", r[1], code, stdout, stderr, r[2])
		}
	}
}

// TestREADMEConfiguration: the README's sample .extinct.yml is accepted as
// written, and its switches apply.
func TestREADMEConfiguration(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	sample := regexp.MustCompile("(?s)```yaml\n(strict: .*?)```").FindSubmatch(data)
	if sample == nil {
		t.Fatal("README.md has no sample .extinct.yml (a yaml block starting with strict:)")
	}
	dir := writeModule(t, map[string]string{"sub/m.go": switched, ".extinct.yml": string(sample[1])})
	stdout, stderr, code := runIn(t, dir, extinct, "./...")
	if code != exitFindings || !wrapLine.MatchString(stdout) {
		t.Errorf("README's .extinct.yml: exit %d, want findings with errstring/wrap enabled\n%s%s", code, stdout, stderr)
	}
}

// TestNolintRule: //nolint takes a rule ID and silences only that rule.
func TestNolintRule(t *testing.T) {
	both := strings.Replace(switched, `return fmt.Errorf("save %s: %v", name, err)`,
		`return fmt.Errorf("save %s: %v", name, err) //nolint:errstring/wrap // the cause stays opaque to callers`, 1)
	both = strings.Replace(both, "\tos.WriteFile(name, nil, 0o644)\n",
		"\tos.WriteFile(name, nil, 0o644) //nolint:errcheckcb/blank // names another rule: no effect\n", 1)
	dir := writeModule(t, map[string]string{"sub/m.go": both})
	stdout, stderr, _ := runIn(t, dir, extinct, "-strict", "./...")
	if wrapLine.MatchString(stdout) || !uncheckedLine.MatchString(stdout) {
		t.Errorf("//nolint:errstring/wrap should silence only that rule:\n%s%s", stdout, stderr)
	}
}
