package driver

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"golang.org/x/tools/go/packages"
)

// listingState is the file system state a listing was read from, as far as
// it can change what go list says:
//   - every directory of the modules whose files can change (main modules
//     and modules replaced by a local directory; not testdata, nor
//     directories starting with "." or "_", nor nested modules, which
//     `./...` skips, though their names are kept, so that a new package
//     directory anywhere is seen): the name and kind of each entry, and
//     the size and modification time of each file not compared by content;
//   - the directory of each other package outside the module cache and
//     GOROOT, likewise (a testdata package named on the command line);
//   - go.mod and go.work in the current directory and every directory above
//     it (where the go command looks for them), present or not;
//   - the content of every file the listing names there (read for the
//     packages' keys all the same), and of go.mod, go.sum, go.work,
//     go.work.sum and vendor/modules.txt;
//   - the directories of the module cache's modules, and the main files
//     of tests that go list generates into the build cache, which must
//     still exist (both caches can be cleaned).
//
// A module cache module is named by its version and GOROOT by the go
// command's identity (listingKey), so neither is walked. A listing that has
// a package from neither, nor from a recorded module (GOPATH mode, a
// development GOROOT without a VERSION file), is not reused.
type listingState struct {
	Sums    map[string][sha256.Size]byte // the files the listing names, outside both
	Dirs    []dirState
	Probes  []fileState // Name is the full path; Missing when absent
	Present []string    // files and directories that must exist
}

type dirState struct {
	Path    string
	Entries []fileState // in name order
}

type fileState struct {
	Name    string
	Missing bool
	Dir     bool
	Size    int64
	ModTime int64             // in nanoseconds
	Sum     [sha256.Size]byte // of the module files (moduleFiles)
}

// moduleFiles are compared by content too: small, and what the go command
// resolves imports with.
var moduleFiles = []string{"go.mod", "go.sum", "go.work", "go.work.sum", "modules.txt"}

// stat records what path is: followed through symbolic links, as the go
// command reads files.
func stat(name, path string) fileState {
	fi, err := os.Stat(path)
	if err != nil {
		return fileState{Name: name, Missing: true}
	}
	f := fileState{Name: name, Dir: fi.IsDir(), Size: fi.Size(), ModTime: fi.ModTime().UnixNano()}
	if !f.Dir && slices.Contains(moduleFiles, filepath.Base(path)) {
		data, err := os.ReadFile(path)
		if err != nil {
			return fileState{Name: name, Missing: true}
		}
		f.Sum = sha256.Sum256(data)
	}
	return f
}

// readDirState records a directory's entries: files by size and
// modification time, directories by name only (what is below is recorded
// by their own state, or not read by go list); files whose names start
// with "." or "_" are left out, as the go command ignores them.
func readDirState(dir string) (dirState, error) {
	entries, err := os.ReadDir(dir) // sorted by name
	if err != nil {
		return dirState{}, err
	}
	d := dirState{Path: dir, Entries: make([]fileState, 0, len(entries))}
	for _, e := range entries {
		f := stat(e.Name(), filepath.Join(dir, e.Name()))
		if f.Dir {
			f.Size, f.ModTime = 0, 0
		} else if strings.HasPrefix(f.Name, ".") || strings.HasPrefix(f.Name, "_") {
			continue
		}
		d.Entries = append(d.Entries, f)
	}
	return d, nil
}

