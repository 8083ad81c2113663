package unchecked2

import (
	"os"
	"os/exec"
)

// A written file that the function removes when it returns (a deferred
// os.Remove of its name or path) is temporary: used by name while the
// function runs, gone after, so its Close loses nothing that outlives the
// function (traps). Removed only on a failure path, it is output
// (positive).

// Trap: two diff inputs, closed and removed on return.
func unifiedDiff(a, b []byte) ([]byte, error) {
	f1, err := os.CreateTemp("", "a")
	if err != nil {
		return nil, err
	}
	defer os.Remove(f1.Name())
	defer f1.Close()
	if _, err := f1.Write(a); err != nil {
		return nil, err
	}
	return exec.Command("diff", "-u", f1.Name(), "/dev/null").CombinedOutput()
}

// Trap: a binary written, closed and run to ask its version; the deferred
// literal removes it by the path it was opened by.
func probeVersion(path string, bin []byte) (string, error) {
	out, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o755)
	if err != nil {
		return "", err
	}
	defer func() {
		os.Remove(path)
	}()
	if _, err := out.Write(bin); err != nil {
		return "", err
	}
	out.Close()
	v, err := exec.Command(path, "version").Output()
	return string(v), err
}

// Trap: a log unlinked at once after the deferred Close: a child writes
// it through its descriptor.
func startLogged(logPath string, cmd *exec.Cmd) error {
	logFile, err := os.Create(logPath)
	if err != nil {
		return err
	}
	defer logFile.Close()
	if err := os.Remove(logPath); err != nil {
		return err
	}
	cmd.Stdout = logFile
	return cmd.Start()
}

// Positive: removed only when the copy fails; kept on success.
func keepUnlessFailed(path string, data []byte) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			os.Remove(path)
		}
	}()
	defer f.Close() // want `deferred \(\*os.File\).Close is not checked`
	_, err = f.Write(data)
	return err
}
