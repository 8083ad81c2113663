package main

import (
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/extinctlint/extinct/analyzers"
	"github.com/extinctlint/extinct/internal/rules"
)

// TestHelpNamesEveryFlag: every flag extinct help lists is accepted, and
// the multichecker's flags that extinct does not take are refused.
func TestHelpNamesEveryFlag(t *testing.T) {
	help, stderr, code := runIn(t, t.TempDir(), extinct, "help")
	if code != 0 {
		t.Fatalf("extinct help: exit %d\n%s", code, stderr)
	}
	if h, _, code := runIn(t, t.TempDir(), extinct, "-h"); code != 0 || h != help {
		t.Errorf("extinct -h: exit %d, and its text differs from extinct help's", code)
	}
	dir := t.TempDir()
	file, config := filepath.Join(dir, "excludes"), filepath.Join(dir, "config.yml")
	write(t, file, "fmt.Println\n")
	write(t, config, "strict: true\n")
	values := map[string]string{"format": "github", "config": config, "enable": "errcheckcb", "disable": "errstring/wrap",
		"errcheckcb.exclude": "os.Rename", "errcheckcb.exclude-file": file, "debugprint.funcs": "fmt.Println", "debugprint.allow": "example.com/x/..."}
	flagLine := regexp.MustCompile(`(?m)^  -([a-zA-Z0-9.-]+)(?: (\w+))?`)
	listed := flagLine.FindAllStringSubmatch(help[strings.Index(help, "\nFlags:\n"):], -1)
	if len(listed) < 20 {
		t.Fatalf("extinct help lists %d flags:\n%s", len(listed), help)
	}
	for _, m := range listed {
		name, value := m[1], "true"
		if m[2] != "" {
			value = "x"
		}
		if v, ok := values[name]; ok {
			value = v
		}
		// No package pattern: a good flag ends in the usage line, a bad
		// one in its own complaint.
		_, stderr, _ := runIn(t, dir, extinct, "-"+name+"="+value)
		if !strings.HasPrefix(stderr, "usage: extinct") {
			t.Errorf("extinct -%s=%s is listed by help but refused:\n%s", name, value, stderr)
		}
	}
	for _, name := range []string{"c", "cpuprofile", "debug", "v", "source", "memprofile", "trace"} {
		if strings.Contains(help, "\n  -"+name+" ") || strings.Contains(help, "\n  -"+name+"\n") {
			t.Errorf("extinct help lists -%s, which extinct does not take", name)
		}
		if _, stderr, code := runIn(t, dir, extinct, "-"+name+"=1", "./..."); code != exitUsage || !strings.Contains(stderr, "flag provided but not defined") {
			t.Errorf("extinct -%s=1: exit %d, want 2 and the flag refused\n%s", name, code, stderr)
		}
	}
}

// TestHelpTopics: every analyzer, bundled check and rule has its help.
func TestHelpTopics(t *testing.T) {
	var topics []string
	for _, a := range append(analyzers.All(), analyzers.OptIn()...) {
		topics = append(topics, a.Name)
	}
	for _, r := range rules.All() {
		topics = append(topics, r.ID)
	}
	for _, topic := range topics {
		stdout, stderr, code := runIn(t, t.TempDir(), extinct, "help", topic)
		if code != 0 || len(stdout) < 80 || !strings.Contains(stdout, topic) {
			t.Errorf("extinct help %s: exit %d, %d bytes\n%s%s", topic, code, len(stdout), stdout, stderr)
		}
	}
	if _, _, code := runIn(t, t.TempDir(), extinct, "help", "nonesuch"); code != exitUsage {
		t.Errorf("extinct help nonesuch: exit %d, want 2", code)
	}
}

