// Package rules is extinct's rule table: every analyzer declares its rules
// here (ID, tier, summary, documentation), and the front ends turn them on
// and off with -strict, -enable and -disable or the configuration file.
// Help, SARIF's rule entries, docs/rules.md and the switches all read it.
package rules

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/internal/analysisdoc"
)

// A Tier says when a rule runs.
type Tier string

const (
	// Default rules report defects a maintainer would fix; they run unless
	// disabled.
	Default Tier = "default"
	// Strict rules enforce a team policy; they run with -strict or when
	// enabled by name.
	Strict Tier = "strict"
)

// A Rule is one check of an analyzer.
type Rule struct {
	// ID is "analyzer/rule" in lower-case, dash-separated words. It is the
	// diagnostics' Category, the prefix of their messages and SARIF's ruleId.
	ID string
	// Tier is Default or Strict.
	Tier Tier
	// Summary is one line: the defect, for help and SARIF's short description.
	Summary string
	// Doc is the rule's full documentation: the section "# Rule ID" of the
	// analyzer's doc.go (see New).
	Doc string
	// ChangedLines rules also run, whatever their tier, when only findings
	// on changed lines are reported (-new-from-rev): the moment a line is
	// added is when some policies are worth enforcing. An explicit switch
	// still overrides it.
	ChangedLines bool
	// Aliases are other linters' names (lower case) whose //nolint
	// directive silences this rule too, so that a codebase moving over
	// keeps its suppressions: errcheck for errcheckcb/unchecked.
	Aliases []string
}

// New declares a rule whose documentation is the section "# Rule ID" of
// doc, the text of its analyzer's doc.go.
func New(doc, id string, tier Tier, summary string) *Rule {
	return &Rule{ID: id, Tier: tier, Summary: summary, Doc: analysisdoc.Rule(doc, id)}
}

// Alias adds other linters' names whose //nolint silences r (see Aliases)
// and returns r, for use in a rule table.
func (r *Rule) Alias(names ...string) *Rule {
	r.Aliases = append(r.Aliases, names...)
	return r
}

// Analyzer is the name of the analyzer the rule belongs to.
func (r *Rule) Analyzer() string {
	name, _, _ := strings.Cut(r.ID, "/")
	return name
}

// DocsURL is the folder of the analyzers' documentation (docs/analyzers,
// generated from the tables and doc.go files).
const DocsURL = "https://github.com/extinctlint/extinct/blob/main/docs/analyzers/"

// DocFile is the file of docs/analyzers that documents the rule.
func (r *Rule) DocFile() string {
	if r.ID == r.Analyzer() {
		return "staticchecks.md" // a bundled staticcheck check is its own rule
	}
	return r.Analyzer() + ".md"
}

// URL is the address of the rule's section of its analyzer's page.
func (r *Rule) URL() string { return DocsURL + r.DocFile() + "#" + Anchor(r.ID) }

// Anchor is the fragment GitHub gives a Markdown heading with this text:
// lower case, spaces as dashes, other punctuation dropped.
func Anchor(heading string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(heading) {
		switch {
		case c == ' ':
			b.WriteByte('-')
		case c == '-' || c == '_' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			b.WriteRune(c)
		}
	}
	return b.String()
}

// Enabled reports whether the rule runs under the current switches.
func (r *Rule) Enabled() bool {
	if s := current.Load(); s != nil {
		if on, ok := s.decided[r.ID]; ok {
			return on
		}
	}
	return r.Tier == Default
}

// Report reports d as a finding of r if r is enabled: its Category is r's
// ID and its message starts with "ID: ", so that every front end shows it.
func (r *Rule) Report(pass *analysis.Pass, d analysis.Diagnostic) {
	if !r.Enabled() {
		return
	}
	pass.Report(r.tag(d))
}

func (r *Rule) tag(d analysis.Diagnostic) analysis.Diagnostic {
	d.Category = r.ID
	if !strings.HasPrefix(d.Message, r.ID+": ") {
		d.Message = r.ID + ": " + strings.TrimPrefix(d.Message, r.Analyzer()+": ")
	}
	return d
}

// Pass returns a copy of pass whose Report tags every diagnostic with r
// (see Report), for a check that reports only r's findings.
func (r *Rule) Pass(pass *analysis.Pass) *analysis.Pass {
	tagged := *pass
	tagged.Report = func(d analysis.Diagnostic) { pass.Report(r.tag(d)) }
	return &tagged
}

var (
	registryMu sync.Mutex
	registry   []*Rule // in registration order
)

