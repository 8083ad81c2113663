// Package pagekit is a stand-in for a third-party renderer: given the
// writer, it writes the page and returns an error, not a writer.
package pagekit

import "io"

type Page struct{ Title string }

func Render(w io.Writer, p Page) error {
	_, err := io.WriteString(w, "<h1>"+p.Title+"</h1>")
	return err
}

// Open writes a preamble and returns the page's size so far: not a
// writer either.
func Open(w io.Writer, title string) (int, error) {
	return io.WriteString(w, "<html><title>"+title+"</title>")
}
