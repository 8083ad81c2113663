package debugprint

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"
	"unicode"
)

// valueMark stands for a printed value (a verb, a non-constant argument) in
// the text of a print.
const valueMark = "\x00"

// The reasons of a row: a print of values that a heading makes a message.
const (
	reasonBare       = "bare values"
	reasonNoSentence = "values without a sentence"
)

// dumpReason returns why the print p writes a debugging dump rather than a
// message ("a dump verb", "bare values", "values without a sentence", "a
// debugging marker"), or "" when it is a message or cannot be read: its
// format is not constant, or it forwards a variadic argument (args...).
// It records in p whether p prints constants only, and whether that is a
// heading: a whole line with a word, no marker.
func (c *checker) dumpReason(p *printCall) string {
	info := c.pass.TypesInfo
	args := p.call.Args
	if p.kind == kindWriterArg {
		args = args[1:]
	}
	p.constant = len(args) == 0
	if p.call.Ellipsis.IsValid() || len(args) == 0 {
		return ""
	}
	var text strings.Builder
	values, prepared, errs, dumpVerb, widthed := 0, 0, 0, false, false
	value := func(e ast.Expr) {
		values++
		if preparedText(info, e) {
			prepared++
		}
		if showsError(info, e) {
			errs++
		}
	}
	if p.fn != nil && strings.HasSuffix(p.fn.Name(), "f") { // Printf, Fprintf
		format, ok := c.constText(p.cur, args[0])
		if !ok {
			return ""
		}
		n := 0
		text.WriteString(replaceVerbs(format, func(verb string) string {
			widthed = widthed || strings.ContainsAny(verb[1:len(verb)-1], "-0123456789 *[")
			n++
			if n >= len(args) {
				values++
			} else if s, ok := c.constText(p.cur, args[n]); ok && (verb == "%s" || verb == "%v") {
				return s // the text printed: "%s at:", prompt
			} else {
				value(args[n])
				dumpVerb = dumpVerb || verb == "%#v" || verb == "%+v" && !isError(info.TypeOf(args[n]))
			}
			return valueMark
		}))
	} else {
		for _, a := range args {
			text.WriteString(" ")
			if s, ok := c.constText(p.cur, a); ok {
				text.WriteString(s)
			} else {
				text.WriteString(valueMark)
				value(a)
			}
		}
	}
	t := readText(text.String())
	endsLine := strings.HasSuffix(text.String(), "\n") || strings.HasSuffix(p.fn.Name(), "ln")
	p.constant = values == 0
	p.heading = values == 0 && t.words+t.labels > 0 && endsLine && !t.strong && !((t.marker || t.digits) && t.words <= 1)
	switch {
	case t.strong:
		return "a debugging marker"
	case dumpVerb:
		return "a dump verb"
	case p.kind == kindWriterArg:
		return "" // fmt.Fprintf(os.Stderr, ...): the stream was chosen, a message
	case errs > 0 && (errs == values || t.words >= 2):
		return "" // a failure report: "failed:", err; "cannot read %s: %v"
	case t.capital && t.words+t.labels >= 2:
		return "" // a sentence, a report: "Loaded %d plugins", "Total count: %d"
	case widthed || laidOut(text.String()):
		return "" // a table, a menu: "%-10s %v", "%d) %s", "| %v |"
	case values > 0 && t.marker:
		return "a debugging marker" // "here", x; "NEXT %s"
	case values > 0 && t.words == 0 && t.labels == 0:
		if prepared == values {
			return "" // printing prepared text: fmt.Println(msg)
		}
		return reasonBare
	case values > 0:
		return reasonNoSentence
	case (t.marker || t.digits) && t.words <= 1: // "here", "got here 2", "step 1", ">>>"
		if endsLine {
			return "a debugging marker" // not a prompt: fmt.Print(">>> ")
		}
	}
	return ""
}

// laidOut reports whether text lays values out for a reader: a table
// ("|", a tab), a list ("%d) ", "[%d]", "%d. "), or output that controls
// the terminal (a carriage return, an escape sequence: a spinner).
func laidOut(text string) bool {
	if strings.ContainsAny(text, "|\t\r\x1b") {
		return true
	}
	for i := strings.Index(text, valueMark); i >= 0; i = strings.Index(text, valueMark) {
		text = text[i+len(valueMark):]
		if text != "" && strings.IndexByte(")].", text[0]) >= 0 {
			return true
		}
	}
	return false
}

// preparedText reports whether e is text prepared for printing: a string
// or byte slice held in a variable or a field, built by a call of a
// function (not a method: sf.Type.Name() reads a value), a conversion or a
// concatenation.
func preparedText(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	if !ok || !isText(tv.Type) {
		return false
	}
	if tv.Value != nil {
		return true
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.BinaryExpr, *ast.SliceExpr:
		return true // a variable, a field, a concatenation, a part of one
	case *ast.CallExpr:
		sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr)
		if !ok || isStringCall(info, e, sel) {
			return true // a function, or the String method that renders a value for printing
		}
		_, isPkg := info.Uses[identOf(sel.X)].(*types.PkgName)
		return isPkg
	}
	return false
}

