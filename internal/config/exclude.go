package config

import (
	"path"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"
)

// excludes reports whether filename lies under one of f's exclude-paths:
// each is a slash-separated glob relative to the directory of the
// configuration file, matched against the file's path or any directory
// above it, where "**" matches any number of directories
// (vendor, legacy/*.go, **/mocks, internal/gen/**/*.go).
func (f *File) excludes(filename string) bool {
	abs, err := filepath.Abs(filename)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(f.dir, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return false
	}
	parts := strings.Split(filepath.ToSlash(rel), "/")
	for _, pattern := range f.excludePaths {
		glob := strings.Split(strings.Trim(path.Clean(pattern), "/"), "/")
		// The file itself, or a directory above it.
		for n := len(parts); n >= 1; n-- {
			if matchSegments(glob, parts[:n]) {
				return true
			}
		}
	}
	return false
}

// matchSegments matches path segments against glob segments, "**"
// standing for zero or more segments.
func matchSegments(glob, parts []string) bool {
	if len(glob) == 0 {
		return len(parts) == 0
	}
	if glob[0] == "**" {
		for i := 0; i <= len(parts); i++ {
			if matchSegments(glob[1:], parts[i:]) {
				return true
			}
		}
		return false
	}
	if len(parts) == 0 {
		return false
	}
	ok, err := path.Match(glob[0], parts[0])
	return err == nil && ok && matchSegments(glob[1:], parts[1:])
}

// checkGlobs rejects a malformed glob in the exclude-paths list value.
func (f *File) checkGlobs(value *yaml.Node) error {
	for _, item := range value.Content {
		if item.Value == "" {
			return f.errorf(item, "exclude-paths: an empty entry excludes nothing")
		}
		if _, err := path.Match(item.Value, ""); err != nil {
			return f.errorf(item, "exclude-paths: bad glob %q: %v", item.Value, err)
		}
		if filepath.IsAbs(item.Value) || strings.HasPrefix(path.Clean(item.Value), "..") {
			return f.errorf(item, "exclude-paths: %q must be relative to the directory of %s", item.Value, Name)
		}
	}
	return nil
}
