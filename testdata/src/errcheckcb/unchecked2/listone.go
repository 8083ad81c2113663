package unchecked2

import (
	"bytes"
	"io"
	"os"
	"path/filepath"

	"errcheckcb/unchecked2/term"
)

// The prompt is written to the terminal handed in (the caller's stream),
// a cleanup deferred, then the terminal read.
func readKey(in, out *os.File, prompt string) (int, error) {
	out.WriteString(prompt)
	defer clearLine(out)
	return term.MakeRaw(int(in.Fd()))
}

func clearLine(out *os.File) {}

// Windows' console handle is opened in place (no O_CREATE, no O_TRUNC),
// as devices are.
func console(f func(in, out *os.File) error) error {
	out, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	defer out.Close()
	return f(out, out)
}

// The method form of a write to standard output, like fmt.Print.
func printDiff(diff []byte) error {
	os.Stdout.Write(diff)
	os.Stdout.WriteString("\n")
	return nil
}

// A pretty-printer writing into a buffer cannot fail.
type Printer struct{}

func (p *Printer) Print(buf *bytes.Buffer, v any) error { return nil }

func format(p *Printer, v any) ([]byte, error) {
	var buf bytes.Buffer
	p.Print(&buf, v)
	return buf.Bytes(), nil
}

// Options: one that never fails, one that may.
type Runner struct{ env []string }

type Option func(*Runner) error

func Env(env []string) Option {
	return func(r *Runner) error {
		r.env = env
		return nil
	}
}

func Dir(path string) Option {
	return func(r *Runner) error {
		_, err := os.Stat(path)
		return err
	}
}

func (r *Runner) Reset(dir string) error {
	if r.env == nil {
		Env(nil)(r)
	}
	Dir(dir)(r) // unchecked-any
	return nil
}

// Rendering to a writer of interface type, like fmt.Fprint to one.
func render(w io.Writer, buf *bytes.Buffer) error {
	io.Copy(w, buf)
	return nil
}

// The link made next fails too if the directory is missing, and is checked.
func link(oldname, newname string, sym bool) error {
	os.MkdirAll(filepath.Dir(newname), 0o755)
	if sym {
		return os.Symlink(oldname, newname)
	}
	return os.Link(oldname, newname)
}

// A copy into an *os.File handed in is the caller's stream, as an
// io.Writer would be; a copy into a file this function made is reported.
func save(f *os.File, buf *bytes.Buffer) error {
	io.Copy(f, buf)
	return nil
}

func saveAs(path string, buf *bytes.Buffer) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	io.Copy(f, buf) // want `io.Copy is not checked`
	return f.Close()
}

// The directory made first; a file created in it later, through a path
// derived from it, fails too if it is missing, and is checked.
func unpack(dest string, names []string) error {
	os.MkdirAll(dest, 0o755)
	for _, name := range names {
		path := filepath.Join(dest, name)
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	return nil
}

// A directory made for its own sake (an empty directory of an archive):
// its failure loses only an empty directory.
func makeDirs(dest string, dirs []string) error {
	for _, d := range dirs {
		os.MkdirAll(filepath.Join(dest, d), 0o755)
	}
	return nil
}
