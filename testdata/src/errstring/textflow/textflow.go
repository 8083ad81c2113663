// Package textflow holds errstring/text-carried cases: errors turned into
// text inside the program.
package textflow

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"strconv"
	"strings"
	"testing"
)

// Positives.

func worker(paths []string, errs chan<- string) {
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			errs <- err.Error() // want `errstring/text-carried: error turned into text and sent on a channel of strings`
		}
	}
}

func parseAll(values []string) (nums []int, problems []string) {
	for _, v := range values {
		n, err := strconv.Atoi(v)
		if err != nil {
			problems = append(problems, v+": "+err.Error()) // want `errstring/text-carried: error turned into text and collected in the returned \[\]string problems`
			continue
		}
		nums = append(nums, n)
	}
	return nums, problems
}

func checkFiles(paths []string) []string {
	var failures []string
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			failures = append(failures, fmt.Sprint(err)) // want `errstring/text-carried: .*collected in the returned \[\]string failures`
		}
	}
	return failures
}

// Traps: text made at a boundary.

type report struct {
	Errors []string `json:"errors"`
}

// A JSON field is a boundary.
func (r *report) add(err error) {
	r.Errors = append(r.Errors, err.Error())
}

func serve(w http.ResponseWriter, r *http.Request) {
	if _, err := os.Stat(r.URL.Path); err != nil {
		http.Error(w, err.Error(), http.StatusNotFound) // an HTTP response
		log.Printf("stat: %v", err)                     // a log line
		_ = json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
		return
	}
}

func testHelper(t *testing.T, err error) {
	t.Errorf("unexpected: %v", err.Error())
}

// A []string of error text that is joined into a message, not returned.
func summary(errs []error) string {
	var lines []string
	for _, err := range errs {
		lines = append(lines, err.Error())
	}
	return strings.Join(lines, "; ")
}

// A []string that is returned but holds no error text.
func names(paths []string) []string {
	var out []string
	for _, p := range paths {
		out = append(out, strings.ToUpper(p))
	}
	return out
}

// Key/value pairs for a strings.Replacer, one of them error text: not a
// list of failures.
func replacements(kv ...any) []string {
	var pairs []string
	for _, v := range kv {
		switch v := v.(type) {
		case error:
			pairs = append(pairs, v.Error())
		case string:
			pairs = append(pairs, v)
		}
	}
	return pairs
}

// A channel of errors.
func workerOK(paths []string, errs chan<- error) {
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			errs <- err
		}
	}
}

// A channel of strings that carries no error text.
func lines(out chan<- string) {
	out <- "done"
}

// A String method collects error text: its job.
type multi []error

func (m multi) String() string {
	var parts []string
	for _, err := range m {
		parts = append(parts, err.Error())
	}
	return strings.Join(parts, ", ")
}
