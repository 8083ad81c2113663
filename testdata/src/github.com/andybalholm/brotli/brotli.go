// Package brotli is a stand-in for a third-party compressor: a constructor
// that wraps a writer and writes to it only when written to.
package brotli

import "io"

const DefaultCompression = 6

type Writer struct {
	dst   io.Writer
	level int
	n     int
}

func NewWriterLevel(dst io.Writer, level int) *Writer { return &Writer{dst: dst, level: level} }

func (w *Writer) Write(p []byte) (int, error) {
	w.n += len(p)
	return w.dst.Write(p)
}

func (w *Writer) Close() error { return nil }

// Reset points the writer at dst, as a pool does.
func (w *Writer) Reset(dst io.Writer) { w.dst, w.n = dst, 0 }
