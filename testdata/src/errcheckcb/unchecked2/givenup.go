package unchecked2

import (
	"bufio"
	"log"
	"os"
)

// A Close in the body of an if that finds an error not nil gives the file
// up after another call failed: its own failure loses nothing more
// (traps). Outside such a branch, or in a branch taken on success, it is
// output (positives).

// Trap: the rename into place failed; the temporary file is abandoned.
func rewriteHistory(path string, lines []string) {
	fd, err := os.OpenFile(path+".tmp", os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		return
	}
	buf := bufio.NewWriter(fd)
	for _, l := range lines {
		buf.WriteString(l + "\n")
	}
	if err := buf.Flush(); err != nil {
		fd.Close()
		return
	}
	if err = os.Rename(path+".tmp", path); err != nil {
		fd.Close()
		return
	}
	if err := fd.Close(); err != nil {
		log.Print(err)
	}
}

// Trap: the write failed and is logged; the branch closes and goes on.
func appendNote(path, text string) {
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return
	}
	if _, err := f.WriteString(text + "\n"); err != nil {
		f.Close()
		log.Printf("cannot write note: %v", err)
		return
	}
	if err := f.Close(); err != nil {
		log.Print(err)
	}
}

// Positive: closed in the branch taken when the error is nil.
func writeWhenOK(path string, data []byte, prepare func() error) {
	f, err := os.Create(path)
	if err != nil {
		return
	}
	f.Write(data) // want `\(\*os.File\).Write is not checked`
	if err := prepare(); err == nil {
		f.Close() // want `\(\*os.File\).Close is not checked`
		return
	}
	f.Close() // want `\(\*os.File\).Close is not checked`
}
