// Package options_defer_on: with -errcheckcb.defer-close, cleanup is reported.
package options_defer_on

import (
	"database/sql"
	"io"
	"os"
)

func read(path string, db *sql.DB, rc io.ReadCloser) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()  // want `deferred \(\*os.File\).Close is not checked`
	defer rc.Close() // want `deferred \(io.ReadCloser\).Close is not checked`
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()             // want `deferred \(\*sql.Tx\).Rollback is not checked`
	defer os.Remove(path + ".tmp")  // want `deferred os.Remove is not checked`
	defer os.RemoveAll(path + ".d") // want `deferred os.RemoveAll is not checked`
	rc.Close()                      // want `\(io.ReadCloser\).Close is not checked`
	return tx.Commit()
}

// Cleanup before returning another error stays unreported.
func errorPath(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := f.WriteString("x"); err != nil {
		f.Close()
		os.Remove(path)
		return err
	}
	return f.Close()
}