// recordState records the state that the listing of all (every package of
// the graph) depends on. It reports false when the listing must not be
// reused: a package from nowhere it can record, an unreadable directory,
// or a file modified after the listing started, or so shortly before that
// the file system's clock may not tell the difference.
func recordState(all []*packages.Package, start time.Time, sums fileSums) (listingState, bool) {
	s := listingState{Sums: make(map[string][sha256.Size]byte)}
	roots := make(map[string]bool)   // module directories walked
	present := make(map[string]bool) // module cache directories
	var others []string              // other package directories
	gorootIDs := make(map[string]string)
	for _, p := range all {
		switch m := p.Module; {
		case m != nil && inModuleCache(m):
			present[m.Dir] = true
		case strings.HasSuffix(p.ID, ".test"):
			// A test's main package, generated into the build cache
			// from the test files (recorded with their package).
			for _, name := range p.GoFiles {
				present[name] = true
			}
		case m != nil:
			if m.Dir != "" { // none when vendored
				roots[m.Dir] = true
			}
			if len(p.GoFiles) > 0 {
				others = append(others, filepath.Dir(p.GoFiles[0]))
			}
			for _, name := range slices.Concat(p.GoFiles, p.OtherFiles, p.IgnoredFiles) {
				sum, err := sums.of(name)
				if err != nil {
					return s, false
				}
				s.Sums[name] = sum
			}
		case gorootID(p, gorootIDs) != "":
		default:
			return s, false
		}
	}
	for _, dir := range sortedKeys(roots) {
		if !s.walk(dir, true) {
			return s, false
		}
	}
	walked := make(map[string]bool, len(s.Dirs))
	for _, d := range s.Dirs {
		walked[d.Path] = true
	}
	slices.Sort(others)
	for _, dir := range slices.Compact(others) {
		if !walked[dir] {
			d, err := readDirState(dir)
			if err != nil {
				return s, false
			}
			s.Dirs = append(s.Dirs, d)
		}
	}
	s.Present = sortedKeys(present)
	wd, err := os.Getwd()
	if err != nil {
		return s, false
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		for _, name := range []string{"go.mod", "go.work"} {
			s.Probes = append(s.Probes, stat(filepath.Join(dir, name), filepath.Join(dir, name)))
		}
		if filepath.Dir(dir) == dir {
			break
		}
	}
	limit := start.Add(-2 * time.Second).UnixNano()
	recent := func(f fileState) bool { return f.ModTime > limit }
	for _, d := range s.Dirs {
		if slices.ContainsFunc(d.Entries, recent) {
			return s, false
		}
		s.byContent(d)
	}
	return s, !slices.ContainsFunc(s.Probes, recent)
}

// byContent drops the size and time of the files in d whose content is
// recorded: they are compared by content, so that a file touched or
// written back as it was leaves the listing in use.
func (s *listingState) byContent(d dirState) {
	for i, f := range d.Entries {
		if _, ok := s.Sums[filepath.Join(d.Path, f.Name)]; ok {
			d.Entries[i].Size, d.Entries[i].ModTime = 0, 0
		}
	}
}

// inModuleCache reports whether m's files are in the read-only module
// cache, named by its (or its replacement's) version.
func inModuleCache(m *packages.Module) bool {
	version := m.Version
	if m.Replace != nil {
		version = m.Replace.Version
	}
	return version != "" && strings.HasSuffix(m.Dir, "@"+version)
}

// walk records dir and, below it, the directories `./...` would list.
func (s *listingState) walk(dir string, root bool) bool {
	d, err := readDirState(dir)
	if err != nil {
		return false
	}
	s.Dirs = append(s.Dirs, d)
	if !root && slices.ContainsFunc(d.Entries, func(f fileState) bool { return f.Name == "go.mod" }) {
		return true // a nested module: its own
	}
	for _, f := range d.Entries {
		if !f.Dir || f.Name == "testdata" || strings.HasPrefix(f.Name, ".") || strings.HasPrefix(f.Name, "_") {
			continue
		}
		if info, err := os.Lstat(filepath.Join(dir, f.Name)); err != nil || info.Mode()&os.ModeSymlink != 0 {
			continue // `./...` does not follow links to directories
		}
		if !s.walk(filepath.Join(dir, f.Name), false) {
			return false
		}
	}
	return true
}

// unchanged reports whether the file system is still in state s.
func (s *listingState) unchanged(sums fileSums) bool {
	for _, want := range s.Dirs {
		got, err := readDirState(want.Path)
		if err == nil {
			s.byContent(got)
		}
		if err != nil || !slices.Equal(got.Entries, want.Entries) {
			return false
		}
	}
	for _, want := range s.Probes {
		if stat(want.Name, want.Name) != want {
			return false
		}
	}
	for _, path := range s.Present {
		if _, err := os.Stat(path); err != nil {
			return false
		}
	}
	for name, want := range s.Sums {
		if got, err := sums.of(name); err != nil || got != want {
			return false
		}
	}
	return true
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
