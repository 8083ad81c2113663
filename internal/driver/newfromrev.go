package driver

import (
	"bufio"
	"bytes"
	"fmt"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// changedLines returns, per absolute file name, the lines that differ from
// rev in the work tree (committed since rev, staged or not), as golangci-lint's
// --new-from-rev does. Files git does not track yet are new in full.
func changedLines(rev string) (map[string]map[int]bool, error) {
	top, err := git("rev-parse", "--show-toplevel")
	if err != nil {
		return nil, err
	}
	root := strings.TrimSpace(string(top))
	if _, err := git("rev-parse", "--verify", "--quiet", rev+"^{commit}"); err != nil {
		return nil, fmt.Errorf("no such revision")
	}
	diff, err := git("-C", root, "diff", "--unified=0", "--no-color", "--no-ext-diff", "--relative", rev, "--")
	if err != nil {
		return nil, err
	}
	changed := make(map[string]map[int]bool)
	var current map[int]bool
	sc := bufio.NewScanner(bytes.NewReader(diff))
	sc.Buffer(make([]byte, 1024*1024), 64*1024*1024)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "+++ "):
			current = nil
			if name, ok := strings.CutPrefix(line, "+++ b/"); ok {
				current = make(map[int]bool)
				changed[filepath.Join(root, name)] = current
			}
		case strings.HasPrefix(line, "@@ ") && current != nil:
			// @@ -a,b +c,d @@: lines c .. c+d-1 are new.
			fields := strings.Fields(line)
			if len(fields) < 3 {
				continue
			}
			start, count := parseRange(strings.TrimPrefix(fields[2], "+"))
			for l := start; l < start+count; l++ {
				current[l] = true
			}
		}
	}
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
		lines, ok := changed[f.pos.Filename]
		if ok && (lines == nil || lines[f.pos.Line]) {
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
