package unchecked2

import "io"

// A columnar file writer made over an io.Writer: no Write method of its
// own, but its Close writes the footer.
type ColumnWriter struct{ w io.Writer }

func NewColumnWriter(w io.Writer) *ColumnWriter      { return &ColumnWriter{w: w} }
func (c *ColumnWriter) AppendRowGroup(rows [][]byte) {}
func (c *ColumnWriter) Close() error                 { return c.footer() }
func (c *ColumnWriter) footer() error                { return io.ErrShortWrite }

func writeTable(w io.Writer, rows [][]byte) error {
	cw := NewColumnWriter(w)
	defer cw.Close() // want `deferred \(\*unchecked2.ColumnWriter\).Close is not checked`
	cw.AppendRowGroup(rows)
	return nil
}

// A client made over a connection, which is read too: not a sink.
type Client struct{ rw io.ReadWriter }

func NewClient(rw io.ReadWriter) *Client { return &Client{rw: rw} }
func (c *Client) Call(m string) error    { return nil }
func (c *Client) Close() error           { return nil }

func pingOver(rw io.ReadWriter) error {
	c := NewClient(rw)
	defer c.Close()
	return c.Call("ping")
}
