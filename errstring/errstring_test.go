package errstring

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/extinctlint/extinct/internal/fixtest"
)

// Cases whose fixes are compared with golden files.
var fixCases = []string{
	"newsprintf", "newsprintfonly", "newsprintfmulti",
	"match", "matchnoimports", "matchgroups",
	"wrap",
}

// Cases without golden files: no fix, or traps only.
var plainCases = []string{
	"results", "textflow", "matchcollision", "matchcollisionpkg", "generated", "generics",
}

func TestFixes(t *testing.T) {
	for _, c := range fixCases {
		t.Run(c, func(t *testing.T) {
			results := analysistest.RunWithSuggestedFixes(t, fixtest.TestData(t), Analyzer, "errstring/"+c)
			if fixtest.Check(t, results) == 0 {
				t.Error("no fix was offered")
			}
		})
	}
}

func TestRules(t *testing.T) {
	for _, c := range plainCases {
		t.Run(c, func(t *testing.T) {
			results := analysistest.Run(t, fixtest.TestData(t), Analyzer, "errstring/"+c)
			fixtest.Check(t, results)
		})
	}
}

func TestWrapOff(t *testing.T) {
	fixtest.SetFlag(t, Analyzer, "wrap", "false")
	results := analysistest.Run(t, fixtest.TestData(t), Analyzer, "errstring/wrapoff")
	if fixtest.Check(t, results) != 1 {
		t.Error("want the one fix of rule 3")
	}
}

func TestTestsFlag(t *testing.T) {
	fixtest.SetFlag(t, Analyzer, "tests", "true")
	results := analysistest.Run(t, fixtest.TestData(t), Analyzer, "errstring/testsflag")
	fixtest.Check(t, results)
}

func TestErrLikeName(t *testing.T) {
	for name, want := range map[string]bool{
		"err": true, "errMsg": true, "errorMessage": true, "err_str": true, "ErrText": true,
		"parseErr": true, "lastErrorText": true, "ERR": true, "errString": true,
		"errand": false, "errs": false, "errCount": false, "message": false, "terror": false,
		"errorsFound": false, "erratum": false,
	} {
		if got := errLikeName(name); got != want {
			t.Errorf("errLikeName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for format, want := range map[string]string{
		"%v":                 "v0",
		"a %s b %d":          "s0 d1",
		"%%v %v":             "v0",
		"%[2]v %v %[1]s":     "v1 v2 s0",
		"%*d %v":             "d1 v2",
		"%-10.3v %+v %#v %w": "v0 v1 v2 w3",
		"%.*[3]v":            "v2",
		"":                   "",
	} {
		verbs, ok := parseFormat(format)
		if !ok {
			t.Errorf("parseFormat(%q) failed", format)
			continue
		}
		got := ""
		for i, v := range verbs {
			if i > 0 {
				got += " "
			}
			got += string(v.verb) + string(rune('0'+v.arg))
		}
		if got != want {
			t.Errorf("parseFormat(%q) = %q, want %q", format, got, want)
		}
	}
	for _, bad := range []string{"%", "%[x]v", "%[0]v", "%[1"} {
		if _, ok := parseFormat(bad); ok {
			t.Errorf("parseFormat(%q) succeeded", bad)
		}
	}
}

// TestAtLeast covers the file versions fixtures cannot set (a go.mod older
// than Go 1.21): several %w need Go 1.20, %w itself Go 1.13.
func TestAtLeast(t *testing.T) {
	for _, tc := range []struct {
		version string
		minor   int
		want    bool
	}{
		{"go1.19", 20, false},
		{"go1.19", 13, true},
		{"go1.12", 13, false},
		{"go1.20", 20, true},
		{"go1.21.3", 20, true},
		{"go1.22rc1", 20, true},
		{"", 20, true},
	} {
		c := &checker{file: &fileInfo{version: tc.version}}
		if got := c.atLeast(tc.minor); got != tc.want {
			t.Errorf("atLeast(%d) in a %q file = %v, want %v", tc.minor, tc.version, got, tc.want)
		}
	}
}
