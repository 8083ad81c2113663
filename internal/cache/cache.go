// Package cache is extinct's persistent store of per-package results: a
// content-addressed directory of entries, each named by the hash of
// everything its content depends on (the caller computes it, as the go
// command computes its action IDs). Entries are written atomically (a
// temporary file renamed into place), so runs sharing the directory never
// see half an entry; each carries its length and checksum, so a corrupt or
// truncated one reads as missing and is written again. A directory that
// cannot be used makes the run an uncached one, with one warning line.
package cache

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// A Key names an entry: a SHA-256 hash.
type Key [sha256.Size]byte

func (k Key) String() string { return hex.EncodeToString(k[:]) }

// A Cache is an open cache directory. The nil *Cache is a valid cache that
// holds nothing and stores nothing.
type Cache struct {
	dir    string
	stderr io.Writer

	mu     sync.Mutex
	broken bool // a write failed: warned once, no more writes
}

// magic starts every entry; a new format changes it, so that old entries
// read as missing.
const magic = "extinct-cache-1\n"

// header is magic, the payload's length (8 bytes, big-endian) and its SHA-256.
const header = len(magic) + 8 + sha256.Size

// Dir returns the directory the environment selects: EXTINCT_CACHE (a path,
// or "off" for none), else extinct below the user cache directory.
func Dir() (string, error) {
	switch env := os.Getenv("EXTINCT_CACHE"); env {
	case "off":
		return "", nil
	case "":
		base, err := os.UserCacheDir()
		if err != nil {
			return "", err
		}
		return filepath.Join(base, "extinct"), nil
	default:
		return filepath.Abs(env)
	}
}

// Open opens the cache the environment selects, creating its directory.
// It returns nil when the cache is off, and when the directory cannot be
// made, having said so on stderr in one line.
func Open(stderr io.Writer) *Cache {
	dir, err := Dir()
	if err == nil && dir == "" {
		return nil
	}
	if err == nil {
		err = os.MkdirAll(dir, 0o777)
	}
	if err != nil {
		fmt.Fprintf(stderr, "extinct: cache: %v; running without the cache\n", err)
		return nil
	}
	c := &Cache{dir: dir, stderr: stderr}
	c.trim(time.Now())
	return c
}

func (c *Cache) path(k Key) string {
	name := k.String()
	return filepath.Join(c.dir, name[:2], name)
}

// Get returns the entry named k, or false if there is none or it is
// damaged.
func (c *Cache) Get(k Key) ([]byte, bool) {
	if c == nil {
		return nil, false
	}
	path := c.path(k)
	data, err := os.ReadFile(path)
	if err != nil || len(data) < header || string(data[:len(magic)]) != magic {
		return nil, false
	}
	n := binary.BigEndian.Uint64(data[len(magic):])
	payload := data[header:]
	sum := sha256.Sum256(payload)
	if n != uint64(len(payload)) || !bytes.Equal(sum[:], data[len(magic)+8:header]) {
		return nil, false
	}
	c.touch(path)
	return payload, true
}

// Put stores payload as the entry named k. A failure disables writing for
// the rest of the run, after one warning line.
func (c *Cache) Put(k Key, payload []byte) {
	if c == nil {
		return
	}
	c.mu.Lock()
	broken := c.broken
	c.mu.Unlock()
	if broken {
		return
	}
	if err := c.write(c.path(k), payload); err != nil {
		c.mu.Lock()
		defer c.mu.Unlock()
		if !c.broken {
			c.broken = true
			fmt.Fprintf(c.stderr, "extinct: cache: %v; running without the cache\n", err)
		}
	}
}

// write writes the entry to a temporary file beside path and renames it
// into place, so that a reader sees the whole entry or none.
func (c *Cache) write(path string, payload []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return err
	}
	var head [header]byte
	copy(head[:], magic)
	binary.BigEndian.PutUint64(head[len(magic):], uint64(len(payload)))
	sum := sha256.Sum256(payload)
	copy(head[len(magic)+8:], sum[:])
	_, err = f.Write(head[:])
	if err == nil {
		_, err = f.Write(payload)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name()) //nolint:errcheckcb // best effort: the write already failed
	}
	return err
}
