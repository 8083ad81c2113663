package driver

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/tools/go/packages"
)

// TestListingState: a kept listing's state is recorded only when no file
// is newer than the listing's start (less two seconds), and is unchanged
// until a file it records changes or a path it needs is gone.
func TestListingState(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "p", "p.go")
	testmain := filepath.Join(t.TempDir(), "testmain.go")
	for _, name := range []string{file, testmain} {
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte("package p\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	main := &packages.Module{Path: "example.com/m", Main: true, Dir: dir}
	all := []*packages.Package{
		{ID: "example.com/m/p", GoFiles: []string{file}, Module: main},
		{ID: "example.com/m/p.test", GoFiles: []string{testmain}, Module: main},
	}
	if _, ok := recordState(all, time.Now(), make(fileSums)); ok {
		t.Fatal("a state with a file modified just now was recorded")
	}
	old := time.Now().Add(-time.Hour)
	for _, name := range []string{file, filepath.Dir(file), dir} {
		if err := os.Chtimes(name, old, old); err != nil {
			t.Fatal(err)
		}
	}
	s, ok := recordState(all, time.Now(), make(fileSums))
	if !ok || !s.unchanged(make(fileSums)) {
		t.Fatalf("recorded %v, unchanged %v; want both", ok, s.unchanged(make(fileSums)))
	}
	// The same size and time, another content.
	if err := os.WriteFile(file, []byte("package q\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(file, old, old); err != nil {
		t.Fatal(err)
	}
	if s.unchanged(make(fileSums)) {
		t.Error("a file the listing names has another content, and the state is unchanged")
	}
	if err := os.WriteFile(file, []byte("package p\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(file, old, old); err != nil {
		t.Fatal(err)
	}
	if !s.unchanged(make(fileSums)) {
		t.Fatal("the file is back as it was, and the state has changed")
	}
	if err := os.Remove(testmain); err != nil {
		t.Fatal(err)
	}
	if s.unchanged(make(fileSums)) {
		t.Error("the test's generated main file is gone, and the state is unchanged")
	}
	gopath := []*packages.Package{{ID: "x", GoFiles: []string{file}}}
	if _, ok := recordState(gopath, time.Now(), make(fileSums)); ok {
		t.Error("a package from neither a module nor GOROOT was recorded")
	}
}
