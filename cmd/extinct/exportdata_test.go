package main

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

const exportApp = "package app\n\nimport (\n\t\"os\"\n\n\t\"example.com/lib\"\n)\n\n" +
	"func Run(f *lib.File, s lib.Store) error {\n\tlib.Save()\n\tf.Close()\n\ts.Put(\"k\")\n\tos.Remove(\"y\")\n" +
	"\tn := lib.Must(os.ReadFile(\"z\"))\n\t_ = n\n\tif err := lib.Save(); err != nil {\n\t}\n\treturn nil\n}\n"

// exportModule's app calls into the standard library and into a module
// outside the main one (lib, through a replace directive): a function, a
// method, a generic function and an interface, whose types come from the go
// command's export data unless the cache holds them.
func exportModule(t *testing.T) string {
	return writeModule(t, map[string]string{
		"go.mod":     "module example.com/m\n\ngo 1.26\n\nrequire example.com/lib v0.0.0\n\nreplace example.com/lib => ./lib\n",
		"lib/go.mod": "module example.com/lib\n\ngo 1.26\n",
		"lib/lib.go": "package lib\n\nimport \"os\"\n\n// Save writes.\nfunc Save() error { return os.WriteFile(\"x\", nil, 0o644) }\n\n" +
			"// File is a handle.\ntype File struct{ name string }\n\n// Close closes.\nfunc (f *File) Close() error { return os.Remove(f.name) }\n\n" +
			"// Must returns v, or panics.\nfunc Must[T any](v T, err error) T {\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\treturn v\n}\n\n" +
			"// Store is a store.\ntype Store interface{ Put(string) error }\n",
		"app/app.go": exportApp,
	})
}

// TestDependencyTypesFromExportData: the types of the packages not
// analysed come from the go command's export data (or the cache's copy of
// it), not from their source, and give the findings that loading every
// package from source (EXTINCT_DEPS=source) gives, cold and warm, with the
// cache and without.
func TestDependencyTypesFromExportData(t *testing.T) {
	t.Parallel()
	dir := exportModule(t)
	want, _, wantCode := runInEnv(t, dir, []string{"EXTINCT_DEPS=source"}, extinct, "./...")
	if wantCode != exitFindings {
		t.Fatalf("from source: exit %d, want %d:\n%s", wantCode, exitFindings, want)
	}
	cacheDir := t.TempDir()
	for _, run := range []string{"off", "cold", "warm"} {
		c := cacheDir
		if run == "off" {
			c = "off"
		}
		r := runWithCache(t, dir, extinct, c, "./...")
		if r.stdout != want || r.code != wantCode || r.stderr != "" {
			t.Errorf("%s: exit %d, findings:\n%s%s\nwant (from source):\n%s", run, r.code, r.stdout, r.stderr, want)
		}
		if len(r.fromSource) != 0 {
			t.Errorf("%s: types checked from source: %v", run, r.fromSource)
		}
	}
	// A change to app: its dependencies' types come from the cache.
	write(t, filepath.Join(dir, "app", "app.go"), exportApp+"\n// changed\n")
	if r := runWithCache(t, dir, extinct, cacheDir, "./..."); r.stdout != want || !slices.Equal(r.analysed, []string{"example.com/m/app"}) || len(r.fromSource) != 0 {
		t.Errorf("after a change to app: analysed %v, types from source %v, findings:\n%s%s", r.analysed, r.fromSource, r.stdout, r.stderr)
	}
}

// TestDependencyTypesFallBackToSource: a dependency the go command cannot
// build (here a function without a body, which type-checks but does not
// compile) has no export data; its types come from its source, and the
// findings are those of a load from source.
func TestDependencyTypesFallBackToSource(t *testing.T) {
	t.Parallel()
	dir := exportModule(t)
	write(t, filepath.Join(dir, "lib", "missing.go"), "package lib\n\n// Missing has no body.\nfunc Missing() int\n")
	want, _, wantCode := runInEnv(t, dir, []string{"EXTINCT_DEPS=source"}, extinct, "./...")
	if wantCode != exitFindings {
		t.Fatalf("from source: exit %d, want %d:\n%s", wantCode, exitFindings, want)
	}
	for _, c := range []string{"off", t.TempDir()} {
		r := runWithCache(t, dir, extinct, c, "./...")
		if r.stdout != want || r.code != wantCode || r.stderr != "" {
			t.Errorf("cache %s: exit %d, findings:\n%s%s\nwant (from source):\n%s", c, r.code, r.stdout, r.stderr, want)
		}
		if !slices.Equal(r.fromSource, []string{"example.com/lib"}) {
			t.Errorf("cache %s: types checked from source: %v, want example.com/lib alone", c, r.fromSource)
		}
	}
}

