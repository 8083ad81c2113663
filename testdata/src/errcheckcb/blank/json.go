package blank

import (
	"encoding/json"
	"time"
)

type response struct {
	Name    string            `json:"name"`
	Count   int               `json:"count"`
	Tags    []string          `json:"tags"`
	Labels  map[string]string `json:"labels"`
	When    time.Time         `json:"when"`
	Next    *response2        `json:"next"`
	private chan int
}

type response2 struct{ OK bool }

type withFloat struct{ Ratio float64 }

type custom struct{}

func (custom) MarshalJSON() ([]byte, error) { return nil, nil }

type node struct{ Next *node }

// Traps: values of these types always encode.
func jsonSafe(r response) error {
	b, _ := json.Marshal(r)
	c, _ := json.MarshalIndent(&r, "", "  ")
	_, _ = b, c
	return nil
}

// Positives: floats (NaN), interfaces, custom marshalers and recursive
// types can fail.
func jsonUnsafe(f withFloat, v any, c custom, n node) error {
	// want +2 `the error from json.Marshal is assigned to _`

	a, _ := json.Marshal(f)
	// want +2 `the error from json.Marshal is assigned to _`

	b, _ := json.Marshal(v)
	// want +2 `the error from json.Marshal is assigned to _`

	d, _ := json.Marshal(c)
	// want +2 `the error from json.Marshal is assigned to _`

	e, _ := json.Marshal(n)
	_, _, _, _ = a, b, d, e
	return nil
}
