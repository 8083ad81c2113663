package driver

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// goEnvFile returns the content of the go command's environment file, where
// `go env -w` keeps settings (GOARCH, GOFLAGS, ...) that the process
// environment does not show: it is part of every key, and of what goarch
// reads. GOENV names the file ("off": none).
func goEnvFile() []byte {
	path := os.Getenv("GOENV")
	if path == "" {
		dir, err := os.UserConfigDir()
		if err != nil {
			return nil
		}
		path = filepath.Join(dir, "go", "env")
	}
	if path == "off" {
		return nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil // no file: no settings
	}
	return data
}

// goarch is the target architecture as the go command sees it: GOARCH in
// the environment, else in the go command's environment file, else this
// binary's.
func goarch() string {
	if arch := os.Getenv("GOARCH"); arch != "" {
		return arch
	}
	sc := bufio.NewScanner(bytes.NewReader(goEnvFile()))
	for sc.Scan() {
		if arch, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "GOARCH="); ok && arch != "" {
			return arch
		}
	}
	return runtime.GOARCH
}
