package driver

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// write prints the findings in format (one of formats).
func write(format string, w io.Writer, selected []*analysis.Analyzer, findings []finding) error {
	switch format {
	case "json":
		return writeJSON(w, findings)
	case "sarif":
		return writeSARIF(w, selected, findings)
	case "github":
		return writeGitHub(w, findings)
	case "checkstyle":
		return writeCheckstyle(w, findings)
	}
	return writeText(w, findings)
}

// writeText prints file:line:col: message, the message starting with the
// rule ID.
func writeText(w io.Writer, findings []finding) error {
	for _, f := range findings {
		if _, err := fmt.Fprintf(w, "%s:%d:%d: %s\n", relative(f.Pos.Filename), f.Pos.Line, f.Pos.Column, f.Message); err != nil {
			return err
		}
	}
	return nil
}

// writeGitHub prints GitHub Actions workflow commands, so that findings
// show on a pull request's changed lines without code scanning.
func writeGitHub(w io.Writer, findings []finding) error {
	for _, f := range findings {
		title := f.Category
		if title == "" {
			title = f.Analyzer
		}
		msg := strings.TrimPrefix(f.Message, title+": ")
		if _, err := fmt.Fprintf(w, "::error file=%s,line=%d,col=%d,title=%s::%s\n",
			githubProperty(relative(f.Pos.Filename)), f.Pos.Line, f.Pos.Column, githubProperty(title), githubData(msg)); err != nil {
			return err
		}
	}
	return nil
}

// githubData and githubProperty escape a workflow command's message and
// property values as the Actions toolkit does.
func githubData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func githubProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// Checkstyle's XML report, which CI servers (Jenkins, GitLab through
// converters, reviewdog) read.
type checkstyleReport struct {
	XMLName xml.Name         `xml:"checkstyle"`
	Version string           `xml:"version,attr"`
	Files   []checkstyleFile `xml:"file"`
}

type checkstyleFile struct {
	Name   string            `xml:"name,attr"`
	Errors []checkstyleError `xml:"error"`
}

type checkstyleError struct {
	Line     int    `xml:"line,attr"`
	Column   int    `xml:"column,attr"`
	Severity string `xml:"severity,attr"`
	Message  string `xml:"message,attr"`
	Source   string `xml:"source,attr"`
}

func writeCheckstyle(w io.Writer, findings []finding) error {
	report := checkstyleReport{Version: "5.0"}
	index := make(map[string]int)
	for _, f := range findings {
		name := relative(f.Pos.Filename)
		i, ok := index[name]
		if !ok {
			i = len(report.Files)
			index[name] = i
			report.Files = append(report.Files, checkstyleFile{Name: name})
		}
		source := f.Category
		if source == "" {
			source = f.Analyzer
		}
		report.Files[i].Errors = append(report.Files[i].Errors, checkstyleError{
			Line: f.Pos.Line, Column: f.Pos.Column, Severity: "error", Message: f.Message, Source: "extinct." + source,
		})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(report); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
