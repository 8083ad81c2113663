package unchecked2

import (
	"errors"
	"fmt"
	"io"
)

// A TUI view: its Write appends to the lines it shows and never fails.
type View struct{ lines []string }

func (v *View) Write(p []byte) (int, error) {
	v.lines = append(v.lines, string(p))
	return len(p), nil
}

// A pane over a remote terminal: its Write fails when the peer has gone.
type Pane struct{ closed bool }

func (p *Pane) Write(b []byte) (int, error) {
	if p.closed {
		return 0, errors.New("pane closed")
	}
	return len(b), nil
}

// Traps: printing into the view cannot fail, bare or assigned to _.
type screen struct {
	view *View
	pane *Pane
}

func (s *screen) logAction(action string) error {
	v := s.view
	fmt.Fprint(v, "\n"+action)
	fmt.Fprintf(v, "%s done\n", action)
	io.WriteString(v, "ok\n")
	_, _ = fmt.Fprintln(v, action)
	return nil
}

// Positives: the pane's writes can fail.
func (s *screen) showOnPane(action string) error {
	p := s.pane
	fmt.Fprint(p, action)     // unchecked-any
	io.WriteString(p, action) // unchecked-any
	return nil
}
