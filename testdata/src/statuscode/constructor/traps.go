// Package constructor holds the writer constructors of other modules: a
// call that is given the writer and returns a value that writes to it
// later (a compressor, an encoder) writes nothing itself.
package constructor

import (
	"io"
	"net/http"
	"sync"

	"github.com/andybalholm/brotli"
	jsoniter "github.com/json-iterator/go"
	"github.com/klauspost/compress/zstd"
)

var _ = []any{brotliThenStatus, zstdThenStatus, encoderThenStatus, pooledBrotli, chooseEncoding}

// brotliThenStatus is a trap: NewWriterLevel only wraps w, so the 200 is
// the first status and the body follows it.
func brotliThenStatus(w http.ResponseWriter, r *http.Request) {
	br := brotli.NewWriterLevel(w, brotli.DefaultCompression)
	defer func() { _ = br.Close() }()
	w.Header().Set("Content-Encoding", "br")
	w.WriteHeader(http.StatusOK)
	_, _ = io.Copy(br, r.Body)
}

// zstdThenStatus is a trap: the constructor returns an error beside the
// encoder; neither call writes.
func zstdThenStatus(w http.ResponseWriter, r *http.Request) {
	zd, err := zstd.NewWriter(w, zstd.WithLevel(3))
	if err != nil {
		http.Error(w, "cannot compress", http.StatusInternalServerError)
		return
	}
	defer func() { _ = zd.Close() }()
	w.Header().Set("Content-Encoding", "zstd")
	w.WriteHeader(http.StatusCreated)
	_, _ = io.Copy(zd, r.Body)
}

// encoderThenStatus is a trap: an encoder made by an interface method of
// another module writes only when Encode is called.
func encoderThenStatus(w http.ResponseWriter, r *http.Request) { // want encoderThenStatus:"writes\\(status,header-first\\)"
	enc := jsoniter.ConfigCompatibleWithStandardLibrary.NewEncoder(w)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusAccepted)
	_ = enc.Encode(r.URL.Query())
}

var brPool = sync.Pool{New: func() any { return brotli.NewWriterLevel(nil, 4) }}

// pooledBrotli is a trap: Reset points a pooled compressor at w and
// writes nothing, so the 400 is the first status.
func pooledBrotli(w http.ResponseWriter, r *http.Request) {
	br := brPool.Get().(*brotli.Writer)
	br.Reset(w)
	defer brPool.Put(br)
	if r.URL.Query().Get("q") == "" {
		http.Error(w, "missing q", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
	_, _ = br.Write([]byte(r.URL.Query().Get("q")))
}

// chooseEncoding is a trap: the shape of a file server that picks a
// compressor, sets the encoding and then the status, per branch.
func chooseEncoding(w http.ResponseWriter, r *http.Request) {
	var out io.Writer = w
	switch r.Header.Get("Accept-Encoding") {
	case "br":
		br := brotli.NewWriterLevel(w, 11)
		defer func() { _ = br.Close() }()
		w.Header().Set("Content-Encoding", "br")
		out = br
	case "zstd":
		zd, err := zstd.NewWriter(w)
		if err != nil {
			http.Error(w, "cannot compress", http.StatusInternalServerError)
			return
		}
		defer func() { _ = zd.Close() }()
		w.Header().Set("Content-Encoding", "zstd")
		out = zd
	}
	w.WriteHeader(http.StatusOK)
	_, _ = io.Copy(out, r.Body)
}
