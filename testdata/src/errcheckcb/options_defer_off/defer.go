// Package options_defer_off: deferred cleanup is not reported by default.
package options_defer_off

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
	defer f.Close()
	defer rc.Close()
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	defer os.Remove(path + ".tmp")
	defer os.RemoveAll(path + ".d")
	rc.Close() // never written: nothing to lose
	return tx.Commit()
}
