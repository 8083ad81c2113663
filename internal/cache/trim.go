package cache

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// As in the go command's cache: an entry's modification time is its last
// use (refreshed at most once an hour, to spare writes), and once a day the
// entries unused for five days are removed, so that the directory does not
// grow without bound.
const (
	touchEvery = time.Hour
	trimEvery  = 24 * time.Hour
	trimAfter  = 5 * 24 * time.Hour
)

// touch records a use of the entry at path.
func (c *Cache) touch(path string) {
	now := time.Now()
	if info, err := os.Stat(path); err == nil && now.Sub(info.ModTime()) > touchEvery {
		os.Chtimes(path, now, now) //nolint:errcheckcb // a missed touch only makes the entry expire sooner
	}
}

// trim removes entries unused for trimAfter, at most once per trimEvery
// (trim.txt holds the time of the last trim).
func (c *Cache) trim(now time.Time) {
	stamp := filepath.Join(c.dir, "trim.txt")
	if data, err := os.ReadFile(stamp); err == nil {
		if sec, err := strconv.ParseInt(strings.TrimSpace(string(data)), 10, 64); err == nil && now.Sub(time.Unix(sec, 0)) < trimEvery {
			return
		}
	}
	// Write the stamp first: two runs that start together trim once.
	if err := os.WriteFile(stamp, []byte(strconv.FormatInt(now.Unix(), 10)+"\n"), 0o666); err != nil {
		return // an unwritable cache: Put warns
	}
	dirs, err := os.ReadDir(c.dir)
	if err != nil {
		return
	}
	for _, d := range dirs {
		if !d.IsDir() || len(d.Name()) != 2 {
			continue
		}
		sub := filepath.Join(c.dir, d.Name())
		entries, err := os.ReadDir(sub)
		if err != nil {
			continue
		}
		for _, e := range entries {
			info, err := e.Info()
			// A temporary file older than a day was left by a run that died.
			old := err == nil && (now.Sub(info.ModTime()) > trimAfter || strings.HasPrefix(e.Name(), ".tmp-") && now.Sub(info.ModTime()) > trimEvery)
			if old {
				os.Remove(filepath.Join(sub, e.Name())) //nolint:errcheckcb // another run may have removed it
			}
		}
	}
}
