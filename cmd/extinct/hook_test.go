package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const withPrint = `package m

func Add(a, b int) int {
	println("here", a, b)
	return a + b
}
`

const withoutPrint = `package m

func Add(a, b int) int {
	return a + b
}
`

func TestInstallHook(t *testing.T) {
	dir := writeModule(t, map[string]string{"m.go": withoutPrint})
	gitIn(t, dir, "init", "-q")
	gitIn(t, dir, "add", ".")
	commit(t, dir, "clean start")
	if stdout, stderr, code := runIn(t, dir, extinct, "install-hook"); code != 0 || !strings.Contains(stdout, "pre-commit") {
		t.Fatalf("extinct install-hook: exit %d\n%s%s", code, stdout, stderr)
	}

	// A staged debug print is refused, with the finding shown.
	write(t, filepath.Join(dir, "m.go"), withPrint)
	gitIn(t, dir, "add", "m.go")
	out, err := commitOutput(dir, "add a debug print")
	if err == nil || !strings.Contains(out, "m.go:4:2: debugprint") || !strings.Contains(out, "commit refused") {
		t.Fatalf("commit with a debug print: err %v, want it refused with the finding\n%s", err, out)
	}

	// Without the print the commit goes through.
	write(t, filepath.Join(dir, "m.go"), strings.Replace(withoutPrint, "return a + b", "return b + a", 1))
	gitIn(t, dir, "add", "m.go")
	if out, err := commitOutput(dir, "no print"); err != nil {
		t.Fatalf("clean commit refused: %v\n%s", err, out)
	}

	// Another tool's hook is not overwritten.
	write(t, filepath.Join(dir, ".git", "hooks", "pre-commit"), "#!/bin/sh\nexit 0\n")
	if _, stderr, code := runIn(t, dir, extinct, "install-hook"); code != exitFailure || !strings.Contains(stderr, "-force") {
		t.Errorf("install-hook over another hook: exit %d, want 1 and a hint to -force\n%s", code, stderr)
	}
}

func commit(t *testing.T, dir, msg string) {
	t.Helper()
	if out, err := commitOutput(dir, msg); err != nil {
		t.Fatalf("git commit: %v\n%s", err, out)
	}
}

func commitOutput(dir, msg string) (string, error) {
	cmd := exec.Command("git", "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", msg)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// write writes a file, and the directories it is in.
func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o755); err != nil {
		t.Fatal(err)
	}
}

// TestPreCommitFramework runs the real pre-commit framework with this
// repository as a hook repository: pre-commit clones it at HEAD and builds
// extinct with go install ./..., so it tests what is committed.
func TestPreCommitFramework(t *testing.T) {
	if testing.Short() {
		t.Skip("pre-commit builds extinct from a clone of this repository")
	}
	if _, err := exec.LookPath("pre-commit"); err != nil {
		t.Skip("the pre-commit framework is not installed (Debian: apt-get install pre-commit); .ci/run installs it")
	}
	root, err := exec.Command("git", "rev-parse", "--show-toplevel").Output()
	if err != nil {
		t.Skip("not in a git checkout of extinct")
	}
	head, err := exec.Command("git", "rev-parse", "HEAD").Output()
	if err != nil {
		t.Fatal(err)
	}
	dir := writeModule(t, map[string]string{"m.go": withPrint})
	config := "repos:\n- repo: " + strings.TrimSpace(string(root)) + "\n  rev: " + strings.TrimSpace(string(head)) + "\n  hooks:\n  - id: extinct\n"
	write(t, filepath.Join(dir, ".pre-commit-config.yaml"), config)
	gitIn(t, dir, "init", "-q")
	gitIn(t, dir, "add", ".")
	env := append(os.Environ(), "PRE_COMMIT_HOME="+filepath.Join(t.TempDir(), "pre-commit"))
	run := func() (string, error) {
		cmd := exec.Command("pre-commit", "run", "--all-files")
		cmd.Dir = dir
		cmd.Env = env
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	out, err := run()
	if err == nil || !strings.Contains(out, "debugprint") {
		t.Fatalf("pre-commit run with a debug print: err %v, want a debugprint finding\n%s", err, out)
	}
	write(t, filepath.Join(dir, "m.go"), withoutPrint)
	gitIn(t, dir, "add", ".")
	if out, err := run(); err != nil {
		t.Fatalf("pre-commit run on clean code: %v\n%s", err, out)
	}
}

// TestInstallHookFlags: flags given to install-hook reach extinct in the
// hook, a bad one is refused at install time, and the hook reads
// .extinct.yml.
func TestInstallHookFlags(t *testing.T) {
	dir := writeModule(t, map[string]string{"m.go": withoutPrint})
	gitIn(t, dir, "init", "-q")
	gitIn(t, dir, "add", ".")
	commit(t, dir, "clean start")
	if _, stderr, code := runIn(t, dir, extinct, "install-hook", "-enable=nonesuch"); code != exitUsage || !strings.Contains(stderr, `"nonesuch"`) {
		t.Errorf("install-hook -enable=nonesuch: exit %d, want 2 naming it\n%s", code, stderr)
	}
	if stdout, stderr, code := runIn(t, dir, extinct, "install-hook", "-enable=errstring/wrap"); code != 0 {
		t.Fatalf("extinct install-hook -enable=errstring/wrap: exit %d\n%s%s", code, stdout, stderr)
	}
	wrapped := strings.Replace(withoutPrint, "func Add", "func Wrap(err error) error {\n\treturn fmt.Errorf(\"wrap: %v\", err)\n}\n\nfunc Add", 1)
	wrapped = strings.Replace(wrapped, "package m\n", "package m\n\nimport \"fmt\"\n", 1)
	write(t, filepath.Join(dir, "m.go"), wrapped)
	gitIn(t, dir, "add", "m.go")
	if out, err := commitOutput(dir, "a %v wrap"); err == nil || !strings.Contains(out, "errstring/wrap") {
		t.Fatalf("commit with a %%v wrap under -enable=errstring/wrap: err %v, want it refused\n%s", err, out)
	}
	// Without flags, the hook reads .extinct.yml from the repository root.
	if stdout, stderr, code := runIn(t, dir, extinct, "install-hook", "-force"); code != 0 {
		t.Fatalf("extinct install-hook -force: exit %d\n%s%s", code, stdout, stderr)
	}
	write(t, filepath.Join(dir, ".extinct.yml"), "enable: [errstring/wrap]\n")
	gitIn(t, dir, "add", ".")
	if out, err := commitOutput(dir, "a %v wrap"); err == nil || !strings.Contains(out, "errstring/wrap") {
		t.Fatalf("commit with a %%v wrap and .extinct.yml enabling errstring/wrap: err %v, want it refused\n%s", err, out)
	}
	write(t, filepath.Join(dir, ".extinct.yml"), "disable: [errstring/wrap]\n")
	gitIn(t, dir, "add", ".")
	if out, err := commitOutput(dir, "a %v wrap, allowed by the configuration"); err != nil {
		t.Fatalf("commit refused although .extinct.yml disables errstring/wrap: %v\n%s", err, out)
	}
}
