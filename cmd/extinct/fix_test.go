package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// realPackages are standard-library packages that import no internal
// package, so that a copy of them builds as an ordinary module.
var realPackages = []string{"encoding/csv", "text/tabwriter", "net/http/fcgi", "net/rpc", "net/smtp", "image/png", "compress/gzip", "encoding/xml", "go/format"}

// TestFixesOnRealCode applies every suggested fix extinct offers on copies
// of real packages, then checks that the result type-checks, is gofmt-clean,
// and that a second run offers no fix again.
func TestFixesOnRealCode(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses copies of standard-library packages twice")
	}
	dir := t.TempDir()
	write(t, filepath.Join(dir, "go.mod"), "module example.com/real\n\ngo 1.26\n")
	for _, pkg := range realPackages {
		out, err := exec.Command("go", "list", "-f", "{{.Dir}}\n{{join .GoFiles \"\\n\"}}", pkg).Output()
		if err != nil {
			t.Fatalf("go list %s: %v", pkg, err)
		}
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		dst := filepath.Join(dir, filepath.FromSlash(pkg))
		if err := os.MkdirAll(dst, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, name := range lines[1:] {
			data, err := os.ReadFile(filepath.Join(lines[0], name))
			if err != nil {
				t.Fatal(err)
			}
			write(t, filepath.Join(dst, name), string(data))
		}
	}
	before := countFixes(t, dir)
	if before == 0 {
		t.Fatal("no fixes offered on these packages: the test would prove nothing; choose packages with fixable findings")
	}
	if _, stderr, code := runIn(t, dir, extinct, "-fix", "./..."); code != 0 && code != exitFindings {
		t.Fatalf("extinct -fix: exit %d\n%s", code, stderr)
	}
	if out, err := exec.Command("gofmt", "-l", dir).CombinedOutput(); err != nil || len(out) > 0 {
		t.Errorf("fixed files are not gofmt-clean: %v\n%s", err, out)
	}
	vet := exec.Command("go", "vet", "./...")
	vet.Dir = dir
	if out, err := vet.CombinedOutput(); err != nil {
		t.Errorf("fixed packages do not type-check: %v\n%s", err, out)
	}
	if after := countFixes(t, dir); after != 0 {
		t.Errorf("after extinct -fix, a second run still offers %d fixes (before: %d)", after, before)
	}
	t.Logf("%d fixes applied", before)
}

// countFixes runs extinct -json in dir and counts the suggested fixes.
func countFixes(t *testing.T, dir string) int {
	t.Helper()
	stdout, stderr, code := runIn(t, dir, extinct, "-json", "./...")
	if code != exitClean && code != exitFindings {
		t.Fatalf("extinct -json: exit %d\n%s", code, stderr)
	}
	var tree map[string]map[string][]struct {
		SuggestedFixes []json.RawMessage `json:"suggested_fixes"`
	}
	if err := json.Unmarshal([]byte(stdout), &tree); err != nil {
		t.Fatalf("extinct -json: %v\n%s", err, stdout)
	}
	n := 0
	for _, byAnalyzer := range tree {
		for _, diags := range byAnalyzer {
			for _, d := range diags {
				n += len(d.SuggestedFixes)
			}
		}
	}
	return n
}
