package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/internal/rules"
)

var (
	testRule   = &rules.Rule{ID: "cfgtest/loose", Tier: rules.Default, Summary: "x"}
	testStrict = &rules.Rule{ID: "cfgtest/tight", Tier: rules.Strict, Summary: "y"}
	_          = rules.Register(testRule, testStrict)
)

// testAnalyzer has the options the settings tests set.
func testAnalyzer() (*analysis.Analyzer, *bool, *string) {
	a := &analysis.Analyzer{Name: "cfgtest"}
	tests := a.Flags.Bool("tests", false, "")
	exclude := a.Flags.String("exclude", "", "")
	return a, tests, exclude
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	if err := os.Mkdir(filepath.Join(root, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if got := Find(sub); got != "" {
		t.Errorf("Find without a file = %q, want none", got)
	}
	// Above the repository root is another project's: not found.
	writeFile(t, filepath.Join(filepath.Dir(root), Name), "strict: true\n")
	defer os.Remove(filepath.Join(filepath.Dir(root), Name)) //nolint:errcheckcb // the temp dir goes anyway
	if got := Find(sub); got != "" {
		t.Errorf("Find looked above the repository root: %q", got)
	}
	writeFile(t, filepath.Join(root, Name), "strict: true\n")
	if got, want := Find(sub), filepath.Join(root, Name); got != want {
		t.Errorf("Find from a subdirectory = %q, want %q", got, want)
	}
	writeFile(t, filepath.Join(root, "a", Name), "strict: false\n")
	if got, want := Find(sub), filepath.Join(root, "a", Name); got != want {
		t.Errorf("Find = %q, want the nearest %q", got, want)
	}
}

func TestLoad(t *testing.T) {
	t.Cleanup(func() { rules.Apply(); Activate(nil) }) //nolint:errcheckcb // no switches: nothing to fail
	dir := t.TempDir()
	path := filepath.Join(dir, Name)
	writeFile(t, path, `# a team's configuration
strict: false
enable: [cfgtest/tight]
disable:
  - cfgtest/loose
settings:
  cfgtest:
    tests: true
    exclude: [os.Remove, os.Chmod]
exclude-paths:
  - vendor
  - legacy/*.go
  - "**/mocks"
`)
	a, tests, exclude := testAnalyzer()
	f, err := Load(path, []*analysis.Analyzer{a})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.ApplySettings([]*analysis.Analyzer{a}); err != nil {
		t.Fatal(err)
	}
	if !*tests || *exclude != "os.Remove,os.Chmod" {
		t.Errorf("settings: tests=%v exclude=%q", *tests, *exclude)
	}
	if err := rules.Apply(f.Switches); err != nil {
		t.Fatal(err)
	}
	if testRule.Enabled() || !testStrict.Enabled() {
		t.Errorf("switches: loose on=%v tight on=%v, want false, true", testRule.Enabled(), testStrict.Enabled())
	}
	Activate(f)
	for name, want := range map[string]bool{
		"vendor/x/y.go":        true,
		"legacy/old.go":        true,
		"legacy/sub/old.go":    false,
		"a/b/mocks/m.go":       true,
		"mocks/m.go":           true,
		"src/main.go":          false,
		"vendorx/y.go":         false,
		"../outside/vendor.go": false,
	} {
		if got := Excluded(filepath.Join(dir, name)); got != want {
			t.Errorf("Excluded(%s) = %v, want %v", name, got, want)
		}
	}
}

func TestLoadEmpty(t *testing.T) {
	for _, content := range []string{"", "# nothing\n", "---\n"} {
		path := filepath.Join(t.TempDir(), Name)
		writeFile(t, path, content)
		if _, err := Load(path, nil); err != nil {
			t.Errorf("Load(%q): %v", content, err)
		}
	}
}

// TestLoadErrors: every bad file gives one line naming the file, the line
// and what is wrong.
func TestLoadErrors(t *testing.T) {
	for _, tc := range []struct{ content, want string }{
		{"strict: true\nstrictt: true\n", `:2: unknown key "strictt"`},
		{"strict: yes please\n", `:1: strict must be true or false, got "yes please"`},
		{"enable: cfgtest/tight\n", `:1: enable must be a list`},
		{"disable:\n  - cfgtest/loose\n  - cfgtest/nonesuch\n", `:3: disable: unknown analyzer or rule "cfgtest/nonesuch"`},
		{"settings:\n  nonesuch:\n    x: 1\n", `:2: settings: unknown analyzer "nonesuch"`},
		{"settings:\n  cfgtest:\n    colour: red\n", `:3: settings.cfgtest: unknown option "colour"`},
		{"settings:\n  cfgtest: [tests]\n", `:2: settings.cfgtest must map option names to values`},
		{"exclude-paths: [\"[\"]\n", `:1: exclude-paths: bad glob "["`},
		{"strict: true\n  enable: [x]\n", `:2: mapping values are not allowed`},
		{"- strict\n", `:1: the file must be a mapping`},
		{"strict: true\nstrict: false\n", `:2: key "strict" given twice`},
	} {
		path := filepath.Join(t.TempDir(), Name)
		writeFile(t, path, tc.content)
		a, _, _ := testAnalyzer()
		_, err := Load(path, []*analysis.Analyzer{a})
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasSuffix(strings.SplitN(err.Error(), ":", 2)[0], Name) || strings.Contains(err.Error(), "\n") {
			t.Errorf("Load(%q) = %v, want one line %s:LINE: with %q", tc.content, err, Name, tc.want)
		}
	}
}

func TestBadSettingValue(t *testing.T) {
	path := filepath.Join(t.TempDir(), Name)
	writeFile(t, path, "settings:\n  cfgtest:\n    tests: maybe\n")
	a, _, _ := testAnalyzer()
	f, err := Load(path, []*analysis.Analyzer{a})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.ApplySettings([]*analysis.Analyzer{a}); err == nil || !strings.Contains(err.Error(), Name+":3: settings.cfgtest.tests: bad value \"maybe\"") {
		t.Errorf("bad value: %v", err)
	}
}

func TestConfigArg(t *testing.T) {
	for _, tc := range []struct {
		args  []string
		want  string
		named bool
	}{
		{[]string{"-config", "a.yml", "./..."}, "a.yml", true},
		{[]string{"--config=b.yml", "./..."}, "b.yml", true},
		{[]string{"-strict", "./..."}, "", false},
		{[]string{"--", "-config=c.yml"}, "", false},
	} {
		got, named := configArg(tc.args)
		if got != tc.want || named != tc.named {
			t.Errorf("configArg(%q) = %q, %v; want %q, %v", tc.args, got, named, tc.want, tc.named)
		}
	}
}

func TestChangedLinesOnly(t *testing.T) {
	changed := &rules.Rule{ID: "cfgtest/changed", Tier: rules.Strict, Summary: "z", ChangedLines: true}
	rules.Register(changed)
	t.Cleanup(func() { rules.Apply() }) //nolint:errcheckcb // no switches: nothing to fail
	s := new(Setup)
	if err := s.apply(); err != nil {
		t.Fatal(err)
	}
	if changed.Enabled() {
		t.Error("a ChangedLines strict rule runs on a whole-tree run")
	}
	if err := s.ChangedLinesOnly(); err != nil {
		t.Fatal(err)
	}
	if !changed.Enabled() {
		t.Error("a ChangedLines rule does not run when only changed lines are reported")
	}
	s.cmd.Disable = []string{"cfgtest/changed"}
	if err := s.apply(); err != nil {
		t.Fatal(err)
	}
	if changed.Enabled() {
		t.Error("-disable does not override ChangedLines")
	}
}
