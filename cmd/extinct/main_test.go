package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// extinct is the path of the binary built once for these tests.
var extinct string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "extinct-cmd-test")
	if err != nil {
		panic(err)
	}
	extinct = filepath.Join(dir, "extinct")
	// The tests' runs share a cache of their own, never the user's.
	if err := os.Setenv("EXTINCT_CACHE", filepath.Join(dir, "cache")); err != nil {
		panic(err)
	}
	build := exec.Command("go", "build", "-o", extinct, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		panic("building extinct: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir) //nolint:errcheckcb // a leftover temp dir is harmless
	os.Exit(code)
}

// writeModule writes files (name -> content) into a fresh directory; a
// go.mod is added unless files has one or is told not to with "-nomod";
// content "-symlink" makes the file a link to nowhere.
func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	if _, ok := files["go.mod"]; !ok {
		files["go.mod"] = "module example.com/m\n\ngo 1.26\n"
	}
	for name, content := range files {
		path := filepath.Join(dir, name)
		switch content {
		case "-nomod":
			continue
		case "-symlink": // a file that cannot be read: a link to nowhere
			if err := os.Symlink(filepath.Join(dir, "nowhere", name), path); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// runIn runs the command in dir and returns stdout, stderr and exit code.
func runIn(t *testing.T, dir, name string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	return runInEnv(t, dir, nil, name, args...)
}

// runInEnv is runIn with variables added to the environment.
func runInEnv(t *testing.T, dir string, env []string, name string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	if env != nil {
		cmd.Env = append(os.Environ(), env...)
	}
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		code = exit.ExitCode()
	default:
		t.Fatalf("running %s: %v", name, err)
	}
	return out.String(), errOut.String(), code
}

const clean = `package m

import "os"

func Save(name string) error {
	return os.WriteFile(name, nil, 0o644)
}
`

const dirty = `package m

import "os"

func Save(name string) {
	os.WriteFile(name, nil, 0o644)
}
`

func TestExitCodes(t *testing.T) {
	for _, tc := range []struct {
		name     string
		files    map[string]string
		args     []string
		code     int
		stdout   string // regexp the output must match, if set
		stderr   string
		oneError bool // stderr is exactly one line
	}{
		{name: "clean", files: map[string]string{"m.go": clean}, args: []string{"./..."}, code: exitClean},
		{name: "package unsafe, which has no files", files: map[string]string{"m.go": clean}, args: []string{"unsafe"}, code: exitClean},
		{name: "findings", files: map[string]string{"m.go": dirty}, args: []string{"./..."}, code: exitFindings,
			stdout: `^m\.go:6:2: errcheckcb/unchecked: .*os\.WriteFile`},
		{name: "findings as JSON", files: map[string]string{"m.go": dirty}, args: []string{"-json", "./..."}, code: exitFindings,
			stdout: `"category": "errcheckcb/unchecked"`},
		{name: "findings with -exit-zero", files: map[string]string{"m.go": dirty}, args: []string{"-exit-zero", "./..."}, code: exitClean},
		{name: "analyzer disabled", files: map[string]string{"m.go": dirty}, args: []string{"-errcheckcb=false", "./..."}, code: exitClean},
		{name: "suppressed", files: map[string]string{"m.go": strings.Replace(dirty, "os.WriteFile(name, nil, 0o644)", "os.WriteFile(name, nil, 0o644) //nolint:errcheckcb // best effort", 1)},
			args: []string{"./..."}, code: exitClean},
		{name: "syntax error", files: map[string]string{"m.go": "package m\n\nfunc f() {\n\tx :=\n}\n"}, args: []string{"./..."},
			code: exitFailure, stderr: `^m\.go:5:1: `, oneError: true},
		{name: "type error", files: map[string]string{"m.go": "package m\n\nfunc f() int {\n\treturn \"s\"\n}\n"}, args: []string{"./..."},
			code: exitFailure, stderr: `^m\.go:4:9: cannot use "s"`, oneError: true},
		{name: "import cycle", files: map[string]string{"a/a.go": "package a\n\nimport \"example.com/m/b\"\n\nvar X = b.Y\n",
			"b/b.go": "package b\n\nimport \"example.com/m/a\"\n\nvar Y = a.X\n"}, args: []string{"./..."},
			code: exitFailure, stderr: `^a/a\.go:3:8: could not import example\.com/m/b \(import cycle`},
		{name: "pattern matches nothing", files: map[string]string{"m.go": clean}, args: []string{"./nothing/..."},
			code: exitFailure, stderr: `nothing`, oneError: true},
		{name: "unknown package", files: map[string]string{"m.go": clean}, args: []string{"example.com/unknown"},
			code: exitFailure, stderr: `example\.com/unknown`, oneError: true},
		{name: "no go.mod", files: map[string]string{"go.mod": "-nomod", "m.go": clean}, args: []string{"./..."},
			code: exitFailure, stderr: `go\.mod`, oneError: true},
		{name: "unreadable file", files: map[string]string{"m.go": clean, "link.go": "-symlink"}, args: []string{"./..."},
			code: exitFailure, stderr: `link\.go`, oneError: true},
		{name: "bad analyzer option value", files: map[string]string{"m.go": clean}, args: []string{"-errcheckcb.tests=maybe", "./..."},
			code: exitUsage, stderr: `-errcheckcb\.tests`},
		{name: "bad flag", files: map[string]string{"m.go": clean}, args: []string{"-bogus", "./..."},
			code: exitUsage, stderr: `-bogus`},
		{name: "bad option value", files: map[string]string{"m.go": clean}, args: []string{"-json=maybe", "./..."},
			code: exitUsage, stderr: `invalid boolean value "maybe" for -json`},
		{name: "no pattern", files: map[string]string{"m.go": clean}, args: nil, code: exitUsage, stderr: `usage: extinct`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeModule(t, tc.files)
			stdout, stderr, code := runIn(t, dir, extinct, tc.args...)
			if code != tc.code {
				t.Errorf("exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tc.code, stdout, stderr)
			}
			if tc.stdout != "" && !regexp.MustCompile(`(?m)`+tc.stdout).MatchString(stdout) {
				t.Errorf("stdout does not match %s:\n%s", tc.stdout, stdout)
			}
			if tc.stderr != "" && !regexp.MustCompile(`(?m)`+tc.stderr).MatchString(stderr) {
				t.Errorf("stderr does not match %s:\n%s", tc.stderr, stderr)
			}
			if tc.oneError && strings.Count(strings.TrimSpace(stderr), "\n") != 0 {
				t.Errorf("want one line on stderr, got:\n%s", stderr)
			}
		})
	}
}

func TestVersion(t *testing.T) {
	stdout, _, code := runIn(t, t.TempDir(), extinct, "-V=full")
	if code != 0 || !regexp.MustCompile(`^extinct version devel \S+ go\S+ buildID=[0-9a-f]{64}\n$`).MatchString(stdout) {
		t.Errorf("extinct -V=full = %q (exit %d); want go vet's devel format with a buildID", stdout, code)
	}
}

func TestHelpRule(t *testing.T) {
	stdout, stderr, code := runIn(t, ".", extinct, "help", "errstring/wrap")
	if code != 0 || !strings.HasPrefix(stdout, "errstring/wrap (tier strict): ") || !strings.Contains(stdout, "%w") {
		t.Errorf("extinct help errstring/wrap: exit %d\n%s%s", code, stdout, stderr)
	}
	stdout, _, _ = runIn(t, ".", extinct, "help", "errcheckcb")
	if !strings.Contains(stdout, "errcheckcb/unchecked (default): ") || !strings.Contains(stdout, "errcheckcb/blank (strict): ") {
		t.Errorf("extinct help errcheckcb does not list its rules with their tiers:\n%s", stdout)
	}
}

func TestHelp(t *testing.T) {
	stdout, stderr, code := runIn(t, t.TempDir(), extinct, "help", "errcheckcb")
	if code != 0 || !strings.Contains(stdout+stderr, "errcheckcb") {
		t.Errorf("extinct help errcheckcb: exit %d\n%s%s", code, stdout, stderr)
	}
}

func TestGoVet(t *testing.T) {
	dir := writeModule(t, map[string]string{"m.go": dirty})
	_, stderr, code := runIn(t, dir, "go", "vet", "-vettool="+extinct, "./...")
	if code == 0 || !strings.Contains(stderr, "errcheckcb") || !strings.Contains(stderr, "m.go:6:2") {
		t.Errorf("go vet -vettool: exit %d, want a finding at m.go:6:2\n%s", code, stderr)
	}
	// Analyzer flags pass through go vet.
	if _, stderr, code := runIn(t, dir, "go", "vet", "-vettool="+extinct, "-errcheckcb.exclude=os.WriteFile", "./..."); code != 0 {
		t.Errorf("go vet -vettool -errcheckcb.exclude=os.WriteFile: exit %d, want 0\n%s", code, stderr)
	}
	suppressed := writeModule(t, map[string]string{"m.go": strings.Replace(dirty, "os.WriteFile(name, nil, 0o644)", "os.WriteFile(name, nil, 0o644) //nolint:errcheckcb // best effort", 1)})
	if _, stderr, code := runIn(t, suppressed, "go", "vet", "-vettool="+extinct, "./..."); code != 0 {
		t.Errorf("go vet -vettool on suppressed code: exit %d\n%s", code, stderr)
	}
}

// TestGoVetCache checks that a second go vet run on unchanged code is served
// from the go command's cache: with -x, go vet prints the tool's command line
// only when it runs it.
func TestGoVetCache(t *testing.T) {
	unique := fmt.Sprintf("%s\n// %d\n", clean, time.Now().UnixNano()) // a cache key no earlier run made
	dir := writeModule(t, map[string]string{"m.go": unique})
	for i, wantRun := range []bool{true, false} {
		_, stderr, code := runIn(t, dir, "go", "vet", "-x", "-vettool="+extinct, "./...")
		if code != 0 {
			t.Fatalf("go vet run %d: exit %d\n%s", i+1, code, stderr)
		}
		if ran := strings.Contains(stderr, extinct+" "); ran != wantRun {
			t.Errorf("go vet run %d: ran extinct = %v, want %v\n%s", i+1, ran, wantRun, stderr)
		}
	}
}

// TestStandardLibrarySlice runs every analyzer over a representative slice
// of the standard library (generics, cgo-free syscall code, HTTP handlers,
// huge files such as go/types): no panic, no internal error. The whole of
// std is checked by hand before a release (extinct std).
func TestStandardLibrarySlice(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses a slice of the standard library from source")
	}
	_, stderr, code := runIn(t, t.TempDir(), extinct, "encoding/...", "net/http/...", "go/types", "slices", "maps", "os/exec", "runtime/debug")
	if code != exitClean && code != exitFindings {
		t.Errorf("extinct on std: exit %d\n%s", code, stderr)
	}
	if strings.Contains(stderr, "internal error") || strings.Contains(stderr, "panic") {
		t.Errorf("extinct on std reported an internal error:\n%s", stderr)
	}
}

// TestDependenciesWithoutBodies checks the standalone loader: dependencies
// outside the main module are type-checked without function bodies and not
// analysed, facts still flow between the module's packages, and the
// findings are those of a run that loads and analyses everything
// (EXTINCT_DEPS=source).
func TestDependenciesWithoutBodies(t *testing.T) {
	facts := writeModule(t, map[string]string{
		// util.Close never fails (a fact), so app need not check it.
		"util/util.go": "package util\n\nfunc Close() error { return nil }\n",
		"app/app.go":   "package app\n\nimport \"example.com/m/util\"\n\nfunc Stop() error {\n\tutil.Close()\n\treturn nil\n}\n",
	})
	demo := demoDir(t)
	dirs := []string{facts, demo}
	if testing.Short() { // the demo imports net/http: its full load is slow
		dirs = dirs[:1]
	}
	for _, dir := range dirs {
		out, stderr, code := runIn(t, dir, extinct, "./...")
		t.Setenv("EXTINCT_DEPS", "source")
		full, fullStderr, fullCode := runIn(t, dir, extinct, "./...")
		os.Unsetenv("EXTINCT_DEPS")
		if out != full || code != fullCode {
			t.Errorf("%s: exit %d without dependency bodies, %d with them; findings differ:\n%s\nwith bodies:\n%s\n%s%s", dir, code, fullCode, out, full, stderr, fullStderr)
		}
		if dir == facts && code != exitClean {
			t.Errorf("a fact did not flow between the packages named: exit %d\n%s%s", code, out, stderr)
		}
		if dir == facts {
			// util is not named, but it is in the main module: its facts
			// still count.
			if out, stderr, code := runIn(t, dir, extinct, "./app"); code != exitClean {
				t.Errorf("a fact of another package of the module did not reach app: exit %d\n%s%s", code, out, stderr)
			}
		}
		if dir == demo && code != exitFindings {
			t.Errorf("demo: exit %d, want findings\n%s%s", code, out, stderr)
		}
		if dir == demo {
			// The README promises findings of every class on the demo.
			for _, class := range []string{"errcheckcb", "debugprint", "errstring", "statuscode"} {
				if !strings.Contains(out, ": "+class+"/") {
					t.Errorf("demo: no %s finding\n%s", class, out)
				}
			}
		}
	}
}

// demoDir is the absolute path of the demo module.
func demoDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "examples", "demo"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}
