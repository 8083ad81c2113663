package unchecked2

import (
	"compress/gzip"
	"log"

	"github.com/gorilla/websocket"
)

// A terminal emulator: it has Write and Close, no Read, and is made here,
// but this function keeps it open (stored for later): a stream, not output
// the function finishes. Its write in a goroutine body is not reported.
type VT struct{}

func (*VT) Write(p []byte) (int, error) { return len(p), nil }
func (*VT) Close() error                { return nil }
func (*VT) Parse() error                { return nil }

func StartVT() (*VT, error) { return &VT{}, nil }

type pane struct{ vt *VT }

func (p *pane) start() error {
	vt, err := StartVT()
	if err != nil {
		return err
	}
	p.vt = vt
	go func() {
		if err := vt.Parse(); err != nil {
			vt.Write([]byte("press enter to close"))
		}
	}()
	return nil
}

// A sink made and closed here, in a function without an error result:
// its write is lost data, reported.
func archive(dst *gzip.Writer, data []byte) {
	zw, err := gzip.NewWriterLevel(dst, gzip.BestSpeed)
	if err != nil {
		return
	}
	zw.Write(data) // unchecked-any
	if err := zw.Close(); err != nil {
		log.Print(err)
	}
}

// A message connection (gorilla's websocket): Write... and Close, no
// Read, but a read deadline and a remote address. It is a connection, no
// output this function finishes: its deferred Close in a reading loop is
// not reported.
func tail(d *websocket.Dialer, url string, out chan<- any) error {
	conn, _, err := d.Dial(url, nil)
	if err != nil {
		return err
	}
	defer conn.Close()
	for {
		var v any
		if err := conn.ReadJSON(&v); err != nil {
			return err
		}
		out <- v
	}
}
