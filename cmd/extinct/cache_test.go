package main

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// goToolCache is bradfitz/go-tool-cache: go-cacher speaks the go command's
// GOCACHEPROG protocol and shares through go-cacher-server.
const goToolCache = "github.com/bradfitz/go-tool-cache@v0.0.0-20260722201841-0bb331e19f64"

// TestSharedCache runs extinct through go vet from two empty local caches
// that share one go-cacher-server on loopback: the second run's findings are
// the first run's, and extinct does not run again.
func TestSharedCache(t *testing.T) {
	if testing.Short() {
		t.Skip("installs go-tool-cache and runs go vet from empty caches")
	}
	bin := filepath.Join(t.TempDir(), "bin")
	module, _, _ := strings.Cut(goToolCache, "@")
	version := goToolCache[len(module):]
	for _, cmd := range []string{"go-cacher", "go-cacher-server"} {
		install := exec.Command("go", "install", module+"/cmd/"+cmd+version)
		install.Env = append(os.Environ(), "GOBIN="+bin)
		if out, err := install.CombinedOutput(); err != nil {
			t.Fatalf("go install %s: %v\n%s", cmd, err, out)
		}
	}
	addr := freeLoopbackAddr(t)
	server := exec.Command(filepath.Join(bin, "go-cacher-server"), "-listen", addr, "-cache-dir", t.TempDir())
	if err := server.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		server.Process.Kill() //nolint:errcheckcb // the server may have exited already
		server.Wait()         //nolint:errcheckcb // its exit status after Kill says nothing
	})
	waitForServer(t, addr)

	unique := fmt.Sprintf("%s\n// %d\n", dirty, time.Now().UnixNano())
	dir := writeModule(t, map[string]string{"m.go": unique})
	vet := func() (stderr string, ran bool) {
		cmd := exec.Command("go", "vet", "-x", "-vettool="+extinct, "./...")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(),
			"GOCACHE="+t.TempDir(),
			"GOCACHEPROG="+filepath.Join(bin, "go-cacher")+" -cache-dir "+t.TempDir()+" -cache-server http://"+addr)
		out, _ := cmd.CombinedOutput() // findings make go vet exit 1
		var findings []string
		for _, line := range strings.Split(string(out), "\n") {
			if strings.Contains(line, ": errcheckcb/unchecked: ") {
				findings = append(findings, line)
			}
			if strings.Contains(line, extinct+" ") {
				ran = true
			}
		}
		return strings.Join(findings, "\n"), ran
	}
	first, ran := vet()
	if first == "" || !ran {
		t.Fatalf("first run: ran extinct = %v, findings:\n%s", ran, first)
	}
	second, ran := vet()
	if second != first {
		t.Errorf("second run's findings differ:\n%s\nwant:\n%s", second, first)
	}
	if ran {
		t.Errorf("second run, from an empty local cache, ran extinct again instead of using the shared cache")
	}
}

func freeLoopbackAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close() //nolint:errcheckcb // only the port number was wanted
	return l.Addr().String()
}

func waitForServer(t *testing.T, addr string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close() //nolint:errcheckcb // a probe connection
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("go-cacher-server did not listen on %s", addr)
}
