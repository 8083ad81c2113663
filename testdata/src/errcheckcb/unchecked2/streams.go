package unchecked2

import (
	"fmt"
	"io"
	"os"
)

// Files opened for writing without O_CREATE, O_TRUNC or O_APPEND must exist
// already and are written from their start:
// a device, whatever its name. Writes to them and their Close are not
// output this function produces.

// A serial port named by a variable: no name tells it is a device, the
// flags do.
func sendCommand(port, cmd string) error {
	p, err := os.OpenFile(port, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer p.Close()
	p.WriteString(cmd + "\r\n")
	buf := make([]byte, 2)
	_, err = p.Read(buf)
	return err
}

// The terminal by its usual name, opened the usual way: the same.
func beep() error {
	tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	defer tty.Close()
	fmt.Fprint(tty, "\a")
	return nil
}

// The same name opened with O_TRUNC: output this function produces, and
// reported like any other (no name is exempt).
func truncateLog(path string) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		return err
	}
	defer f.Close()        // want `deferred \(\*os.File\).Close is not checked`
	fmt.Fprintln(f, "---") // want `fmt.Fprintln is not checked`
	return nil
}

// Appending to a log it creates: reported.
func appendLog(path, line string) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return err
	}
	f.WriteString(line) // want `\(\*os.File\).WriteString is not checked`
	return f.Close()
}

// A prompt written to the terminal the caller hands in, then the answer
// read: the caller's stream, like an io.Writer parameter.
func ask(in, out *os.File, question string) (string, error) {
	fmt.Fprintf(out, "%s ", question)
	var answer string
	_, err := fmt.Fscanln(in, &answer)
	return answer, err
}

// An existing file rewritten in place (opened O_RDWR, truncated, written):
// a data file, whose last write and Close are reported.
func rewrite(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close() // want `deferred \(\*os.File\).Close is not checked`
	if err := f.Truncate(0); err != nil {
		return err
	}
	f.WriteAt(data, 0) // want `\(\*os.File\).WriteAt is not checked`
	return nil
}

// Appending a chunk to an upload created earlier (O_APPEND, no O_CREATE):
// a data file, whose deferred Close after the copy is reported.
func writeChunk(path string, src io.Reader) (int64, error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return 0, err
	}
	defer f.Close() // want `deferred \(\*os.File\).Close is not checked`
	return io.Copy(f, src)
}
