package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/extinctlint/extinct/internal/driver"
)

// versionFlag answers -V=full. go vet runs it to key its cache: the output
// must read "extinct version devel ... buildID=HASH", where HASH changes
// whenever the binary does; the words between say which extinct this is.
type versionFlag struct{}

func (versionFlag) IsBoolFlag() bool { return true }
func (versionFlag) Get() any         { return nil }
func (versionFlag) String() string   { return "" }

func (versionFlag) Set(s string) error {
	if s != "full" && s != "true" {
		return fmt.Errorf("unsupported -V=%s (use -V=full)", s)
	}
	fmt.Printf("extinct version devel %s %s buildID=%s\n", driver.ModuleVersion(), runtime.Version(), executableHash())
	os.Exit(0)
	return nil
}

func executableHash() string {
	path, err := os.Executable()
	if err != nil {
		return "unknown"
	}
	f, err := os.Open(path)
	if err != nil {
		return "unknown"
	}
	defer f.Close() //nolint:errcheckcb // read-only file: a failed close loses nothing
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "unknown"
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}
