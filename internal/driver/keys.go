package driver

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/extinctlint/extinct/internal/cache"
	"github.com/extinctlint/extinct/internal/rules"
)

// keyVersion changes when the entries' meaning changes without the
// binary's content changing (it always does, but say so).
const keyVersion = "extinct cache key 1"

// runKey hashes what every package's result depends on besides the package
// and its imports: this binary, the environment that selects files and
// toolchains, the command line's options that change the analysis, the
// analyzers selected with every flag value, the rule switches and the
// configuration file.
func runKey(opts *options, selected []*analysis.Analyzer) (cache.Key, error) {
	exe, err := executableHash()
	if err != nil {
		return cache.Key{}, err
	}
	h := sha256.New()
	field := func(format string, args ...any) { fmt.Fprintf(h, format+"\x00", args...) }
	field("%s", keyVersion)
	field("binary %x %s", exe, runtime.Version())
	toolchainEnv(h)
	field("tags=%s tests=%v", opts.tags, opts.tests)
	for _, a := range selected {
		field("selected %s", a.Name)
	}
	for _, a := range requiresClosure(selected) {
		field("analyzer %s", a.Name)
		a.Flags.VisitAll(func(f *flag.Flag) { field("-%s.%s=%s", a.Name, f.Name, f.Value.String()) })
	}
	for _, r := range rules.All() {
		field("rule %s %v", r.ID, r.Enabled())
	}
	field("config %s", opts.config)
	var k cache.Key
	h.Sum(k[:0])
	return k, nil
}

// executableHash is the SHA-256 of the running binary's content: a new
// build, whatever its version says, makes new keys.
var executableHash = sync.OnceValues(func() ([]byte, error) {
	path, err := os.Executable()
	if err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close() //nolint:errcheckcb // read-only file: a failed close loses nothing
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return nil, err
	}
	return h.Sum(nil), nil
})

// packageKeys computes the key of every unit, imports first: the run's
// key, the package's identity, its content and its imports' keys, as the
// go command keys its actions. A unit that go list reported an error for,
// one whose files cannot be read, and one that imports such a unit get no
// key and are never cached.
func packageKeys(run cache.Key, units []*unit, sums fileSums) {
	gorootIDs := make(map[string]string)
	for _, u := range units { // imports first
		p := u.pkg
		if len(p.Errors) > 0 {
			continue
		}
		h := sha256.New()
		h.Write(run[:])
		fmt.Fprintf(h, "package %q %q %q analysed=%v\x00", p.ID, p.PkgPath, p.Name, u.analysed)
		if m := p.Module; m != nil {
			fmt.Fprintf(h, "module %q %q main=%v go=%q dir=%q\x00", m.Path, m.Version, m.Main, m.GoVersion, m.Dir)
			if m.Replace != nil {
				fmt.Fprintf(h, "replace %q %q %q\x00", m.Replace.Path, m.Replace.Version, m.Replace.Dir)
			}
		}
		if packageContent(h, u, gorootIDs, sums) != nil {
			continue // the type checker reports it
		}
		complete := true
		paths := make([]string, 0, len(p.Imports))
		for path := range p.Imports {
			paths = append(paths, path)
		}
		sort.Strings(paths)
		for _, path := range paths {
			imp := u.imports[path]
			if imp == nil || imp.key == nil {
				complete = false
				break
			}
			fmt.Fprintf(h, "import %q %x\x00", path, imp.key[:])
		}
		if complete {
			u.key = new(cache.Key)
			h.Sum(u.key[:0])
		}
	}
}

// packageContent hashes what the package's files say, each file read once
// a run (sums). A package analysed
// is hashed file by file; a dependency from the module cache by its
// module's path and version, or its replacement's (in the key already;
// the module cache is read-only); one from
// GOROOT by GOROOT's VERSION file. Other dependencies (replaced by a
// directory, vendored, a development GOROOT) are hashed file by file.
func packageContent(h hash.Hash, u *unit, gorootIDs map[string]string, sums fileSums) error {
	p := u.pkg
	if !u.analysed {
		if m := p.Module; m != nil && inModuleCache(m) {
			fmt.Fprintf(h, "from the module cache\x00")
			return nil
		}
		if id := gorootID(p, gorootIDs); id != "" {
			fmt.Fprintf(h, "goroot %s\x00", id)
			return nil
		}
	}
	// GoFiles include cgo's sources, and OtherFiles its C files: what cgo
	// makes of them is theirs and the C toolchain's (in the run's key).
	files := [][]string{p.GoFiles, p.OtherFiles}
	if u.analysed { // analyzers may read them (build tags)
		files = append(files, p.IgnoredFiles)
	}
	for i, list := range files {
		for _, name := range list {
			sum, err := sums.of(name)
			if err != nil {
				return err
			}
			fmt.Fprintf(h, "file %d %q %x\x00", i, name, sum)
		}
	}
	return nil
}

// gorootID identifies the GOROOT that a standard-library package's files
// (or its external test package's) are in by its path and VERSION file, or "" if the package is not there
// or GOROOT has no VERSION file (a development toolchain).
func gorootID(p *packages.Package, ids map[string]string) string {
	if p.Module != nil || len(p.GoFiles) == 0 {
		return ""
	}
	dir := filepath.Dir(p.GoFiles[0])
	pkgPath := strings.TrimSuffix(p.PkgPath, "_test") // an external test package's files are its package's
	suffix := string(filepath.Separator) + filepath.Join("src", filepath.FromSlash(pkgPath))
	if !strings.HasSuffix(dir, suffix) {
		return ""
	}
	root := strings.TrimSuffix(dir, suffix)
	id, ok := ids[root]
	if !ok {
		if data, err := os.ReadFile(filepath.Join(root, "VERSION")); err == nil {
			id = fmt.Sprintf("%q %q", root, data)
		}
		ids[root] = id
	}
	return id
}

// fileSums holds the SHA-256 of each file read this run, by name: a
// package and its test variants share most files, and the listing's check
// reads them first.
type fileSums map[string][sha256.Size]byte

// of returns the hash of the named file's content.
func (sums fileSums) of(name string) ([sha256.Size]byte, error) {
	if sum, ok := sums[name]; ok {
		return sum, nil
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return [sha256.Size]byte{}, err
	}
	sum := sha256.Sum256(data)
	sums[name] = sum
	return sum, nil
}