func TestVersionCommands(t *testing.T) {
	for _, arg := range []string{"version", "--version", "-version"} {
		stdout, stderr, code := runIn(t, t.TempDir(), extinct, arg)
		if code != 0 || !strings.HasPrefix(stdout, "extinct ") || !strings.Contains(stdout, "go1.") {
			t.Errorf("extinct %s: exit %d\n%s%s", arg, code, stdout, stderr)
		}
	}
}

// fixableTwice has two findings with fixes (lines 6 and 7) in a function that
// returns an error.
const fixableTwice = `package m

import "os"

func Save(name string) error {
	os.WriteFile(name, nil, 0o644)
	os.WriteFile(name+".bak", nil, 0o644)
	return nil
}
`

// TestFixWithEveryFlag: -fix combines with the other flags and the
// configuration file; afterwards nothing fixable is left and the module
// builds.
func TestFixWithEveryFlag(t *testing.T) {
	flagSets := [][]string{
		nil, {"-format=json"}, {"-new-from-rev=HEAD"}, {"-config=.extinct.yml"},
		{"-tags=integration"}, {"-exit-zero"}, {"-sarif"}, {"-format=github"},
		{"-strict"}, {"-staticchecks"}, {"-errcheckcb"}, {"-disable=errstring"},
	}
	if testing.Short() { // the plain fix, an output format, the changed-lines filter, the configuration file
		flagSets = flagSets[:4]
	}
	for _, extra := range flagSets {
		dir := writeModule(t, map[string]string{"m.go": "package m\n", ".extinct.yml": "strict: true\n"})
		gitIn(t, dir, "init", "-q")
		gitIn(t, dir, "add", ".")
		commit(t, dir, "start")
		write(t, filepath.Join(dir, "m.go"), fixableTwice)
		stdout, stderr, code := runIn(t, dir, extinct, append(append([]string{"-fix"}, extra...), "./...")...)
		if code != exitClean {
			t.Errorf("extinct -fix %v: exit %d, want 0 (everything fixed)\n%s%s", extra, code, stdout, stderr)
		}
		data, err := os.ReadFile(filepath.Join(dir, "m.go"))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Count(string(data), "if err := os.WriteFile(") != 2 {
			t.Errorf("extinct -fix %v did not apply both fixes:\n%s", extra, data)
		}
		if _, stderr, code := runIn(t, dir, "go", "vet", "./..."); code != 0 {
			t.Errorf("after extinct -fix %v the module does not build:\n%s", extra, stderr)
		}
	}
}

