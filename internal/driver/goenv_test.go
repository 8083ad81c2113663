package driver

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// TestGoarchFromGoEnvFile: a GOARCH set with `go env -w` gives the type
// sizes, as it gives the go command's.
func TestGoarchFromGoEnvFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "env")
	if err := os.WriteFile(file, []byte("GOFLAGS=-mod=mod\nGOARCH=386\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GOARCH", "")
	t.Setenv("GOENV", file)
	if got := goarch(); got != "386" {
		t.Errorf("GOARCH=386 in the go env file: goarch() = %q", got)
	}
	t.Setenv("GOARCH", "arm64")
	if got := goarch(); got != "arm64" {
		t.Errorf("GOARCH=arm64 in the environment: goarch() = %q", got)
	}
	t.Setenv("GOARCH", "")
	t.Setenv("GOENV", "off")
	if got := goarch(); got != runtime.GOARCH {
		t.Errorf("GOENV=off: goarch() = %q, want %q", got, runtime.GOARCH)
	}
}
