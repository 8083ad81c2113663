package constructor

import (
	"io"
	"net/http"

	"github.com/andybalholm/brotli"
	jsoniter "github.com/json-iterator/go"
	"github.com/klauspost/compress/zstd"
)

var _ = []any{brotliBodyFirst, zstdCopyFirst, chainedEncode, encodeFirst, pooledBodyFirst}

// A write through the constructed value is a write of the body: the
// status after it is late.
func brotliBodyFirst(w http.ResponseWriter, r *http.Request) {
	br := brotli.NewWriterLevel(w, brotli.DefaultCompression)
	defer func() { _ = br.Close() }()
	_, _ = br.Write([]byte("hello"))
	w.WriteHeader(http.StatusOK) // want `statuscode/late-header: status written after the response was written`
}

func zstdCopyFirst(w http.ResponseWriter, r *http.Request) {
	zd, err := zstd.NewWriter(w)
	if err != nil {
		http.Error(w, "cannot compress", http.StatusInternalServerError)
		return
	}
	_, _ = io.Copy(zd, r.Body)
	w.WriteHeader(http.StatusAccepted) // want `statuscode/late-header: status written after the response was written`
}

func chainedEncode(w http.ResponseWriter, r *http.Request) { // want chainedEncode:"writes\\(body\\)"
	_ = jsoniter.ConfigCompatibleWithStandardLibrary.NewEncoder(w).Encode(r.URL.Query())
	w.WriteHeader(http.StatusOK) // want `statuscode/late-header: status written after the response was written`
}

func encodeFirst(w http.ResponseWriter, r *http.Request) { // want encodeFirst:"writes\\(body\\)"
	enc := jsoniter.ConfigCompatibleWithStandardLibrary.NewEncoder(w)
	_ = enc.Encode(r.URL.Query())
	w.WriteHeader(http.StatusCreated) // want `statuscode/late-header: status written after the response was written`
}

func pooledBodyFirst(w http.ResponseWriter, r *http.Request) { // want pooledBodyFirst:"writes\\(body\\)"
	br := brPool.Get().(*brotli.Writer)
	br.Reset(w)
	_, _ = br.Write([]byte("hello"))
	w.WriteHeader(http.StatusOK) // want `statuscode/late-header: status written after the response was written`
	brPool.Put(br)
}
