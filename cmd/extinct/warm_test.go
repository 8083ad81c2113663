package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// factsModule has facts that cross packages: util.Load never fails, so
// app need not check it; util.Save can, so app's unchecked call is a
// finding. other is independent; cmd/tool imports app; app also imports a
// local module through a replace directive, whose files are hashed.
func factsModule(t *testing.T) string {
	return writeModule(t, map[string]string{
		"go.mod":           "module example.com/m\n\ngo 1.26\n\nrequire example.com/lib v0.0.0\n\nreplace example.com/lib => ./lib\n",
		"lib/go.mod":       "module example.com/lib\n\ngo 1.26\n",
		"lib/lib.go":       "package lib\n\n// Name is a constant app uses.\nconst Name = \"x\"\n",
		"util/util.go":     "package util\n\nimport \"os\"\n\nfunc Load() error { return nil }\n\nfunc Save() error { return os.WriteFile(\"x\", nil, 0o644) }\n",
		"app/app.go":       "package app\n\nimport (\n\t\"example.com/lib\"\n\t\"example.com/m/util\"\n)\n\nvar Name = lib.Name\n\nfunc Stop() error {\n\tgo util.Load()\n\tgo util.Save()\n\treturn nil\n}\n",
		"other/other.go":   dirty,
		"cmd/tool/main.go": "package main\n\nimport \"example.com/m/app\"\n\nfunc main() {\n\tif err := app.Stop(); err != nil {\n\t\tpanic(err)\n\t}\n}\n",
	})
}

// A cachedRun is one run's output, the packages it analysed and those
// whose types it checked from source instead of reading export data (from
// EXTINCT_CACHE_DEBUG=1), the rest coming from the cache.
type cachedRun struct {
	stdout, stderr string
	code           int
	analysed       []string
	fromSource     []string
	cachedListing  bool // the listing came from the cache, not from go list
}

// runWithCache runs the binary bin in dir with the cache at cacheDir.
func runWithCache(t *testing.T, dir, bin, cacheDir string, args ...string) cachedRun {
	t.Helper()
	var r cachedRun
	var stderr string
	r.stdout, stderr, r.code = runInEnv(t, dir, []string{"EXTINCT_CACHE=" + cacheDir, "EXTINCT_CACHE_DEBUG=1"}, bin, args...)
	var rest []string
	for _, line := range strings.Split(stderr, "\n") {
		if id, ok := strings.CutPrefix(line, "extinct: cache: analysed "); ok {
			r.analysed = append(r.analysed, id)
		} else if id, ok := strings.CutPrefix(line, "extinct: cache: types from source "); ok {
			r.fromSource = append(r.fromSource, id)
		} else if line == "extinct: cache: the listing from the cache" {
			r.cachedListing = true
		} else if line != "" && !(strings.HasPrefix(line, "extinct: cache: ") && strings.HasSuffix(line, " analysed")) {
			rest = append(rest, line)
		}
	}
	r.stderr = strings.Join(rest, "\n")
	return r
}

// TestWarmRunSameOutput: a second run on unchanged code analyses nothing
// and prints byte for byte what the first printed, in every format, on a
// module with facts across packages and on the demo.
func TestWarmRunSameOutput(t *testing.T) {
	t.Parallel()
	demo := demoDir(t)
	for _, dir := range []string{factsModule(t), demo} {
		cacheDir := t.TempDir()
		formats := []string{"text", "json", "sarif"}
		if dir == demo {
			formats = formats[:1]
		}
		for _, format := range formats {
			cold := runWithCache(t, dir, extinct, "off", "-format="+format, "./...")
			first := runWithCache(t, dir, extinct, cacheDir, "-format="+format, "./...")
			warm := runWithCache(t, dir, extinct, cacheDir, "-format="+format, "./...")
			if cold.code != exitFindings || first.stdout != cold.stdout || warm.stdout != cold.stdout || warm.code != cold.code || warm.stderr != "" {
				t.Errorf("%s -format=%s: uncached exit %d, first %d, warm %d; outputs differ:\n%s\nfirst:\n%s\nwarm:\n%s\n%s",
					dir, format, cold.code, first.code, warm.code, cold.stdout, first.stdout, warm.stdout, warm.stderr)
			}
			if len(warm.analysed) != 0 {
				t.Errorf("%s -format=%s: the warm run analysed %v", dir, format, warm.analysed)
			}
		}
	}
}

