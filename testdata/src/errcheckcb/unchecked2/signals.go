package unchecked2

import (
	"io"
	"log"
	"os"
)

// A download that reports failure by an empty path: the deferred Close of
// the file it wrote loses a failure it could report, and the caller uses
// a truncated file. The Close on the copy's failure path, before the file
// is removed and the failure logged, loses nothing.
func download(r io.Reader, localPath string) string {
	out, err := os.Create(localPath)
	if err != nil {
		log.Print(err)
		return ""
	}
	defer out.Close() // want `deferred \(\*os.File\).Close is not checked`
	if _, err := io.Copy(out, r); err != nil {
		out.Close()
		os.Remove(localPath)
		log.Print(err)
		return ""
	}
	return localPath
}

// A function without results has no way to report the failure: its
// deferred Close is left alone, as before.
func dumpTo(r io.Reader, path string) {
	out, err := os.Create(path)
	if err != nil {
		log.Print(err)
		return
	}
	defer out.Close()
	if _, err := io.Copy(out, r); err != nil {
		log.Print(err)
	}
}

// Results, but no failure handed on through them: left alone.
func countTo(r io.Reader, path string) int64 {
	out, _ := os.Create(path)
	defer out.Close()
	n, _ := io.Copy(out, r) // the caller compares the count with the size: errors are its to see
	return n
}
