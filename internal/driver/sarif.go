package driver

import (
	"encoding/json"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/internal/rules"
)

// SARIF 2.1.0, only the parts extinct fills. honnef.co/go/tools/sarif has
// types for this but no rule fullDescription and no byte regions for fixes.
type sarifLog struct {
	Version string     `json:"version"`
	Schema  string     `json:"$schema"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID               string       `json:"id"`
	ShortDescription sarifMessage `json:"shortDescription"`
	FullDescription  sarifMessage `json:"fullDescription"`
	HelpURI          string       `json:"helpUri,omitempty"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex int             `json:"ruleIndex"`
	Level     string          `json:"level"`
	Message   sarifMessage    `json:"message"`
	Locations []sarifLocation `json:"locations"`
	Fixes     []sarifFix      `json:"fixes,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int  `json:"startLine,omitempty"`
	StartColumn int  `json:"startColumn,omitempty"`
	EndLine     int  `json:"endLine,omitempty"`
	EndColumn   int  `json:"endColumn,omitempty"`
	ByteOffset  *int `json:"byteOffset,omitempty"`
	ByteLength  *int `json:"byteLength,omitempty"`
}

type sarifFix struct {
	Description     sarifMessage          `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifact      `json:"artifactLocation"`
	Replacements     []sarifReplacement `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion  `json:"deletedRegion"`
	InsertedContent sarifMessage `json:"insertedContent"`
}

// writeSARIF writes the findings as one SARIF run with an entry per enabled
// rule of the selected analyzers (rules.Rule), or per analyzer where it
// declares no rules.
func writeSARIF(w io.Writer, selected []*analysis.Analyzer, findings []finding) error {
	driver := sarifDriver{
		Name:           "extinct",
		Version:        sarifVersion(),
		InformationURI: "https://github.com/extinctlint/extinct",
	}
	index := make(map[string]int)
	add := func(r sarifRule) int {
		if i, ok := index[r.ID]; ok {
			return i
		}
		index[r.ID] = len(driver.Rules)
		driver.Rules = append(driver.Rules, r)
		return index[r.ID]
	}
	addAnalyzer := func(a *analysis.Analyzer) int {
		short, _, _ := strings.Cut(a.Doc, "\n")
		return add(sarifRule{ID: a.Name, ShortDescription: sarifMessage{short}, FullDescription: sarifMessage{a.Doc}, HelpURI: a.URL})
	}
	addRule := func(r *rules.Rule) int {
		return add(sarifRule{ID: r.ID, ShortDescription: sarifMessage{r.Summary}, FullDescription: sarifMessage{r.Doc}, HelpURI: r.URL()})
	}
	for _, a := range selected {
		declared := rules.Of(a.Name)
		if len(declared) == 0 {
			addAnalyzer(a)
		}
		for _, r := range declared {
			if r.Enabled() {
				addRule(r)
			}
		}
	}
	results := []sarifResult{}
	for _, f := range findings {
		id, i := f.Analyzer, 0
		if r := rules.Lookup(f.Category); r != nil && f.Category != "" {
			id, i = r.ID, addRule(r)
		} else {
			i = addAnalyzer(byName(selected, f.Analyzer))
		}
		r := sarifResult{
			RuleID:    id,
			RuleIndex: i,
			Level:     "error",
			Message:   sarifMessage{f.Message},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{
				ArtifactLocation: artifact(f.Pos.Filename),
				Region:           sarifRegion{StartLine: f.Pos.Line, StartColumn: f.Pos.Column, EndLine: f.End.Line, EndColumn: f.End.Column},
			}}},
		}
		for _, fix := range f.Fixes {
			changes := make(map[string]*sarifArtifactChange)
			var order []string
			for _, e := range fix.Edits {
				offset, length := e.Start, e.End-e.Start
				name := e.File
				c, ok := changes[name]
				if !ok {
					c = &sarifArtifactChange{ArtifactLocation: artifact(name)}
					changes[name] = c
					order = append(order, name)
				}
				c.Replacements = append(c.Replacements, sarifReplacement{
					DeletedRegion:   sarifRegion{ByteOffset: &offset, ByteLength: &length},
					InsertedContent: sarifMessage{e.Text},
				})
			}
			sf := sarifFix{Description: sarifMessage{fix.Message}}
			sort.Strings(order)
			for _, name := range order {
				sf.ArtifactChanges = append(sf.ArtifactChanges, *changes[name])
			}
			if len(sf.ArtifactChanges) > 0 {
				r.Fixes = append(r.Fixes, sf)
			}
		}
		results = append(results, r)
	}
	log := sarifLog{
		Version: "2.1.0",
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Runs:    []sarifRun{{Tool: sarifTool{Driver: driver}, Results: results}},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}

// artifact names a file relative to the working directory (the repository
// root, for code scanning) where it can, else as an absolute file URI.
func artifact(name string) sarifArtifact {
	rel := relative(name)
	if filepath.IsAbs(rel) {
		return sarifArtifact{URI: "file://" + filepath.ToSlash(rel)}
	}
	return sarifArtifact{URI: filepath.ToSlash(rel), URIBaseID: "%SRCROOT%"}
}

// sarifVersion is the module version without its "v", or 0.0.0-devel for a
// build from a checkout: SARIF consumers compare versions numerically.
func sarifVersion() string {
	v := strings.TrimPrefix(ModuleVersion(), "v")
	if v == "" || v[0] < '0' || v[0] > '9' {
		return "0.0.0-devel"
	}
	return v
}

// byName returns the analyzer of selected named name, or one that has only
// the name.
func byName(selected []*analysis.Analyzer, name string) *analysis.Analyzer {
	for _, a := range selected {
		if a.Name == name {
			return a
		}
	}
	return &analysis.Analyzer{Name: name}
}
