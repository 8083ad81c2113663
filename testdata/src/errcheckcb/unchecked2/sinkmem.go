package unchecked2

import (
	"bytes"
	"compress/gzip"
	"errcheckcb/unchecked2/docenc"
	"io"
	"os"
	"strings"
)

// Traps: made over an in-memory buffer, the encoder's Close writes only
// to memory and cannot lose written data.
func docToString(v any) (string, error) {
	buf := &bytes.Buffer{}
	e := docenc.NewEncoder(buf)
	defer e.Close()
	err := e.Encode(v)
	return buf.String(), err
}

func docsToString(vs []any) string {
	var buf bytes.Buffer
	e := docenc.NewEncoder(&buf)
	for _, v := range vs {
		if err := e.Encode(v); err != nil {
			panic(err)
		}
	}
	e.Close()
	return buf.String()
}

func docToBuilder(v any) string {
	var sb strings.Builder
	e := docenc.NewEncoder(&sb)
	_ = e.Encode(v) // the value is known to encode
	e.Close()
	return sb.String()
}

func gzipToMemory(p []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(p); err != nil {
		return nil
	}
	zw.Close()
	return buf.Bytes()
}

// Positives: the same encoder over a file, over a writer handed in, or
// over a buffer and a file at once.
func docToFile(path string, v any) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close() // want `deferred \(\*os.File\).Close is not checked`
	e := docenc.NewEncoder(f)
	defer e.Close() // want `deferred \(\*docenc.Encoder\).Close is not checked`
	return e.Encode(v)
}

func docToWriter(w io.Writer, v any) error {
	e := docenc.NewEncoder(w)
	defer e.Close() // want `deferred \(\*docenc.Encoder\).Close is not checked`
	return e.Encode(v)
}

func gzipToBoth(f *os.File, p []byte) error {
	var buf bytes.Buffer
	zw := gzip.NewWriter(io.MultiWriter(&buf, f))
	if _, err := zw.Write(p); err != nil {
		return err
	}
	zw.Close() // want `\(\*gzip.Writer\).Close is not checked`
	return nil
}
