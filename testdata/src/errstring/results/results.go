// Package results holds errstring/string-result cases: failures reported
// through string results and string callback parameters.
package results

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
)

// Positives: results named like errors.

func parsePort(s string) (port int, errMsg string) { // want `errstring/string-result: function parsePort reports failure through the string result errMsg`
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, err.Error()
	}
	return n, ""
}

type store struct{}

func (store) load(name string) (data []byte, err string) { // want `errstring/string-result: method load reports failure through the string result err`
	b, e := os.ReadFile(name)
	if e != nil {
		return nil, e.Error()
	}
	return b, ""
}

func atoi(s string) (n int, lastErrorText string) { // want `errstring/string-result: function atoi reports failure through the string result lastErrorText`
	var err error
	n, err = strconv.Atoi(s)
	if err != nil {
		lastErrorText = "bad number: " + err.Error()
	}
	return
}

// Positive: error text returned in a string result that is empty on success.

func validate(path string) string { // want `errstring/string-result: function validate reports failure as error text in a string result \(empty on success\)`
	if _, err := os.Stat(path); err != nil {
		return "cannot use " + path + ": " + err.Error()
	}
	return ""
}

var lint = func(s string) string { // want `errstring/string-result: function literal reports failure as error text`
	if _, err := strconv.Atoi(s); err != nil {
		return fmt.Sprintf("bad number: %v", err)
	}
	return ""
}

// Positives: function types that pass errors as strings.

type Callback func(result []byte, errMsg string) // want `errstring/string-result: function type passes an error as the string errMsg`

type Client struct {
	OnDone func(id int, err string) // want `errstring/string-result: function type passes an error as the string err`
}

func Fetch(url string, done func(body []byte, errStr string)) {} // want `errstring/string-result: function type passes an error as the string errStr`

type Validator interface {
	Validate() (errorMessage string) // want `errstring/string-result: function type passes an error as the string errorMessage`
}

// Traps.

// Error and String methods turn errors into text: that is their job.
type wrapped struct{ cause error }

func (w wrapped) Error() string {
	if w.cause == nil {
		return ""
	}
	return "wrapped: " + w.cause.Error()
}

func (w wrapped) String() string {
	if w.cause == nil {
		return ""
	}
	return w.cause.Error()
}

// A formatter of the error it is given is a boundary helper.
func message(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// The function has an error result: the string is something else.
func run(name string) (errMsg string, err error) {
	if _, err := os.Stat(name); err != nil {
		return "not found", err
	}
	return "", nil
}

// Error text but never empty on success: output, not a failure channel.
func describe(path string) string {
	if _, err := os.Stat(path); err != nil {
		return "missing (" + err.Error() + ")"
	}
	return "present"
}

// Named like an error, but no error text goes into it: a recovered panic
// message.
func catch(f func()) (errorStr string) {
	defer func() {
		if s, ok := recover().(string); ok {
			errorStr = s
		}
	}()
	f()
	return ""
}

// A string result named like an error but not a string.
func count() (errCount int) { return 0 }

// Names that merely start like err.
func errand() (errands string, erratum string) { return "", "" }

// Parameters of declared functions: a receiver of text (a logger) is fine.
func logFailure(errMsg string) { fmt.Println(errMsg) }

// A function type that carries the error as an error, beside a message.
type Reporter func(msg string, err error)

// A callback whose string is not named like an error.
type Progress func(step int, message string)

// The error travels as an error.
func fetch() (string, error) {
	return "", errors.New("not implemented")
}

// A string result that carries a computed value on success: its "" (when
// switched off) is a value, and error text in its place is a rendering,
// not a failure channel.
var enabled bool

func jsonText(v any) string {
	if !enabled {
		return ""
	}
	b, err := json.Marshal(v)
	if err != nil {
		return err.Error()
	}
	return string(b)
}

// Positive: constant messages beside the error text are failures too; the
// result is still empty on success.
func check(path string) string { // want `errstring/string-result: function check reports failure as error text in a string result \(empty on success\)`
	if path == "" {
		return "no path"
	}
	if _, err := os.Stat(path); err != nil {
		return err.Error()
	}
	return ""
}