// TestCacheInvalidation: each change re-analyses what it must and nothing
// else, and the findings are those of an uncached run.
func TestCacheInvalidation(t *testing.T) {
	t.Parallel()
	dir := factsModule(t)
	cacheDir := t.TempDir()
	all := []string{"example.com/m/app", "example.com/m/cmd/tool", "example.com/m/other", "example.com/m/util"}
	var last cachedRun // the uncached run of the last state checked
	check := func(what string, want []string, args ...string) cachedRun {
		t.Helper()
		// The facts reach app's go statements, which only the strict
		// errcheckcb/unchecked-any reports.
		args = append(append([]string{"-enable=errcheckcb/unchecked-any"}, args...), "./...")
		r := runWithCache(t, dir, extinct, cacheDir, args...)
		if len(want) > 0 { // a new state: compare with an uncached run
			last = runWithCache(t, dir, extinct, "off", args...)
		}
		if r.stdout != last.stdout || r.code != last.code {
			t.Errorf("%s: exit %d, uncached %d; findings differ:\n%s\nuncached:\n%s%s", what, r.code, last.code, r.stdout, last.stdout, r.stderr)
		}
		if !slices.Equal(r.analysed, want) {
			t.Errorf("%s: analysed %v, want %v", what, r.analysed, want)
		}
		return r
	}
	check("cold", all)
	check("warm", nil)

	// A file of util changes (Load may now fail): util and what imports
	// it, directly or not, are analysed again; other is not.
	write(t, filepath.Join(dir, "util", "util.go"), "package util\n\nimport \"os\"\n\nfunc Load() error { return os.WriteFile(\"y\", nil, 0o644) }\n\nfunc Save() error { return os.WriteFile(\"x\", nil, 0o644) }\n")
	if r := check("util changed", []string{"example.com/m/app", "example.com/m/cmd/tool", "example.com/m/util"}); !strings.Contains(r.stdout, "util.Load") {
		t.Errorf("the changed fact did not reach app:\n%s", r.stdout)
	}
	// A dependency outside the module (a local replacement) changes.
	write(t, filepath.Join(dir, "lib", "lib.go"), "package lib\n\n// Name is a constant app uses.\nconst Name = \"y\"\n")
	check("dependency changed", []string{"example.com/m/app", "example.com/m/cmd/tool"})
	check("warm again", nil)

	// A flag, the configuration file, and the binary.
	check("flag", all, "-errcheckcb.tests")
	check("flag again", nil, "-errcheckcb.tests")
	check("switch", all, "-strict")
	write(t, filepath.Join(dir, ".extinct.yml"), "disable: [debugprint]\n")
	check("configuration", all)
	check("configuration again", nil)
	write(t, filepath.Join(dir, ".extinct.yml"), "disable: [statuscode]\n")
	check("configuration changed", all)

	other := filepath.Join(t.TempDir(), "extinct")
	data, err := os.ReadFile(extinct)
	if err != nil {
		t.Fatal(err)
	}
	write(t, other, string(append(data, 0))) // the same program, another binary
	if err := os.Chmod(other, 0o755); err != nil {
		t.Fatal(err)
	}
	if r := runWithCache(t, dir, other, cacheDir, "./..."); !slices.Equal(r.analysed, all) {
		t.Errorf("another binary analysed %v, want %v", r.analysed, all)
	}
}

// TestCacheDamagedEntries: corrupt and truncated entries are ignored, the
// packages analysed again, and the entries rewritten.
func TestCacheDamagedEntries(t *testing.T) {
	t.Parallel()
	dir := factsModule(t)
	for _, damage := range []string{"corrupt", "truncated"} {
		cacheDir := t.TempDir()
		first := runWithCache(t, dir, extinct, cacheDir, "./...")
		entries, err := filepath.Glob(filepath.Join(cacheDir, "??", "*"))
		if err != nil || len(entries) == 0 {
			t.Fatalf("no cache entries in %s: %v", cacheDir, err)
		}
		for _, name := range entries {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			if damage == "corrupt" {
				data[len(data)-1] ^= 0xff
			} else {
				data = data[:len(data)/2]
			}
			write(t, name, string(data))
		}
		second := runWithCache(t, dir, extinct, cacheDir, "./...")
		if second.stdout != first.stdout || second.code != first.code || second.stderr != "" || len(second.analysed) != len(first.analysed) {
			t.Errorf("%s entries: exit %d, analysed %v; want every package analysed again and the same findings:\n%s\nwant:\n%s\n%s",
				damage, second.code, second.analysed, second.stdout, first.stdout, second.stderr)
		}
		if third := runWithCache(t, dir, extinct, cacheDir, "./..."); len(third.analysed) != 0 || third.stdout != first.stdout {
			t.Errorf("%s entries were not rewritten: the next run analysed %v", damage, third.analysed)
		}
	}
}

// TestCacheUnwritable: a cache that cannot be written gives one warning
// line and the findings of an uncached run.
func TestCacheUnwritable(t *testing.T) {
	t.Parallel()
	dir := factsModule(t)
	want := runWithCache(t, dir, extinct, "off", "./...")
	// A cache directory below a file cannot be made; one whose entry
	// directories are files cannot be written to.
	file := filepath.Join(t.TempDir(), "file")
	write(t, file, "")
	blocked := t.TempDir()
	for i := range 256 {
		write(t, filepath.Join(blocked, fmt.Sprintf("%02x", i)), "")
	}
	for _, cacheDir := range []string{filepath.Join(file, "cache"), blocked} {
		r := runWithCache(t, dir, extinct, cacheDir, "./...")
		if r.stdout != want.stdout || r.code != want.code {
			t.Errorf("cache %s: exit %d; findings differ:\n%s\nwant:\n%s", cacheDir, r.code, r.stdout, want.stdout)
		}
		if lines := strings.Split(r.stderr, "\n"); len(lines) != 1 || !strings.Contains(r.stderr, "without the cache") {
			t.Errorf("cache %s: want one warning line, got:\n%s", cacheDir, r.stderr)
		}
	}
}

