// Package config reads extinct's configuration file, .extinct.yml: rule
// switches (strict, enable, disable), analyzer settings and paths whose
// findings are dropped. The standalone command, its git hook and go vet mode
// all read it; flags on the command line override it.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"

	"go.yaml.in/yaml/v3"
	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/internal/rules"
)

// Name is the configuration file's name.
const Name = ".extinct.yml"

// A File is a configuration file as read and checked.
type File struct {
	// Path is the file's path as shown in messages (relative to the working
	// directory where it is below it).
	Path string
	// Switches are its strict, enable and disable keys.
	Switches rules.Switches
	// settings are analyzer name -> option -> value, with the value's line.
	settings []setting
	// excludePaths are its exclude-paths globs, relative to dir.
	excludePaths []string
	dir          string
	// data is the file's content, for Fingerprint.
	data []byte
}

type setting struct {
	analyzer, option, value string
	line                    int
}

// Find returns the path of the configuration file for dir: .extinct.yml in
// dir or its nearest parent, not looking above the repository root (a
// directory with .git). It returns "" when there is none.
func Find(dir string) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		path := filepath.Join(dir, Name)
		if _, err := os.Stat(path); err == nil {
			return path
		}
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Load reads and checks the file at path against the registered rules and
// the analyzers' options. Its errors are one line, "PATH:LINE: what".
func Load(path string, analyzers []*analysis.Analyzer) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("extinct: configuration: %w", err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	f := &File{Path: display(path), dir: filepath.Dir(abs), data: data}
	if err := f.parse(data, analyzers); err != nil {
		return nil, err
	}
	return f, nil
}

// display is path relative to the working directory when that is shorter.
func display(path string) string {
	wd, err1 := os.Getwd()
	abs, err2 := filepath.Abs(path)
	if err1 != nil || err2 != nil {
		return path
	}
	if rel, err := filepath.Rel(wd, abs); err == nil && len(rel) < len(abs) {
		return rel
	}
	return abs
}

func (f *File) errorf(n *yaml.Node, format string, args ...any) error {
	line := 1
	if n != nil && n.Line > 0 {
		line = n.Line
	}
	return fmt.Errorf("%s:%d: %s", f.Path, line, fmt.Sprintf(format, args...))
}

