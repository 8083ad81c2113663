package fixtest

import (
	"fmt"
	"go/token"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"text/scanner"

	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
)

// A want is one expectation of a // want comment: a diagnostic ("rx") or a
// fact of the object declared on the line (name:"rx"; "package" for a
// package fact, on line 1 of the first file).
type want struct {
	fact string // "" for a diagnostic
	rx   *regexp.Regexp
}

type line struct {
	file string
	n    int
}

// checkWants reports, as analysistest does, every diagnostic and fact of
// act's package that no // want comment expects, and every expectation
// nothing matched. A comment "// want +N ..." expects on the Nth line below.
func checkWants(t analysistest.Testing, dir string, act *checker.Action) {
	pkg := act.Package
	rel := func(name string) string {
		return filepath.ToSlash(strings.TrimPrefix(name, filepath.Join(dir, "src")+string(filepath.Separator)))
	}
	wants := make(map[line][]want)
	for _, f := range pkg.Syntax {
		for _, group := range f.Comments {
			for _, c := range group.List {
				text, ok := strings.CutPrefix(c.Text, "//")
				if !ok {
					text = strings.TrimSuffix(strings.TrimPrefix(c.Text, "/*"), "*/")
				}
				if i := strings.Index(text, "// want"); i >= 0 { // a want in a comment's comment
					text = text[i+len("// "):]
				}
				rest, ok := strings.CutPrefix(strings.TrimSpace(text), "want")
				if !ok {
					continue
				}
				posn := pkg.Fset.Position(c.Pos())
				delta, ws, err := parseWants(rest)
				if err != nil {
					t.Errorf("%s:%d: in 'want' comment: %v", rel(posn.Filename), posn.Line, err)
					continue
				}
				if ws != nil {
					wants[line{rel(posn.Filename), posn.Line + delta}] = ws
				}
			}
		}
	}
	match := func(posn token.Position, fact, message string) {
		at := line{rel(posn.Filename), posn.Line}
		var tried []string
		for i, w := range wants[at] {
			if w.fact != fact {
				continue
			}
			if w.rx.MatchString(message) {
				wants[at] = append(wants[at][:i], wants[at][i+1:]...)
				return
			}
			tried = append(tried, fmt.Sprintf("%#q", w.rx))
		}
		kind := "diagnostic"
		if fact != "" {
			kind = "fact"
		}
		if tried == nil {
			t.Errorf("%s:%d:%d: unexpected %s: %v", at.file, at.n, posn.Column, kind, message)
		} else {
			t.Errorf("%s:%d:%d: %s %q does not match pattern %s", at.file, at.n, posn.Column, kind, message, strings.Join(tried, " or "))
		}
	}
	for _, d := range act.Diagnostics {
		match(pkg.Fset.Position(d.Pos), "", d.Message)
	}
	for _, pf := range act.AllPackageFacts() {
		if pf.Package == pkg.Types && len(pkg.Syntax) > 0 {
			posn := pkg.Fset.Position(pkg.Syntax[0].Pos())
			posn.Line, posn.Column = 1, 1
			match(posn, "package", fmt.Sprint(pf))
		}
	}
	facts := act.AllObjectFacts()
	sort.Slice(facts, func(i, j int) bool { return facts[i].Object.Pos() < facts[j].Object.Pos() })
	for _, of := range facts {
		if obj := of.Object; obj.Pkg() == pkg.Types {
			match(pkg.Fset.Position(obj.Pos()), obj.Name(), fmt.Sprint(of.Fact))
		}
	}
	var left []string
	for at, ws := range wants {
		for _, w := range ws {
			kind := "diagnostic"
			if w.fact != "" {
				kind = "fact"
			}
			left = append(left, fmt.Sprintf("%s:%d: no %s was reported matching %#q", at.file, at.n, kind, w.rx))
		}
	}
	sort.Strings(left)
	for _, msg := range left {
		t.Errorf("%s", msg)
	}
}

// parseWants parses what follows "want": an optional +N, then Go strings
// (diagnostic patterns) and name:"pattern" pairs (facts).
func parseWants(text string) (delta int, ws []want, err error) {
	var scanErr string
	sc := new(scanner.Scanner).Init(strings.NewReader(text))
	sc.Mode = scanner.ScanIdents | scanner.ScanStrings | scanner.ScanRawStrings | scanner.ScanInts
	sc.Error = func(_ *scanner.Scanner, msg string) { scanErr = msg }
	pattern := func(tok rune) (*regexp.Regexp, error) {
		if tok != scanner.String && tok != scanner.RawString {
			return nil, fmt.Errorf("got %s, want regular expression", scanner.TokenString(tok))
		}
		s, _ := strconv.Unquote(sc.TokenText())
		return regexp.Compile(s)
	}
	for {
		switch tok := sc.Scan(); tok {
		case '+':
			if sc.Scan() != scanner.Int {
				return 0, nil, fmt.Errorf("got +%s, want +N", sc.TokenText())
			}
			delta, _ = strconv.Atoi(sc.TokenText())
		case scanner.String, scanner.RawString:
			rx, err := pattern(tok)
			if err != nil {
				return 0, nil, err
			}
			ws = append(ws, want{rx: rx})
		case scanner.Ident:
			name := sc.TokenText()
			if sc.Scan() != ':' {
				return 0, nil, fmt.Errorf("got %s after %s, want ':'", sc.TokenText(), name)
			}
			rx, err := pattern(sc.Scan())
			if err != nil {
				return 0, nil, err
			}
			ws = append(ws, want{fact: name, rx: rx})
		case scanner.EOF:
			if scanErr != "" {
				return 0, nil, fmt.Errorf("%s", scanErr)
			}
			return delta, ws, nil
		default:
			return 0, nil, fmt.Errorf("unexpected %s", scanner.TokenString(tok))
		}
	}
}
