package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/extinctlint/extinct/analyzers"
	"github.com/extinctlint/extinct/internal/driver"
)

// hookScript lints the packages that hold staged Go files and blocks the
// commit on a finding on a changed line. The first %s is the extinct to
// run, the second the flags given to install-hook for it. extinct runs at
// the repository root, so it reads the .extinct.yml found from there.
const hookScript = `#!/bin/sh
# Installed by extinct install-hook: lint the packages of the staged Go files;
# only findings on lines changed since HEAD block the commit.
extinct=%s
command -v extinct >/dev/null 2>&1 && [ ! -x "$extinct" ] && extinct=extinct
files=$(git diff --cached --name-only --diff-filter=ACMR -- '*.go' | grep -v '/testdata/')
[ -n "$files" ] || exit 0
pkgs=$(for f in $files; do echo "./$(dirname "$f")"; done | sort -u)
"$extinct" -new-from-rev=HEAD%s $pkgs
code=$?
if [ $code -ne 0 ]; then
  echo "extinct: commit refused (fix the findings above, or suppress one with //nolint:NAME // reason)" >&2
fi
exit $code
`

// installHook writes a git pre-commit hook into the repository that holds
// the working directory. It refuses to overwrite another hook unless -force
// is given; every other flag is passed on to extinct in the hook
// (extinct install-hook -strict -errcheckcb.tests).
func installHook(args []string, stdout, stderr io.Writer) int {
	force, passOn := false, ""
	for _, arg := range args {
		switch {
		case arg == "-force" || arg == "--force":
			force = true
		case strings.HasPrefix(arg, "-"):
			passOn += " " + shellQuote(arg)
		default:
			fmt.Fprintf(stderr, "extinct install-hook: %q is not a flag; usage: extinct install-hook [-force] [extinct flags for the hook, -NAME=VALUE]\n", arg)
			return exitUsage
		}
	}
	if err := checkHookFlags(args); err != nil {
		fmt.Fprintf(stderr, "extinct install-hook: %v\n", err)
		return exitUsage
	}
	out, err := exec.Command("git", "rev-parse", "--git-path", "hooks").Output()
	if err != nil {
		fmt.Fprintln(stderr, "extinct install-hook: not inside a git repository")
		return exitFailure
	}
	hooks := strings.TrimSpace(string(out))
	path := filepath.Join(hooks, "pre-commit")
	if existing, err := os.ReadFile(path); err == nil && !force && !strings.Contains(string(existing), "extinct install-hook") {
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
	script := fmt.Sprintf(hookScript, shellQuote(self), passOn)
	if err := os.WriteFile(path, []byte(script), 0o755); err != nil {
		fmt.Fprintf(stderr, "extinct install-hook: %v\n", err)
		return exitFailure
	}
	fmt.Fprintf(stdout, "extinct: installed %s\n", path)
	return exitClean
}

// checkHookFlags refuses flags the hook's extinct would reject, so that a
// typo fails now and not on every commit: it parses them as extinct does,
// with -force removed and a package pattern added.
func checkHookFlags(args []string) error {
	var flags []string
	for _, arg := range args {
		if arg != "-force" && arg != "--force" {
			flags = append(flags, arg)
		}
	}
	if len(flags) == 0 {
		return nil
	}
	var stderr strings.Builder
	if code := driver.CheckArgs(append(flags, "./..."), analyzers.All(), analyzers.OptIn(), &stderr); code >= 0 {
		return fmt.Errorf("bad flags for the hook: %s", strings.TrimSpace(stderr.String()))
	}
	return nil
}

func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