// isStringCall reports whether call, whose function is sel, calls the
// method of fmt.Stringer, String() string, of a value: not another method
// so named (c.String("key") reads one, String() []byte is no Stringer),
// nor a field of function type.
func isStringCall(info *types.Info, call *ast.CallExpr, sel *ast.SelectorExpr) bool {
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal || sel.Sel.Name != "String" || len(call.Args) != 0 {
		return false
	}
	sig, ok := s.Obj().Type().(*types.Signature)
	return ok && sig.Params().Len() == 0 && sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), types.Typ[types.String])
}

// showsError reports whether e is an error or the text of one: err,
// ctx.Err(), err.Error().
func showsError(info *types.Info, e ast.Expr) bool {
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Error" && len(call.Args) == 0 {
			e = sel.X
		}
	}
	return isError(info.TypeOf(e))
}

// identOf returns e as an identifier, or nil.
func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}

// isError reports whether t implements error.
func isError(t types.Type) bool {
	return t != nil && types.Implements(t, types.Universe.Lookup("error").Type().Underlying().(*types.Interface))
}

// isText reports whether t is a string or a byte slice: text prepared for
// printing.
func isText(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	return false
}

// constString returns the value of e when it is a constant string.
func constString(info *types.Info, e ast.Expr) (string, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// replaceVerbs returns format with each verb (%v, %+v, %5.2f, ...) replaced
// by what verb returns for it; %% stays a percent sign.
func replaceVerbs(format string, verb func(string) string) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			b.WriteByte(format[i])
			continue
		}
		j := i + 1
		for j < len(format) && strings.IndexByte("+-# 0123456789.*[]", format[j]) >= 0 {
			j++
		}
		if j == len(format) {
			break
		}
		if format[j] == '%' {
			b.WriteByte('%')
		} else {
			b.WriteString(verb(format[i : j+1]))
		}
		i = j
	}
	return b.String()
}

// strongMarkers are the tokens that mark a print as debugging wherever they
// stand first, or in capitals anywhere: "DEBUG: ...", "[debug] ...",
// "xxx".
var strongMarkers = map[string]bool{"debug": true, "dbg": true, "xxx": true}

// weakMarkers are the tokens that make up a print with no prose that marks
// a place: "here", "got here 2", "hello", "test".
var weakMarkers = map[string]bool{
	"here": true, "hello": true, "test": true, "testing": true, "foo": true, "bar": true,
	"baz": true, "hi": true, "asdf": true, "reached": true,
}

// A textReading is what readText found in the text of a print.
type textReading struct {
	words   int  // plain words: letters only, not a label, not a marker
	labels  int  // tokens that end with : or = or have one inside: "resp:", "x=%v", "id=1"
	marker  bool // a token marks a place: "here", ">>>", "1"
	strong  bool // a token is a strong marker: "DEBUG"
	digits  bool // a token is a number
	capital bool // the text starts with a capital letter or a symbol: "Loaded %d plugins", "✔ done"
}

// readText reads the text of a print, values marked by valueMark.
func readText(text string) (t textReading) {
	tokens := strings.Fields(strings.ReplaceAll(text, valueMark, " "+valueMark+" "))
	first := 0 // the first token after a tag: "[Actor] ERROR: ..."
	if len(tokens) > 1 && strings.HasPrefix(tokens[0], "[") && strings.HasSuffix(tokens[0], "]") {
		first = 1
	}
	if len(tokens) > 0 {
		r := []rune(tokens[first])[0]
		t.capital = unicode.IsUpper(r) || r > unicode.MaxASCII && !unicode.IsLetter(r)
	}
	for i, tok := range tokens {
		if tok == valueMark {
			continue
		}
		core := strings.TrimFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		lower := strings.ToLower(core)
		switch {
		case strongMarkers[lower] && (i == 0 || core == strings.ToUpper(core)):
			t.strong = true
		case i == first && severity[lower]:
			t.words, t.capital = t.words+2, true // "Error: ...", "warning: ..." is a message
		case core == "":
			t.marker = t.marker || markerPunct(tok)
		case strings.HasSuffix(tok, ":") || strings.HasSuffix(tok, "=") || strings.ContainsAny(core, "=:"):
			t.labels++
		case weakMarkers[strings.TrimRightFunc(lower, unicode.IsDigit)] || len(core) >= 3 && isWord(strings.Trim(tok, ".,!?;:'\"()")) && core == strings.ToUpper(core):
			t.marker = true // "here", "here2", a shout: "DOING CHANGE", not a tag or notation: "[INFO]", "HEAD@{"
		case isDigits(core):
			t.digits = true
		case isWord(strings.Trim(tok, ".,!?;'\"()")):
			t.words++
		}
	}
	return t
}

// severity are the words that open a message for the user: a print that
// starts with one ("Error:", "WARNING") reports a condition.
var severity = map[string]bool{"error": true, "warning": true, "warn": true, "fatal": true, "deprecated": true, "notice": true}

// markerPunct reports whether a token without letters or digits marks a
// place: three or more of > < * ! # @ ("-->", ">>>", "***").
func markerPunct(tok string) bool {
	n := 0
	for _, r := range tok {
		if strings.ContainsRune("><*!#@", r) {
			n++
		}
	}
	return n >= 3
}

func isWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '\'' && r != '-' {
			return false
		}
	}
	return s != ""
}

func isDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}
