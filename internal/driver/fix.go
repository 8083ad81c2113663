package driver

import (
	"fmt"
	"go/format"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

// applyFixes applies the first suggested fix of every finding, or with
// diffOnly prints them as a unified diff to w. A fix whose edits overlap
// one applied before it is left out, and its finding stays. It returns the
// findings that were not fixed and whether a diff was printed.
func applyFixes(findings []finding, diffOnly bool, w io.Writer) (remaining []finding, shown bool, err error) {
	accepted := make(map[string][]offsetEdit) // file -> edits
	for _, f := range findings {
		if len(f.Fixes) == 0 {
			remaining = append(remaining, f)
			continue
		}
		edits := f.Fixes[0].Edits
		if len(edits) == 0 || conflicts(accepted, edits) {
			remaining = append(remaining, f)
			continue
		}
		for _, e := range edits {
			if !slices.Contains(accepted[e.File], e) { // two fixes may add the same import
				accepted[e.File] = append(accepted[e.File], e)
			}
		}
	}
	files := make([]string, 0, len(accepted))
	for name := range accepted {
		files = append(files, name)
	}
	sort.Strings(files)
	root := patchRoot()
	for _, name := range files {
		old, err := os.ReadFile(name)
		if err != nil {
			return nil, shown, err
		}
		fixed, err := applyEdits(old, accepted[name])
		if err != nil {
			return nil, shown, fmt.Errorf("%s: %v", relative(name), err)
		}
		if diffOnly {
			rel := filepath.ToSlash(relative(name))
			if r, err := filepath.Rel(root, name); root != "" && err == nil {
				rel = filepath.ToSlash(r)
			}
			if _, err := io.WriteString(w, unifiedDiff("a/"+rel, "b/"+rel, old, fixed)); err != nil {
				return nil, shown, err
			}
			shown = true
			continue
		}
		info, err := os.Stat(name)
		if err != nil {
			return nil, shown, err
		}
		if err := os.WriteFile(name, fixed, info.Mode().Perm()); err != nil {
			return nil, shown, err
		}
	}
	return remaining, shown, nil
}

// patchRoot is the top of the git work tree, to which git apply takes a
// patch's paths wherever it runs in the tree, or "" outside git.
func patchRoot() string {
	top, err := git("rev-parse", "--show-toplevel")
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(top))
}

// conflicts reports whether one of edits overlaps an accepted edit of its
// file (an identical edit does not).
func conflicts(accepted map[string][]offsetEdit, edits []offsetEdit) bool {
	for _, e := range edits {
		for _, a := range accepted[e.File] {
			if a == e {
				continue
			}
			if e.Start < a.End && a.Start < e.End || e.Start == a.Start && (e.Start == e.End || a.Start == a.End) {
				return true
			}
		}
	}
	return false
}

// applyEdits applies non-overlapping edits to src and, where src was
// gofmt-clean, formats the result (a fix may leave an import list or an
// indentation to tidy); a file that was not is left as it was elsewhere.
func applyEdits(src []byte, edits []offsetEdit) ([]byte, error) {
	edits = slices.Clone(edits)
	sort.Slice(edits, func(i, j int) bool { return edits[i].Start < edits[j].Start })
	var out []byte
	last := 0
	for _, e := range edits {
		if e.Start < last || e.End > len(src) || e.Start > e.End {
			return nil, fmt.Errorf("a suggested fix's edit at offset %d is out of range", e.Start)
		}
		out = append(out, src[last:e.Start]...)
		out = append(out, e.Text...)
		last = e.End
	}
	out = append(out, src[last:]...)
	if clean, err := format.Source(src); err != nil || string(clean) != string(src) {
		return out, nil
	}
	if formatted, err := format.Source(out); err == nil {
		return formatted, nil
	}
	return out, nil
}
