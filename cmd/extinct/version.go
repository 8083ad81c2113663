package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/extinctlint/extinct/internal/config"
	"github.com/extinctlint/extinct/internal/driver"
)

// versionFlag answers -V=full. go vet runs it to key its cache: the output
// must read "extinct version devel ... buildID=HASH", where HASH changes
// whenever the binary does, or the configuration file found from where go
// vet runs; the words between say which extinct this is.
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
	// go vet's cache does not know the configuration file: its content is
	// part of the key, so that editing it reruns the analyzers.
	if wd, err := os.Getwd(); err == nil {
		if name := config.Find(wd); name != "" {
			data, err := os.ReadFile(name)
			if err != nil {
				return "unknown"
			}
			h.Write([]byte(name + "\x00"))
			h.Write(data)
		}
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}
