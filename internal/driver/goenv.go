package driver

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
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

// toolchainEnv hashes into h the environment that selects the go command's
// files, toolchains and settings: every GO* and CGO_* variable, CC, CXX,
// HOME and XDG_CONFIG_HOME (where the go env file and GOPATH default to),
// in name order, and the go env file's content.
func toolchainEnv(h io.Writer) {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(name, "GO") || strings.HasPrefix(name, "CGO_") || slices.Contains([]string{"CC", "CXX", "HOME", "XDG_CONFIG_HOME"}, name) {
			env = append(env, kv)
		}
	}
	slices.Sort(env)
	for _, kv := range env {
		fmt.Fprintf(h, "env %s\x00", kv)
	}
	fmt.Fprintf(h, "go env -w %x\x00", sha256.Sum256(goEnvFile()))
}