// Register records an analyzer's rules and returns them. Each analyzer
// package calls it once, for its rule table.
func Register(rs ...*Rule) []*Rule {
	registryMu.Lock()
	defer registryMu.Unlock()
	for _, r := range rs {
		if r.ID != strings.ToLower(r.ID) && r.Analyzer() == r.ID {
			// A bundled staticcheck check: its ID is its name (SA5001).
		} else if !strings.Contains(r.ID, "/") || r.ID != strings.ToLower(r.ID) {
			panic("rules: ID " + r.ID + " is not analyzer/rule in lower case")
		}
		if r.Tier != Default && r.Tier != Strict {
			panic("rules: " + r.ID + " has no tier")
		}
		for _, old := range registry {
			if old.ID == r.ID {
				panic("rules: " + r.ID + " registered twice")
			}
		}
		registry = append(registry, r)
	}
	return rs
}

// All returns every registered rule, in registration order.
func All() []*Rule {
	registryMu.Lock()
	defer registryMu.Unlock()
	return append([]*Rule(nil), registry...)
}

// Of returns the rules of the analyzer named name.
func Of(name string) []*Rule {
	var out []*Rule
	for _, r := range All() {
		if strings.EqualFold(r.Analyzer(), name) {
			out = append(out, r)
		}
	}
	return out
}

// Lookup returns the rule with the given ID (case-insensitive), or nil.
func Lookup(id string) *Rule {
	for _, r := range All() {
		if strings.EqualFold(r.ID, id) {
			return r
		}
	}
	return nil
}

// Switches are one source of rule switches: the configuration file or the
// command line. Enable and Disable hold analyzer names or rule IDs.
type Switches struct {
	Strict  *bool
	Enable  []string
	Disable []string
}

type state struct{ decided map[string]bool }

var current atomic.Pointer[state]

// Apply sets which rules run from the layers given, later ones overriding
// earlier ones: in each layer -strict sets the strict rules' default, an
// analyzer name overrides the tier, and a rule ID overrides its analyzer.
// It fails, changing nothing, on a name that is neither an analyzer nor a
// rule. Call it before any pass runs.
func Apply(layers ...Switches) error {
	all := All()
	decided := make(map[string]bool)
	for _, l := range layers {
		if err := Check(l.Enable); err != nil {
			return err
		}
		if err := Check(l.Disable); err != nil {
			return err
		}
		if l.Strict != nil {
			for _, r := range all {
				if r.Tier == Strict {
					decided[r.ID] = *l.Strict
				}
			}
		}
		for _, exact := range []bool{false, true} {
			for _, r := range all {
				if names(l.Enable, r, exact) {
					decided[r.ID] = true
				}
				if names(l.Disable, r, exact) {
					decided[r.ID] = false
				}
			}
		}
	}
	current.Store(&state{decided})
	return nil
}

// names reports whether list names r: by its ID when exact, else by its
// analyzer.
func names(list []string, r *Rule, exact bool) bool {
	for _, n := range list {
		if exact && strings.EqualFold(n, r.ID) || !exact && strings.EqualFold(n, r.Analyzer()) {
			return true
		}
	}
	return false
}

// ChangedLinesLayer is the switches that turn on the ChangedLines rules,
// the lowest layer when only changed lines are reported.
func ChangedLinesLayer() Switches {
	var sw Switches
	for _, r := range All() {
		if r.ChangedLines {
			sw.Enable = append(sw.Enable, r.ID)
		}
	}
	return sw
}

// Check returns an error naming the first entry of list that is neither an
// analyzer nor a rule.
func Check(list []string) error {
	for _, n := range list {
		if Lookup(n) == nil && len(Of(n)) == 0 {
			return fmt.Errorf("unknown analyzer or rule %q (known: %s)", n, Known())
		}
	}
	return nil
}

// Known lists the analyzers that have rules, for error messages.
func Known() string {
	seen := make(map[string]bool)
	var out []string
	for _, r := range All() {
		if a := r.Analyzer(); !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	sort.Strings(out)
	return strings.Join(out, ", ") + ", or one of their rules (extinct help)"
}

// rulesHeading starts the list of rules that Doc appends.
const rulesHeading = "\n\nRules (tier: default runs unless disabled; strict runs with -strict or -enable=ID):\n"

// Doc returns an analyzer's documentation for help and go vet: intro (from
// its doc.go), then a line for each rule with its tier and summary.
func Doc(intro string, rs []*Rule) string {
	var b strings.Builder
	b.WriteString(intro)
	b.WriteString(rulesHeading)
	for _, r := range rs {
		fmt.Fprintf(&b, "\n  %s (%s): %s", r.ID, r.Tier, r.Summary)
	}
	return b.String()
}

// Intro returns an analyzer's documentation without the list of rules that
// Doc appended.
func Intro(doc string) string {
	intro, _, _ := strings.Cut(doc, rulesHeading)
	return intro
}
