// Package progress has an io.Writer that prints its progress: a terminal
// display, whose package's other status lines are deliberate too.
package progress

import "fmt"

type Writer struct{ written, size int64 }

func (w *Writer) Write(p []byte) (int, error) {
	w.written += int64(len(p))
	fmt.Printf("%d%%\r", w.written*100/w.size)
	return len(p), nil
}

func (w *Writer) Close() error {
	fmt.Println() // finish the progress line
	return nil
}

func Download(url string) error {
	fmt.Printf("downloading from %s\n", url)
	return nil
}
