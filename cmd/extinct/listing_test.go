package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// age sets the modification time of every file and directory below dir
// to the time given: a listing is kept only when its files were not
// modified in the seconds before it (see internal/driver's recordState).
func age(t *testing.T, dir string, when time.Time) {
	t.Helper()
	err := filepath.WalkDir(dir, func(path string, _ os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		return os.Chtimes(path, when, when)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestCachedListing: go list's answer is reused while the files it depends
// on are unchanged, and every change that can change it makes the run list
// again, with the findings of an uncached run.
func TestCachedListing(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, map[string]string{
		"a/a.go":          "package a\n\nfunc Name() string { return \"a\" }\n",
		"b/b.go":          dirty,
		"b/notes.txt":     "not Go\n",
		"skipped/_x.go":   dirty,
		"testdata/t/t.go": dirty,
	})
	cacheDir := t.TempDir()
	when := time.Now().Add(-time.Hour)
	// step runs extinct uncached and with the cache, in the environment
	// given, and checks the findings and where the listing came from.
	step := func(what string, wantCached bool, env ...string) {
		t.Helper()
		uncached, uncachedErr, code := runInEnv(t, dir, append(env, "EXTINCT_CACHE=off"), extinct, "./...")
		stdout, stderr, gotCode := runInEnv(t, dir, append(env, "EXTINCT_CACHE="+cacheDir, "EXTINCT_CACHE_DEBUG=1"), extinct, "./...")
		if stdout != uncached || gotCode != code {
			t.Errorf("%s: exit %d, uncached %d; findings differ:\n%s\nuncached:\n%s%s", what, gotCode, code, stdout, uncached, uncachedErr)
		}
		if cached := strings.Contains(stderr, "extinct: cache: the listing from the cache\n"); cached != wantCached {
			t.Errorf("%s: listing from the cache %v, want %v", what, cached, wantCached)
		}
	}
	age(t, dir, when)
	step("cold", false)
	step("warm", true)

	// Files go list does not read, and directories ./... does not list.
	write(t, filepath.Join(dir, "skipped", "_y.go"), dirty)
	write(t, filepath.Join(dir, "testdata", "u", "u.go"), dirty)
	write(t, filepath.Join(dir, "b", ".b.go.swp"), "editor")
	step("ignored files", true)
	// A file written back as it was, or touched: compared by content.
	touched := time.Now().Add(-30 * time.Minute)
	if err := os.Chtimes(filepath.Join(dir, "a", "a.go"), touched, touched); err != nil {
		t.Fatal(err)
	}
	step("a file touched", true)

	changes := []struct {
		what, file, content string
	}{
		{"a new package", "c/c.go", strings.Replace(dirty, "package m", "package c", 1)},
		{"a new file", "a/a2.go", "package a\n\nimport \"os\"\n\nfunc Save() { os.Remove(\"x\") }\n"},
		{"an import added", "a/a.go", "package a\n\nimport _ \"example.com/m/c\"\n\nfunc Name() string { return \"a\" }\n"},
		{"a build constraint", "b/b.go", "//go:build ignore\n\n" + dirty},
		{"a file that is not Go", "b/notes.txt", "still not Go\n"},
		{"go.mod", "go.mod", "module example.com/m\n\ngo 1.25\n"},
	}
	if testing.Short() {
		changes = changes[:3]
	}
	for i, c := range changes {
		write(t, filepath.Join(dir, c.file), c.content)
		when = when.Add(time.Minute * time.Duration(i+1))
		age(t, dir, when)
		step(c.what, false)
		step(c.what+", again", true)
	}
	step("another environment", false, "GOFLAGS=-tags=other")
	step("another environment, again", true, "GOFLAGS=-tags=other")

	// A go.work above the module takes it out of module mode's answer.
	write(t, filepath.Join(dir, "..", "go.work"), "go 1.26\n")
	step("go.work above", false)
	if err := os.Remove(filepath.Join(dir, "..", "go.work")); err != nil {
		t.Fatal(err)
	}
	step("go.work gone: the state the listing was kept for", true)
}

// TestCachedListingOfStd: a listing of standard-library packages, with
// their tests (the external test package and the generated test main
// among them), is kept and reused too.
func TestCachedListingOfStd(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, map[string]string{"m.go": "package m\n"})
	age(t, dir, time.Now().Add(-time.Hour))
	cacheDir := t.TempDir()
	env := []string{"EXTINCT_CACHE=" + cacheDir, "EXTINCT_CACHE_DEBUG=1"}
	first, _, code := runInEnv(t, dir, env, extinct, "encoding/hex")
	second, stderr, code2 := runInEnv(t, dir, env, extinct, "encoding/hex")
	if first != second || code != code2 {
		t.Errorf("the runs differ: exit %d, then %d:\n%s\nthen:\n%s", code, code2, first, second)
	}
	if !strings.Contains(stderr, "extinct: cache: the listing from the cache\n") {
		t.Errorf("the second run listed again:\n%s", stderr)
	}
}
