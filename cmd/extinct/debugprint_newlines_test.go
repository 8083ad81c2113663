package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// A library package with a message printed to stdout: deliberate to the
// default rules, so a whole-tree run reports nothing.
const newlinesOld = `package lib

import "fmt"

func Serve(addr string) {
	fmt.Println("Starting server on", addr)
}
`

// TestDebugprintNewOutput: with -new-from-rev, debugprint/new-output
// reports a fmt print to stdout added to library code, whatever it prints,
// and only on the changed line; a whole-tree run, -disable and //nolint
// keep it silent.
func TestDebugprintNewOutput(t *testing.T) {
	dir := writeModule(t, map[string]string{"lib/lib.go": newlinesOld, "cmd/tool/main.go": "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello\")\n}\n"})
	gitIn(t, dir, "init", "-q")
	gitIn(t, dir, "add", ".")
	commit(t, dir, "a message")
	if stdout, stderr, code := runIn(t, dir, extinct, "-debugprint", "./..."); code != exitClean {
		t.Fatalf("whole tree: exit %d, want no findings\n%s%s", code, stdout, stderr)
	}
	added := strings.Replace(newlinesOld, "\tfmt.Println(\"Starting server on\", addr)\n",
		"\tfmt.Println(\"Starting server on\", addr)\n\tfmt.Printf(\"Listening on %s\\n\", addr)\n\tfmt.Println(\"Serving on\", addr) //nolint:debugprint // the banner users wait for\n", 1)
	write(t, filepath.Join(dir, "lib", "lib.go"), added)
	write(t, filepath.Join(dir, "cmd", "tool", "main.go"), "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello\")\n\tfmt.Println(\"world\")\n}\n")
	stdout, stderr, code := runIn(t, dir, extinct, "-new-from-rev=HEAD", "./...")
	if code != exitFindings || !strings.Contains(stdout, "lib.go:7:2: debugprint/new-output:") ||
		strings.Contains(stdout, "lib.go:6:") || strings.Contains(stdout, "lib.go:8:") || strings.Contains(stdout, "main.go") {
		t.Errorf("-new-from-rev=HEAD: exit %d, want only the new print at lib.go:7\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if stdout, stderr, code := runIn(t, dir, extinct, "./..."); code != exitClean {
		t.Errorf("whole tree after the change: exit %d, want no findings\n%s%s", code, stdout, stderr)
	}
	if stdout, stderr, code := runIn(t, dir, extinct, "-new-from-rev=HEAD", "-disable=debugprint/new-output", "./..."); code != exitClean {
		t.Errorf("-disable=debugprint/new-output: exit %d, want no findings\n%s%s", code, stdout, stderr)
	}
	// Committed on a branch: the merge base with the main branch finds it.
	gitIn(t, dir, "branch", "-M", "main")
	gitIn(t, dir, "checkout", "-qb", "feature")
	gitIn(t, dir, "add", ".")
	commit(t, dir, "a new print")
	if stdout, stderr, code := runIn(t, dir, extinct, "-new-from-merge-base=main", "./..."); code != exitFindings || !strings.Contains(stdout, "lib.go:7:2: debugprint/new-output:") {
		t.Errorf("-new-from-merge-base=main: exit %d, want the new print at lib.go:7\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
}
