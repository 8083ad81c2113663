package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// hookScript lints the packages that hold staged Go files and blocks the
// commit on a finding on a changed line. %s is the extinct to run.
const hookScript = `#!/bin/sh
# Installed by extinct install-hook: lint the packages of the staged Go files;
# only findings on lines changed since HEAD block the commit.
extinct=%s
command -v extinct >/dev/null 2>&1 && [ ! -x "$extinct" ] && extinct=extinct
files=$(git diff --cached --name-only --diff-filter=ACMR -- '*.go' | grep -v '/testdata/')
[ -n "$files" ] || exit 0
pkgs=$(for f in $files; do echo "./$(dirname "$f")"; done | sort -u)
"$extinct" -new-from-rev=HEAD $pkgs
code=$?
if [ $code -ne 0 ]; then
  echo "extinct: commit refused (fix the findings above, or suppress one with //nolint:NAME // reason)" >&2
fi
exit $code
`

// installHook writes a git pre-commit hook into the repository that holds
// the working directory (or -dir). It refuses to overwrite another hook.
func installHook(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extinct install-hook", flag.ContinueOnError)
	fs.SetOutput(stderr)
	force := fs.Bool("force", false, "replace an existing pre-commit hook")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	out, err := exec.Command("git", "rev-parse", "--git-path", "hooks").Output()
	if err != nil {
		fmt.Fprintln(stderr, "extinct install-hook: not inside a git repository")
		return exitFailure
	}
	hooks := strings.TrimSpace(string(out))
	path := filepath.Join(hooks, "pre-commit")
	if existing, err := os.ReadFile(path); err == nil && !*force && !strings.Contains(string(existing), "extinct install-hook") {
		fmt.Fprintf(stderr, "extinct install-hook: %s exists and is not extinct's; use -force to replace it\n", path)
		return exitFailure
	}
	self, err := os.Executable()
	if err != nil {
		self = "extinct"
	}
	if err := os.MkdirAll(hooks, 0o755); err != nil {
		fmt.Fprintf(stderr, "extinct install-hook: %v\n", err)
		return exitFailure
	}
	script := fmt.Sprintf(hookScript, shellQuote(self))
	if err := os.WriteFile(path, []byte(script), 0o755); err != nil {
		fmt.Fprintf(stderr, "extinct install-hook: %v\n", err)
		return exitFailure
	}
	fmt.Fprintf(stdout, "extinct: installed %s\n", path)
	return exitClean
}

func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