// TestConcurrentRuns: runs at once on one empty cache all print the
// findings of an uncached run, and leave entries a later run uses.
func TestConcurrentRuns(t *testing.T) {
	t.Parallel()
	dir := factsModule(t)
	want := runWithCache(t, dir, extinct, "off", "./...")
	cacheDir := t.TempDir()
	runs := make([]cachedRun, 3)
	var wg sync.WaitGroup
	for i := range runs {
		wg.Go(func() { runs[i] = runWithCache(t, dir, extinct, cacheDir, "./...") })
	}
	wg.Wait()
	for i, r := range runs {
		if r.stdout != want.stdout || r.code != want.code || r.stderr != "" {
			t.Errorf("run %d: exit %d; findings differ:\n%s\nwant:\n%s%s", i, r.code, r.stdout, want.stdout, r.stderr)
		}
	}
	if r := runWithCache(t, dir, extinct, cacheDir, "./..."); len(r.analysed) != 0 || r.stdout != want.stdout {
		t.Errorf("after the concurrent runs, a run analysed %v", r.analysed)
	}
}

// TestWarmFixAndChangedLines: -diff, -fix and -new-from-patch work from
// cached findings as from fresh ones.
func TestWarmFixAndChangedLines(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, map[string]string{"m.go": fixableTwice})
	cacheDir := t.TempDir()
	cold := runWithCache(t, dir, extinct, "off", "-diff", "./...")
	runWithCache(t, dir, extinct, cacheDir, "./...")
	warm := runWithCache(t, dir, extinct, cacheDir, "-diff", "./...")
	if warm.stdout != cold.stdout || warm.code != cold.code || len(warm.analysed) != 0 || !strings.Contains(warm.stdout, "+++ b/m.go") {
		t.Errorf("-diff from the cache: exit %d, analysed %v:\n%s\nwant:\n%s", warm.code, warm.analysed, warm.stdout, cold.stdout)
	}
	patch := filepath.Join(t.TempDir(), "p.diff")
	lines := strings.Split(strings.TrimSuffix(fixableTwice, "\n"), "\n")
	write(t, patch, fmt.Sprintf("--- /dev/null\n+++ b/m.go\n@@ -0,0 +1,%d @@\n+%s\n", len(lines), strings.Join(lines, "\n+")))
	// -new-from-patch turns on the rules for changed lines: its own keys.
	runWithCache(t, dir, extinct, cacheDir, "-new-from-patch="+patch, "./...")
	if r := runWithCache(t, dir, extinct, cacheDir, "-new-from-patch="+patch, "./..."); r.code != exitFindings || len(r.analysed) != 0 {
		t.Errorf("-new-from-patch from the cache: exit %d, analysed %v\n%s%s", r.code, r.analysed, r.stdout, r.stderr)
	}
	if r := runWithCache(t, dir, extinct, cacheDir, "-fix", "./..."); r.code == exitFailure || len(r.analysed) != 0 {
		t.Errorf("-fix from the cache: exit %d, analysed %v\n%s", r.code, r.analysed, r.stderr)
	}
	fixed := runWithCache(t, dir, extinct, cacheDir, "-diff", "./...")
	if fixed.stdout != "" || len(fixed.analysed) != 1 {
		t.Errorf("after -fix: analysed %v, want the fixed package analysed again and no fix left:\n%s", fixed.analysed, fixed.stdout)
	}
}

// TestGoEnvFileInvalidates: a setting made with `go env -w` (kept in the
// go command's environment file, not in the process environment) is part
// of the key: changing it analyses again.
func TestGoEnvFileInvalidates(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, map[string]string{"m.go": dirty})
	cacheDir, envFile := t.TempDir(), filepath.Join(t.TempDir(), "env")
	write(t, envFile, "GOPRIVATE=example.com/a\n")
	analysed := func() string {
		_, stderr, _ := runInEnv(t, dir, []string{"EXTINCT_CACHE=" + cacheDir, "EXTINCT_CACHE_DEBUG=1", "GOENV=" + envFile}, extinct, "./...")
		return stderr
	}
	if out := analysed(); !strings.Contains(out, "analysed example.com/m\n") {
		t.Fatalf("cold run did not analyse the package:\n%s", out)
	}
	if out := analysed(); strings.Contains(out, "analysed example.com/m\n") {
		t.Errorf("warm run analysed the package again:\n%s", out)
	}
	write(t, envFile, "GOPRIVATE=example.com/b\n")
	if out := analysed(); !strings.Contains(out, "analysed example.com/m\n") {
		t.Errorf("after go env -w changed, the cache answered:\n%s", out)
	}
}
