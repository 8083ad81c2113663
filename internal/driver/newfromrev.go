package driver

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// changedLines returns, per absolute file name, the lines that the
// -new-from-rev, -new-from-merge-base or -new-from-patch flag selects; a
// nil set means every line of a new file.
func (o *options) changedLines() (map[string]map[int]bool, error) {
	if o.newFromPatch != "" {
		patch, err := os.ReadFile(o.newFromPatch)
		if err != nil {
			return nil, fmt.Errorf("-new-from-patch: %w", err)
		}
		root, err := os.Getwd()
		if err == nil {
			if top, gerr := git("rev-parse", "--show-toplevel"); gerr == nil {
				root = strings.TrimSpace(string(top)) // git diff's paths are the repository's
			}
		}
		return addedLines(patch, root), err
	}
	flagName, rev := "-new-from-rev", o.newFromRev
	if o.newFromMergeBase != "" {
		flagName = "-new-from-merge-base"
		if err := verifyRev(o.newFromMergeBase); err != nil {
			return nil, fmt.Errorf("%s=%s: %v", flagName, o.newFromMergeBase, err)
		}
		base, err := git("merge-base", "HEAD", o.newFromMergeBase)
		if err != nil {
			return nil, fmt.Errorf("%s=%s: %v", flagName, o.newFromMergeBase, err)
		}
		rev = strings.TrimSpace(string(base))
	}
	changed, err := changedSince(rev)
	if err != nil {
		return nil, fmt.Errorf("%s=%s: %v", flagName, rev, err)
	}
	return changed, nil
}

// verifyRev checks that rev names a commit, saying what to do in a shallow
// clone, where older commits are missing.
func verifyRev(rev string) error {
	if _, err := git("rev-parse", "--verify", "--quiet", rev+"^{commit}"); err == nil {
		return nil
	}
	if out, err := git("rev-parse", "--is-shallow-repository"); err == nil && strings.TrimSpace(string(out)) == "true" {
		return fmt.Errorf("no such revision in this shallow clone: fetch the history first (git fetch --unshallow, or actions/checkout with fetch-depth: 0)")
	}
	return fmt.Errorf("no such revision")
}

// changedSince returns, per absolute file name, the lines that differ from
// rev in the work tree (committed since rev, staged or not), as golangci-lint's
// --new-from-rev does. Files git does not track yet are new in full.
func changedSince(rev string) (map[string]map[int]bool, error) {
	top, err := git("rev-parse", "--show-toplevel")
	if err != nil {
		return nil, err
	}
	root := strings.TrimSpace(string(top))
	if err := verifyRev(rev); err != nil {
		return nil, err
	}
	diff, err := git("-C", root, "diff", "--unified=0", "--no-color", "--no-ext-diff", "--relative", rev, "--")
	if err != nil {
		return nil, err
	}
	changed := addedLines(diff, root)
	untracked, err := git("-C", root, "ls-files", "--others", "--exclude-standard")
	if err != nil {
		return nil, err
	}
	for _, name := range strings.Split(strings.TrimSpace(string(untracked)), "\n") {
		if name != "" {
			changed[filepath.Join(root, name)] = nil // nil: every line
		}
	}
	return changed, nil
}

// addedLines reads a unified diff: per file (its +++ name, below root), the
// lines the diff adds, not its context lines.
func addedLines(diff []byte, root string) map[string]map[int]bool {
	changed := make(map[string]map[int]bool)
	var current map[int]bool
	line, oldLeft, newLeft := 0, 0, 0 // inside a hunk: the new file's line, the lines still to come
	sc := bufio.NewScanner(bytes.NewReader(diff))
	sc.Buffer(make([]byte, 1024*1024), 64*1024*1024)
	for sc.Scan() {
		text := sc.Text()
		if oldLeft > 0 || newLeft > 0 {
			switch {
			case strings.HasPrefix(text, "+"):
				if current != nil {
					current[line] = true
				}
				line, newLeft = line+1, newLeft-1
			case strings.HasPrefix(text, "-"):
				oldLeft--
			case strings.HasPrefix(text, "\\"): // \ No newline at end of file
			default:
				line, oldLeft, newLeft = line+1, oldLeft-1, newLeft-1
			}
			continue
		}
		switch {
		case strings.HasPrefix(text, "+++ "):
			current = nil
			name, _, _ := strings.Cut(strings.TrimPrefix(text, "+++ "), "\t") // a timestamp may follow
			if name != "/dev/null" {
				current = make(map[int]bool)
				changed[filepath.Join(root, strings.TrimPrefix(name, "b/"))] = current
			}
		case strings.HasPrefix(text, "@@ "):
			// @@ -a,b +c,d @@
			fields := strings.Fields(text)
			if len(fields) < 3 {
				continue
			}
			_, oldLeft = parseRange(strings.TrimPrefix(fields[1], "-"))
			line, newLeft = parseRange(strings.TrimPrefix(fields[2], "+"))
		}
	}
	return changed
}

func parseRange(s string) (start, count int) {
	a, b, found := strings.Cut(s, ",")
	start, _ = strconv.Atoi(a) //nolint:errcheckcb // a malformed hunk header selects no lines
	count = 1
	if found {
		count, _ = strconv.Atoi(b) //nolint:errcheckcb // likewise
	}
	return start, count
}

// onChangedLines keeps the findings on changed lines.
func onChangedLines(findings []finding, changed map[string]map[int]bool) []finding {
	var kept []finding
	for _, f := range findings {
		lines, ok := changed[f.Pos.Filename]
		if ok && (lines == nil || lines[f.Pos.Line]) {
			kept = append(kept, f)
		}
	}
	return kept
}

func git(args ...string) ([]byte, error) {
	cmd := exec.Command("git", args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("git %s: %s", args[0], msg)
	}
	return out, nil
}
