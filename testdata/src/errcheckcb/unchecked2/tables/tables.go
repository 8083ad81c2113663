// Package tables stands in for a table renderer of another module: made
// over an io.Writer, it has no Write method of its own, and its Close
// writes the last rows and the footer.
package tables

import "io"

type Table struct{ w io.Writer }

func NewTable(w io.Writer, opts ...string) *Table { return &Table{w: w} }

func (t *Table) Append(row ...string) error { return nil }

func (t *Table) Close() error {
	_, err := io.WriteString(t.w, "+--+\n")
	return err
}
