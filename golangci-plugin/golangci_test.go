package golangciplugin

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/analyzers"
	"github.com/extinctlint/extinct/internal/rules"
)

// golangciVersion is the golangci-lint the integration test builds: the
// newest v2 the module proxy serves.
const golangciVersion = "v2.15.0"

// settings are the fixture's settings per analyzer; each must change what
// the analyzer reports on testdata/golangci, which proves that it arrived:
// an option, and each of the rule switches.
var settings = map[string]map[string]any{
	"errcheckcb": {"exclude": []any{"os.Rename"}, "disable": []any{"errcheckcb/empty-branch"}},
	"errstring":  {"strict": true},
	"debugprint": {"enable": []any{"debugprint/library-output"}},
}

func TestApplySettings(t *testing.T) {
	for _, a := range analyzers.Plain() {
		if err := apply(a, map[string]any{"no-such-setting": true}); err == nil || !strings.Contains(err.Error(), `"no-such-setting"`) {
			t.Errorf("%s: unknown setting: got %v, want an error naming it", a.Name, err)
		}
		if err := apply(a, nil); err != nil {
			t.Errorf("%s: no settings: %v", a.Name, err)
		}
	}
}

func TestRuleSettings(t *testing.T) {
	t.Cleanup(func() {
		switchesOf = make(map[string]rules.Switches)
		if err := rules.Apply(); err != nil {
			t.Fatal(err)
		}
	})
	byName := make(map[string]*analysis.Analyzer)
	for _, a := range analyzers.Plain() {
		byName[a.Name] = a
	}
	for _, bad := range []map[string]any{
		{"strict": "yes"},
		{"enable": "errstring/wrap"},
		{"enable": []any{"errcheckcb/blank"}}, // another analyzer's rule
		{"disable": []any{"errstring/nonesuch"}},
	} {
		if err := apply(byName["errstring"], bad); err == nil {
			t.Errorf("errstring settings %v: no error", bad)
		}
	}
	wrap, blank := rules.Lookup("errstring/wrap"), rules.Lookup("errcheckcb/blank")
	if err := apply(byName["errstring"], map[string]any{"strict": true}); err != nil {
		t.Fatal(err)
	}
	if !wrap.Enabled() || blank.Enabled() {
		t.Errorf("errstring strict: errstring/wrap on = %v (want true), errcheckcb/blank on = %v (want false)", wrap.Enabled(), blank.Enabled())
	}
	if err := apply(byName["errcheckcb"], map[string]any{"enable": []any{"errcheckcb/blank"}, "disable": []any{"errcheckcb/unchecked"}}); err != nil {
		t.Fatal(err)
	}
	if !wrap.Enabled() || !blank.Enabled() || rules.Lookup("errcheckcb/unchecked").Enabled() {
		t.Error("errcheckcb's switches did not add to errstring's")
	}
}

// TestCustomGolangciLint builds a real custom golangci-lint with this
// plugin, from the module cache (golangci-lint custom would clone from
// GitHub), and runs it over testdata/golangci.
func TestCustomGolangciLint(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a custom golangci-lint (about 90 s with a cold build cache)")
	}
	bin := buildCustomGolangci(t)
	fixture := copyFixture(t)
	writeConfig(t, fixture)

	issues := runGolangci(t, bin, fixture)
	if len(issues) == 0 {
		t.Fatal("the custom golangci-lint reported nothing: it is missing type information " +
			"(built with an older Go than the analyzers need?) or the plugin is not linked in")
	}
	got := make(map[string]bool)
	reported := make(map[string]bool)
	for _, is := range issues {
		got[fmt.Sprintf("%s:%d %s", is.Pos.Filename, is.Pos.Line, is.FromLinter)] = true
		reported[is.FromLinter] = true
	}
	want := wantedFindings(t, fixture)
	for key := range want {
		if !got[key] {
			t.Errorf("missing finding %s", key)
		}
	}
	for key := range got {
		if !want[key] {
			t.Errorf("unexpected finding %s", key)
		}
	}
	for _, a := range analyzers.Plain() {
		if !reported[strings.ToLower(a.Name)] {
			t.Errorf("analyzer %s reported nothing through golangci-lint", a.Name)
		}
	}

	// --fix applies the suggested fixes: afterwards the fixable findings
	// are gone and the module still builds.
	cmd := exec.Command(bin, "run", "--fix", "./...")
	cmd.Dir = fixture
	out, _ := cmd.CombinedOutput() // findings without a fix remain: exit 1 is expected
	after := runGolangci(t, bin, fixture)
	if len(after) >= len(issues) {
		t.Errorf("golangci-lint --fix fixed nothing (%d findings before, %d after):\n%s", len(issues), len(after), out)
	}
	build := exec.Command("go", "vet", "./...")
	build.Dir = fixture
	if out, err := build.CombinedOutput(); err != nil {
		t.Errorf("the fixture does not build after golangci-lint --fix: %v\n%s", err, out)
	}
}