// TestFactsAboutUnexportedTypes: a package whose facts include one about a
// method of a type no dependent can reach (so its cached export data lacks
// it) serves its facts from the cache; it was analysed again on every run.
// Its types, not stored when it was analysed, are checked from source by
// the first run that needs them alone, and come from the cache after.
func TestFactsAboutUnexportedTypes(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, map[string]string{
		"a/a.go": "package a\n\nimport \"io\"\n\ntype nop struct{}\n\nfunc (nop) Close() error { return nil }\n\n" +
			"// Closer returns a closer.\nfunc Closer() io.Closer { return nop{} }\n",
		"b/b.go": "package b\n\nimport \"example.com/m/a\"\n\n// F closes.\nfunc F() error {\n\ta.Closer()\n\treturn nil\n}\n",
	})
	cacheDir := t.TempDir()
	first := runWithCache(t, dir, extinct, cacheDir, "./...")
	for i, wantSource := range [][]string{{"example.com/m/a"}, nil} {
		write(t, filepath.Join(dir, "b", "b.go"), fmt.Sprintf("package b\n\nimport \"example.com/m/a\"\n\n// F closes.\nfunc F() error {\n\ta.Closer()\n\treturn nil\n}\n\n// change %d\n", i))
		r := runWithCache(t, dir, extinct, cacheDir, "./b")
		if !slices.Equal(r.analysed, []string{"example.com/m/b"}) || r.stdout != first.stdout || r.stderr != "" {
			t.Errorf("change %d to b: analysed %v (want b alone); findings:\n%s%s\nwant:\n%s", i, r.analysed, r.stdout, r.stderr, first.stdout)
		}
		if !slices.Equal(r.fromSource, wantSource) {
			t.Errorf("change %d to b: types from source %v, want %v", i, r.fromSource, wantSource)
		}
	}
}

// TestCgoTypesFromExportData: a dependency that uses cgo, and the imports
// cgo adds to a package analysed that uses it (runtime/cgo, listed only
// with cgo's output), take their types from export data too.
func TestCgoTypesFromExportData(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("compiles C")
	}
	if out, err := exec.Command("go", "env", "CGO_ENABLED").Output(); err != nil || strings.TrimSpace(string(out)) != "1" {
		t.Skip("cgo is off")
	}
	dir := writeModule(t, map[string]string{
		"go.mod":     "module example.com/m\n\ngo 1.26\n\nrequire example.com/lib v0.0.0\n\nreplace example.com/lib => ./lib\n",
		"lib/go.mod": "module example.com/lib\n\ngo 1.26\n",
		"lib/lib.go": "package lib\n\n// int four(void) { return 4; }\nimport \"C\"\n\n// Four is four.\nfunc Four() int { return int(C.four()) }\n\n// Save saves.\nfunc Save() error { return nil }\n",
		"app/app.go": "package app\n\n// int two(void) { return 2; }\nimport \"C\"\n\n// Two is two.\nfunc Two() int { return int(C.two()) }\n",
		"use/use.go": "package use\n\nimport (\n\t\"example.com/lib\"\n\t\"example.com/m/app\"\n)\n\n// G saves.\nfunc G() error {\n\tlib.Save()\n\t_ = app.Two()\n\treturn nil\n}\n",
	})
	// lib.Save's dropped error is errcheckcb/unchecked-any's.
	want, _, wantCode := runInEnv(t, dir, []string{"EXTINCT_DEPS=source"}, extinct, "-enable=errcheckcb/unchecked-any", "./...")
	if wantCode != exitFindings {
		t.Fatalf("from source: exit %d, want %d:\n%s", wantCode, exitFindings, want)
	}
	cacheDir := t.TempDir()
	for _, c := range []string{"off", cacheDir, cacheDir} {
		r := runWithCache(t, dir, extinct, c, "-enable=errcheckcb/unchecked-any", "./...")
		if r.stdout != want || r.code != wantCode || r.stderr != "" || len(r.fromSource) != 0 {
			t.Errorf("cache %s: exit %d, types from source %v, findings:\n%s%s\nwant (from source):\n%s", c, r.code, r.fromSource, r.stdout, r.stderr, want)
		}
	}
}

// TestBrokenCgoDependency: a dependency whose C header is missing does not
// load; the package that imports it gets one line naming the dependency and
// the compiler's error, not "errors in its dependencies".
func TestBrokenCgoDependency(t *testing.T) {
	t.Parallel()
	if out, err := exec.Command("go", "env", "CGO_ENABLED").Output(); err != nil || strings.TrimSpace(string(out)) != "1" {
		t.Skip("cgo is off")
	}
	dir := exportModule(t)
	write(t, filepath.Join(dir, "lib", "olm.go"), "package lib\n\n// #include <extinct_missing_header.h>\nimport \"C\"\n")
	_, stderr, code := runIn(t, dir, extinct, "./app")
	want := regexp.MustCompile(`^example\.com/m/app: its dependency example\.com/lib does not load: \S*olm\.go:3:\d+: fatal error: extinct_missing_header\.h: No such file or directory`)
	if code != exitFailure || !want.MatchString(stderr) {
		t.Errorf("exit %d, stderr:\n%s\nwant exit %d and a line matching %s", code, stderr, exitFailure, want)
	}
}
