package config

import (
	"flag"
	"os"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/internal/rules"
)

// A Setup is the configuration of one run: the file (if any) and the
// command line's switches, which override it.
type Setup struct {
	File        *File // nil without a configuration file
	cmd         rules.Switches
	changedOnly bool // only findings on changed lines are reported
}

// LoadSetup finds and reads the configuration for a run with these arguments:
// the file that -config names, else .extinct.yml found from the working
// directory. It sets the analyzers' options and the rule switches from the
// file and activates its exclude-paths; the command-line flags that
// RegisterFlags adds then override them. Its errors are one line,
// "PATH:LINE: what"; nothing is set when it fails.
func LoadSetup(args []string, analyzers []*analysis.Analyzer) (*Setup, error) {
	s := new(Setup)
	path, named := configArg(args)
	if !named {
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		path = Find(wd)
	}
	if path != "" {
		f, err := Load(path, analyzers)
		if err != nil {
			return nil, err
		}
		if err := f.ApplySettings(analyzers); err != nil {
			return nil, err
		}
		s.File = f
	}
	if err := s.apply(); err != nil {
		return nil, err
	}
	Activate(s.File)
	return s, nil
}

// ChangedLinesOnly says that only findings on changed lines are reported,
// which turns on the rules marked ChangedLines unless a switch says
// otherwise.
func (s *Setup) ChangedLinesOnly() error {
	s.changedOnly = true
	return s.apply()
}

func (s *Setup) apply() error {
	var layers []rules.Switches
	if s.changedOnly {
		layers = append(layers, rules.ChangedLinesLayer())
	}
	if s.File != nil {
		layers = append(layers, s.File.Switches)
	}
	return rules.Apply(append(layers, s.cmd)...)
}

// configArg returns the value of a -config flag among args, which
// LoadSetup needs before the flags are parsed.
func configArg(args []string) (string, bool) {
	for i, arg := range args {
		if arg == "--" {
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if !strings.HasPrefix(arg, "-") || name != "config" {
			continue
		}
		if hasValue {
			return value, true
		}
		if i+1 < len(args) {
			return args[i+1], true
		}
	}
	return "", false
}

// RegisterFlags adds -strict, -enable, -disable and -config to fs. The
// switches override the configuration file's; -config was read by
// LoadSetup and is accepted here so that parsing knows it.
func (s *Setup) RegisterFlags(fs *flag.FlagSet) {
	fs.Var(&strictFlag{s}, "strict", "also run the strict rules (team policies); -strict=false turns off those the configuration file enables")
	fs.Var(&listFlag{s, &s.cmd.Enable}, "enable", "comma-separated analyzers or rule IDs to run, whatever their tier (errstring/wrap)")
	fs.Var(&listFlag{s, &s.cmd.Disable}, "disable", "comma-separated analyzers or rule IDs not to run (errcheckcb/empty-branch)")
	fs.String("config", "", "the configuration file (default: "+Name+" in the working directory or its nearest parent up to the repository root)")
}

type strictFlag struct{ s *Setup }

func (f *strictFlag) IsBoolFlag() bool { return true }

func (f *strictFlag) String() string {
	if f == nil || f.s == nil || f.s.cmd.Strict == nil {
		return "false"
	}
	return strconv.FormatBool(*f.s.cmd.Strict)
}

func (f *strictFlag) Set(v string) error {
	b, err := strconv.ParseBool(v)
	if err != nil {
		return err
	}
	old := f.s.cmd.Strict
	f.s.cmd.Strict = &b
	if err := f.s.apply(); err != nil {
		f.s.cmd.Strict = old
		return err
	}
	return nil
}

type listFlag struct {
	s    *Setup
	list *[]string
}

func (f *listFlag) String() string {
	if f == nil || f.list == nil {
		return ""
	}
	return strings.Join(*f.list, ",")
}

func (f *listFlag) Set(v string) error {
	old := *f.list
	for _, name := range strings.Split(v, ",") {
		if name = strings.TrimSpace(name); name != "" {
			*f.list = append(*f.list, name)
		}
	}
	if err := f.s.apply(); err != nil {
		*f.list = old
		return err
	}
	return nil
}