type issue struct {
	FromLinter string
	Text       string
	Pos        struct {
		Filename string
		Line     int
	}
}

func runGolangci(t *testing.T, bin, dir string) []issue {
	t.Helper()
	jsonPath := filepath.Join(t.TempDir(), "report.json")
	cmd := exec.Command(bin, "run", "--output.json.path="+jsonPath, "--output.text.path=stderr", "--show-stats=false", "./...")
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	data, rerr := os.ReadFile(jsonPath)
	var report struct{ Issues []issue }
	if jerr := json.Unmarshal(data, &report); rerr != nil || jerr != nil {
		t.Fatalf("golangci-lint: %v (report: %v %v)\n%s", err, rerr, jerr, stderr.String())
	}
	return report.Issues
}

// wantedFindings reads the "golangci:want NAME..." markers of the fixture.
func wantedFindings(t *testing.T, dir string) map[string]bool {
	t.Helper()
	marker := regexp.MustCompile(`golangci:want ([a-z0-9 ]+)`)
	want := make(map[string]bool)
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(data), "\n") {
			if m := marker.FindStringSubmatch(line); m != nil {
				for _, linter := range strings.Fields(m[1]) {
					want[fmt.Sprintf("%s:%d %s", filepath.Base(name), i+1, linter)] = true
				}
			}
		}
	}
	return want
}

// writeConfig writes the .golangci.yml a team would: every extinct analyzer
// as a module plugin, with settings, plus nolintlint to prove that extinct's
// directives count as used.
func writeConfig(t *testing.T, dir string) {
	t.Helper()
	var b strings.Builder
	b.WriteString("version: \"2\"\nlinters:\n  default: none\n  enable:\n    - nolintlint\n")
	var names []string
	for _, a := range analyzers.Plain() {
		names = append(names, strings.ToLower(a.Name))
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(&b, "    - %s\n", name)
	}
	b.WriteString("  settings:\n    nolintlint:\n      require-specific: true\n      require-explanation: true\n    custom:\n")
	for _, name := range names {
		fmt.Fprintf(&b, "      %s:\n        type: module\n        description: extinct's %s\n", name, name)
		if s, ok := settings[name]; ok {
			data, err := json.Marshal(s) // JSON is YAML
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&b, "        settings: %s\n", data)
		}
	}
	b.WriteString("  exclusions:\n    generated: lax\n")
	if err := os.WriteFile(filepath.Join(dir, ".golangci.yml"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func copyFixture(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "fixture")
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("..", "testdata", "golangci"))); err != nil {
		t.Fatal(err)
	}
	return dir
}

// buildCustomGolangci does what golangci-lint custom does, from the module
// cache: copy golangci-lint's module, add a plugins.go importing this
// package, point the extinct module at this checkout, build.
func buildCustomGolangci(t *testing.T) string {
	t.Helper()
	goCmd(t, "", "version") // fail early and clearly without a Go toolchain
	var mod struct{ Dir, Error string }
	out := goCmd(t, "", "mod", "download", "-json", "github.com/golangci/golangci-lint/v2@"+golangciVersion)
	if err := json.Unmarshal(out, &mod); err != nil || mod.Dir == "" {
		t.Fatalf("go mod download golangci-lint: %v %s\n%s", err, mod.Error, out)
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	work := t.TempDir()
	src := filepath.Join(work, "golangci-lint")
	if err := os.CopyFS(src, os.DirFS(mod.Dir)); err != nil {
		t.Fatal(err)
	}
	plugins := "package main\n\nimport _ \"github.com/extinctlint/extinct/golangci-plugin\"\n"
	if err := os.WriteFile(filepath.Join(src, "cmd", "golangci-lint", "plugins.go"), []byte(plugins), 0o644); err != nil {
		t.Fatal(err)
	}
	goCmd(t, src, "mod", "edit", "-replace", "github.com/extinctlint/extinct="+root)
	goCmd(t, src, "get", "github.com/extinctlint/extinct@v0.0.0-00010101000000-000000000000")
	bin := filepath.Join(work, "golangci-lint-extinct")
	goCmd(t, src, "build", "-o", bin, "./cmd/golangci-lint")
	return bin
}

func goCmd(t *testing.T, dir string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return stdout.Bytes()
}