// TestDiffGitApply: -diff prints what -fix would do as a patch that git
// apply accepts, and exits 3.
func TestDiffGitApply(t *testing.T) {
	dir := writeModule(t, map[string]string{"sub/m.go": fixableTwice})
	gitIn(t, dir, "init", "-q")
	stdout, stderr, code := runIn(t, dir, extinct, "-diff", "./...")
	if code != exitFindings || !strings.HasPrefix(stdout, "--- a/sub/m.go\n+++ b/sub/m.go\n@@ ") {
		t.Fatalf("extinct -diff: exit %d, want 3 and a unified diff\n%s%s", code, stdout, stderr)
	}
	before, _ := os.ReadFile(filepath.Join(dir, "sub", "m.go")) //nolint:errcheckcb // compared below
	if string(before) != fixableTwice {
		t.Errorf("-diff changed the file")
	}
	patch := filepath.Join(t.TempDir(), "fix.patch")
	if err := os.WriteFile(patch, []byte(stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	gitIn(t, dir, "apply", patch)
	applied, _ := os.ReadFile(filepath.Join(dir, "sub", "m.go")) //nolint:errcheckcb // compared below
	fixedDir := writeModule(t, map[string]string{"sub/m.go": fixableTwice})
	runIn(t, fixedDir, extinct, "-fix", "./...")
	fixed, _ := os.ReadFile(filepath.Join(fixedDir, "sub", "m.go")) //nolint:errcheckcb // compared below
	if string(applied) != string(fixed) {
		t.Errorf("git apply of -diff gives\n%s\nbut -fix gives\n%s", applied, fixed)
	}
	if _, _, code := runIn(t, dir, extinct, "-diff", "./..."); code != exitClean {
		t.Errorf("-diff with nothing left to fix: exit %d, want 0", code)
	}
	// From a subdirectory the paths are the repository's, as git apply
	// wants them wherever it runs.
	write(t, filepath.Join(dir, "sub", "m.go"), fixableTwice)
	stdout, _, _ = runIn(t, filepath.Join(dir, "sub"), extinct, "-diff", "./...")
	if !strings.HasPrefix(stdout, "--- a/sub/m.go\n") {
		t.Errorf("-diff from sub/: want paths from the repository's top\n%s", stdout)
	}
}

// TestTwoFindingsOnOneLine: of two statements on one line, errcheckcb
// offers a fix only for the one that starts the line: -fix applies it,
// reports the other, exits 3, and the module builds. (Fixes whose edits
// overlap: internal/driver's TestOverlappingFixesApplyFirst.)
func TestTwoFindingsOnOneLine(t *testing.T) {
	dir := writeModule(t, map[string]string{"m.go": strings.Replace(fixableTwice, "\tos.WriteFile(name, nil, 0o644)\n\tos.WriteFile(name+\".bak\", nil, 0o644)\n",
		"\tos.WriteFile(name, nil, 0o644); os.WriteFile(name+\".bak\", nil, 0o644)\n", 1)})
	stdout, stderr, code := runIn(t, dir, extinct, "-fix", "./...")
	if code != exitFindings || strings.Count(stdout, "\n") != 1 || !strings.Contains(stdout, "m.go:6:34: errcheckcb/unchecked") {
		t.Fatalf("extinct -fix: exit %d, want 3 and the finding without a fix\n%s%s", code, stdout, stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "m.go"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(string(data), "if err := os.WriteFile(") != 1 {
		t.Errorf("the fixable finding was not fixed:\n%s", data)
	}
	if _, stderr, code := runIn(t, dir, "go", "vet", "./..."); code != 0 {
		t.Errorf("after -fix the module does not build:\n%s", stderr)
	}
}

func TestOutputFormats(t *testing.T) {
	dir := writeModule(t, map[string]string{"sub/m.go": dirty})
	stdout, _, code := runIn(t, dir, extinct, "-format=github", "./...")
	github := regexp.MustCompile(`(?m)^::error file=sub/m\.go,line=6,col=2,title=errcheckcb/unchecked::error returned by os\.WriteFile`)
	if code != exitFindings || !github.MatchString(stdout) {
		t.Errorf("-format=github: exit %d\n%s", code, stdout)
	}
	stdout, _, code = runIn(t, dir, extinct, "-format=checkstyle", "./...")
	var report struct {
		Files []struct {
			Name   string `xml:"name,attr"`
			Errors []struct {
				Line   int    `xml:"line,attr"`
				Source string `xml:"source,attr"`
			} `xml:"error"`
		} `xml:"file"`
	}
	if err := xml.Unmarshal([]byte(stdout), &report); err != nil || code != exitFindings {
		t.Fatalf("-format=checkstyle: exit %d, %v\n%s", code, err, stdout)
	}
	if len(report.Files) != 1 || report.Files[0].Name != "sub/m.go" || len(report.Files[0].Errors) != 1 ||
		report.Files[0].Errors[0].Line != 6 || report.Files[0].Errors[0].Source != "extinct.errcheckcb/unchecked" {
		t.Errorf("-format=checkstyle: %+v", report)
	}
	stdout, _, _ = runIn(t, dir, extinct, "-format=json", "./...")
	if !strings.Contains(stdout, `"posn": "sub/m.go:6:2"`) {
		t.Errorf("-format=json: want the position relative, as in text\n%s", stdout)
	}
	if _, stderr, code := runIn(t, dir, extinct, "-format=yaml", "./..."); code != exitUsage || !strings.Contains(stderr, "github") {
		t.Errorf("-format=yaml: exit %d, want 2 naming the formats\n%s", code, stderr)
	}
}

// TestNewFromMergeBaseAndPatch: a branch's own changes, from git and from a
// patch file; a shallow clone says to fetch the history.
func TestNewFromMergeBaseAndPatch(t *testing.T) {
	dir := writeModule(t, map[string]string{"m.go": dirty})
	gitIn(t, dir, "init", "-q", "-b", "main")
	gitIn(t, dir, "add", ".")
	commit(t, dir, "old finding at line 6")
	gitIn(t, dir, "checkout", "-q", "-b", "feature")
	added := strings.Replace(dirty, "\tos.WriteFile(name, nil, 0o644)\n", "\tos.WriteFile(name, nil, 0o644)\n\tos.WriteFile(name+\"/new\", nil, 0o644)\n", 1)
	write(t, filepath.Join(dir, "m.go"), added)
	gitIn(t, dir, "add", ".")
	commit(t, dir, "new finding at line 7")
	onlyNew := func(name string, args ...string) {
		t.Helper()
		stdout, stderr, code := runIn(t, dir, extinct, append(args, "./...")...)
		if code != exitFindings || strings.Contains(stdout, "m.go:6:") || !strings.Contains(stdout, "m.go:7:2") {
			t.Errorf("%s: exit %d, want only the finding at m.go:7\n%s%s", name, code, stdout, stderr)
		}
	}
	onlyNew("-new-from-merge-base=main", "-new-from-merge-base=main")
	cmd := exec.Command("git", "diff", "main...HEAD")
	cmd.Dir = dir
	diff, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	patch := filepath.Join(t.TempDir(), "pr.diff")
	if err := os.WriteFile(patch, diff, 0o644); err != nil {
		t.Fatal(err)
	}
	onlyNew("-new-from-patch", "-new-from-patch="+patch)

	shallow := filepath.Join(t.TempDir(), "shallow")
	gitIn(t, dir, "clone", "-q", "--depth=1", "file://"+dir, shallow)
	if _, stderr, code := runIn(t, shallow, extinct, "-new-from-merge-base=origin/nonesuch", "./..."); code != exitFailure || !strings.Contains(stderr, "fetch-depth: 0") {
		t.Errorf("shallow clone, missing revision: exit %d, want 1 and a hint to fetch the history\n%s", code, stderr)
	}
}

// TestLintIgnore: staticcheck's directives work for extinct's analyzers
// and rules too.
func TestLintIgnore(t *testing.T) {
	for _, tc := range []struct {
		directive string
		reported  bool
	}{
		{"//lint:ignore errcheckcb/unchecked the file is rewritten on the next start", false},
		{"//lint:ignore errcheckcb the file is rewritten on the next start", false},
		{"//lint:ignore errstring a directive for another analyzer", true},
		{"//lint:ignore errcheckcb", true}, // no reason: malformed, as in staticcheck
	} {
		src := strings.Replace(dirty, "\tos.WriteFile(name, nil, 0o644)\n", "\t"+tc.directive+"\n\tos.WriteFile(name, nil, 0o644)\n", 1)
		dir := writeModule(t, map[string]string{"m.go": src})
		stdout, _, _ := runIn(t, dir, extinct, "./...")
		if got := strings.Contains(stdout, "errcheckcb/unchecked"); got != tc.reported {
			t.Errorf("%s: reported = %v, want %v\n%s", tc.directive, got, tc.reported, stdout)
		}
	}
	fileWide := strings.Replace(dirty, "package m\n", "//lint:file-ignore errcheckcb/unchecked generated by hand, checked elsewhere\n\npackage m\n", 1)
	dir := writeModule(t, map[string]string{"m.go": fileWide})
	if stdout, _, code := runIn(t, dir, extinct, "./..."); code != exitClean {
		t.Errorf("//lint:file-ignore errcheckcb/unchecked: exit %d\n%s", code, stdout)
	}
}

// TestQuickStart runs every command of the README's quick start, as
// written, in a module with findings of every kind they touch.
func TestQuickStart(t *testing.T) {
	var commands [][]string
	for _, line := range strings.Split(readmeBlock(t, "quick-start"), "\n") {
		if cmd, _, _ := strings.Cut(line, "#"); strings.HasPrefix(cmd, "extinct") {
			commands = append(commands, strings.Fields(cmd))
		}
	}
	if len(commands) < 5 {
		t.Fatalf("the quick start has %d commands", len(commands))
	}
	dir := writeModule(t, map[string]string{"m.go": fixableTwice, "n.go": "package m\n\nfunc Debug(x int) {\n\tprintln(x)\n}\n"})
	gitIn(t, dir, "init", "-q")
	gitIn(t, dir, "add", ".")
	commit(t, dir, "start")
	for _, cmd := range commands {
		stdout, stderr, code := runIn(t, dir, extinct, cmd[1:]...)
		if code != exitClean && code != exitFindings {
			t.Errorf("%s: exit %d\n%s%s", strings.Join(cmd, " "), code, stdout, stderr)
		}
	}
}

// TestNolintErrcheck: a codebase moving over from errcheck keeps its
// //nolint:errcheck suppressions for errcheckcb's unchecked and blank rules.
func TestNolintErrcheck(t *testing.T) {
	src := strings.Replace(dirty, "\tos.WriteFile(name, nil, 0o644)\n", "\tos.WriteFile(name, nil, 0o644) //nolint:errcheck // the file is rewritten on the next start\n\t_ = os.Chmod(name, 0o600)  //nolint:errcheck // best effort\n", 1)
	dir := writeModule(t, map[string]string{"m.go": src})
	if stdout, stderr, code := runIn(t, dir, extinct, "-strict", "./..."); code != exitClean {
		t.Errorf("//nolint:errcheck: exit %d, want no finding\n%s%s", code, stdout, stderr)
	}
	src = strings.Replace(dirty, "\tos.WriteFile(name, nil, 0o644)\n", "\tos.WriteFile(name, nil, 0o644) //nolint:errorlint // another linter\n", 1)
	dir = writeModule(t, map[string]string{"m.go": src})
	if stdout, _, code := runIn(t, dir, extinct, "./..."); code != exitFindings {
		t.Errorf("//nolint:errorlint silenced errcheckcb: exit %d\n%s", code, stdout)
	}
}

// readmeBlock returns the README's text between <!-- BEGIN name --> and
// <!-- END name -->.
func readmeBlock(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	begin, end := strings.Index(readme, "<!-- BEGIN "+name+" -->"), strings.Index(readme, "<!-- END "+name+" -->")
	if begin < 0 || end < begin {
		t.Fatalf("README.md has no block %s", name)
	}
	return readme[begin:end]
}

// TestREADMEDemoOutput: the README's sample output is what extinct prints
// on the demo.
func TestREADMEDemoOutput(t *testing.T) {
	demo := demoDir(t)
	stdout, stderr, code := runIn(t, demo, extinct, "./...")
	if code != exitFindings {
		t.Fatalf("extinct on the demo: exit %d\n%s", code, stderr)
	}
	lines := 0
	for _, line := range strings.Split(readmeBlock(t, "demo-output"), "\n") {
		if line == "" || strings.HasPrefix(line, "<!--") || strings.HasPrefix(line, "```") {
			continue
		}
		lines++
		if !strings.Contains(stdout, line+"\n") {
			t.Errorf("the README shows a line extinct does not print on the demo:\n%s\nit prints:\n%s", line, stdout)
		}
	}
	if lines == 0 {
		t.Error("the README's demo-output block shows no finding")
	}
}