func (f *File) parse(data []byte, analyzers []*analysis.Analyzer) error {
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) || len(bytes.TrimSpace(data)) == 0 {
			return nil // an empty file configures nothing
		}
		return f.yamlError(err)
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return nil
	}
	if root.Kind != yaml.MappingNode {
		return f.errorf(root, "the file must be a mapping of keys (strict, enable, disable, settings, exclude-paths)")
	}
	seen := make(map[string]bool)
	for i := 0; i+1 < len(root.Content); i += 2 {
		key, value := root.Content[i], root.Content[i+1]
		if seen[key.Value] {
			return f.errorf(key, "key %q given twice", key.Value)
		}
		seen[key.Value] = true
		var err error
		switch key.Value {
		case "strict":
			err = f.parseStrict(value)
		case "enable":
			f.Switches.Enable, err = f.ruleList(key.Value, value)
		case "disable":
			f.Switches.Disable, err = f.ruleList(key.Value, value)
		case "settings":
			err = f.parseSettings(value, analyzers)
		case "exclude-paths":
			f.excludePaths, err = f.stringList(key.Value, value)
			if err == nil {
				err = f.checkGlobs(value)
			}
		default:
			err = f.errorf(key, "unknown key %q (known: strict, enable, disable, settings, exclude-paths)", key.Value)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (f *File) parseStrict(value *yaml.Node) error {
	var b bool
	if value.Kind != yaml.ScalarNode || value.Tag != "!!bool" || value.Decode(&b) != nil {
		return f.errorf(value, "strict must be true or false, got %s", describe(value))
	}
	f.Switches.Strict = &b
	return nil
}

// ruleList is a list of analyzer names or rule IDs.
func (f *File) ruleList(key string, value *yaml.Node) ([]string, error) {
	list, err := f.stringList(key, value)
	if err != nil {
		return nil, err
	}
	for i, name := range list {
		if err := rules.Check([]string{name}); err != nil {
			return nil, f.errorf(value.Content[i], "%s: %v", key, err)
		}
	}
	return list, nil
}

func (f *File) stringList(key string, value *yaml.Node) ([]string, error) {
	if value.Kind != yaml.SequenceNode {
		return nil, f.errorf(value, "%s must be a list, got %s", key, describe(value))
	}
	var out []string
	for _, item := range value.Content {
		if item.Kind != yaml.ScalarNode || item.Tag != "!!str" {
			return nil, f.errorf(item, "%s: every entry must be a string, got %s", key, describe(item))
		}
		out = append(out, item.Value)
	}
	return out, nil
}

// parseSettings reads analyzer -> option -> value, checking every name and
// value against the analyzer's flags without setting them.
func (f *File) parseSettings(value *yaml.Node, analyzers []*analysis.Analyzer) error {
	if value.Kind != yaml.MappingNode {
		return f.errorf(value, "settings must map analyzer names to their options, got %s", describe(value))
	}
	byName := make(map[string]*analysis.Analyzer)
	var names []string
	for _, a := range analyzers {
		byName[strings.ToLower(a.Name)] = a
		names = append(names, a.Name)
	}
	sort.Strings(names)
	for i := 0; i+1 < len(value.Content); i += 2 {
		name, options := value.Content[i], value.Content[i+1]
		a := byName[strings.ToLower(name.Value)]
		if a == nil {
			return f.errorf(name, "settings: unknown analyzer %q (known: %s)", name.Value, strings.Join(names, ", "))
		}
		if options.Kind != yaml.MappingNode {
			return f.errorf(options, "settings.%s must map option names to values, got %s", name.Value, describe(options))
		}
		for j := 0; j+1 < len(options.Content); j += 2 {
			opt, v := options.Content[j], options.Content[j+1]
			if a.Flags.Lookup(opt.Value) == nil {
				return f.errorf(opt, "settings.%s: unknown option %q (extinct help %s lists them)", name.Value, opt.Value, a.Name)
			}
			text, err := scalarText(v)
			if err != nil {
				return f.errorf(v, "settings.%s.%s: %v", name.Value, opt.Value, err)
			}
			f.settings = append(f.settings, setting{a.Name, opt.Value, text, v.Line})
		}
	}
	return nil
}

// scalarText renders a setting's value as the command line spells it: a
// scalar as written, a list of scalars joined with commas.
func scalarText(v *yaml.Node) (string, error) {
	switch v.Kind {
	case yaml.ScalarNode:
		return v.Value, nil
	case yaml.SequenceNode:
		parts := make([]string, len(v.Content))
		for i, item := range v.Content {
			if item.Kind != yaml.ScalarNode {
				return "", fmt.Errorf("a list entry must be a scalar, got %s", describe(item))
			}
			parts[i] = item.Value
		}
		return strings.Join(parts, ","), nil
	}
	return "", fmt.Errorf("want a value or a list of values, got %s", describe(v))
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	}
	return fmt.Sprintf("%q", n.Value)
}

// yamlError turns a YAML syntax error into the file's one-line form.
func (f *File) yamlError(err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 1
	if _, err := fmt.Sscanf(msg, "line %d:", &line); err == nil {
		msg = strings.TrimSpace(msg[strings.Index(msg, ":")+1:])
	}
	return fmt.Errorf("%s:%d: %s", f.Path, line, msg)
}

// Fingerprint identifies the file for a cache key: its directory, against
// which exclude-paths match, and its content.
func (f *File) Fingerprint() string {
	if f == nil {
		return ""
	}
	return f.dir + "\x00" + string(f.data)
}

// ApplySettings sets the analyzers' options from the file. Load has checked
// every name; a value the option rejects is an error naming its line.
func (f *File) ApplySettings(analyzers []*analysis.Analyzer) error {
	for _, s := range f.settings {
		for _, a := range analyzers {
			if a.Name != s.analyzer {
				continue
			}
			if err := a.Flags.Set(s.option, s.value); err != nil {
				return fmt.Errorf("%s:%d: settings.%s.%s: bad value %q: %v", f.Path, s.line, s.analyzer, s.option, s.value, err)
			}
		}
	}
	return nil
}

// active is the file whose exclude-paths apply to this run.
var active atomic.Pointer[File]

// Activate makes f's exclude-paths apply (nil: none).
func Activate(f *File) { active.Store(f) }

// Excluded reports whether findings in the file named filename are dropped
// by the active configuration's exclude-paths.
func Excluded(filename string) bool {
	f := active.Load()
	if f == nil || len(f.excludePaths) == 0 {
		return false
	}
	return f.excludes(filename)
}
