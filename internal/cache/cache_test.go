package cache

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func open(t *testing.T) (*Cache, *bytes.Buffer) {
	t.Helper()
	t.Setenv("EXTINCT_CACHE", t.TempDir())
	var stderr bytes.Buffer
	c := Open(&stderr)
	if c == nil {
		t.Fatalf("Open: %s", stderr.String())
	}
	return c, &stderr
}

func TestPutGet(t *testing.T) {
	c, stderr := open(t)
	k := Key(sha256.Sum256([]byte("k")))
	if _, ok := c.Get(k); ok {
		t.Fatal("an empty cache has an entry")
	}
	c.Put(k, []byte("payload"))
	if data, ok := c.Get(k); !ok || string(data) != "payload" {
		t.Errorf("Get = %q, %v; want the payload", data, ok)
	}
	if stderr.Len() > 0 {
		t.Errorf("warnings: %s", stderr.String())
	}
}

// TestDamaged: a corrupt or truncated entry reads as missing, and Put
// rewrites it.
func TestDamaged(t *testing.T) {
	c, _ := open(t)
	for _, damage := range []func([]byte) []byte{
		func(b []byte) []byte { b[len(b)-1] ^= 1; return b },
		func(b []byte) []byte { return b[:len(b)-1] },
		func(b []byte) []byte { return b[:3] },
		func(b []byte) []byte { return append(b, 0) },
	} {
		k := Key(sha256.Sum256([]byte("k")))
		c.Put(k, []byte("payload"))
		data, err := os.ReadFile(c.path(k))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(c.path(k), damage(data), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, ok := c.Get(k); ok {
			t.Errorf("a damaged entry was read")
		}
		c.Put(k, []byte("payload"))
		if data, ok := c.Get(k); !ok || string(data) != "payload" {
			t.Errorf("the rewritten entry reads %q, %v", data, ok)
		}
	}
}

func TestOff(t *testing.T) {
	t.Setenv("EXTINCT_CACHE", "off")
	var stderr bytes.Buffer
	c := Open(&stderr)
	if c != nil || stderr.Len() > 0 {
		t.Fatalf("EXTINCT_CACHE=off: Open = %v, %q", c, stderr.String())
	}
	c.Put(Key{}, []byte("x")) // the nil cache stores nothing
	if _, ok := c.Get(Key{}); ok {
		t.Error("the nil cache has an entry")
	}
}

// TestUnwritable: a directory that cannot be made, or written to, gives one
// warning line however many entries are put.
func TestUnwritable(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("EXTINCT_CACHE", filepath.Join(file, "cache"))
	var stderr bytes.Buffer
	if c := Open(&stderr); c != nil || strings.Count(stderr.String(), "\n") != 1 {
		t.Errorf("Open below a file = %v, stderr %q; want nil and one line", c, stderr.String())
	}

	c, warnings := open(t)
	for i := range 256 { // the entries' directories are files
		if err := os.WriteFile(filepath.Join(c.dir, fmt.Sprintf("%02x", i)), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Go(func() { c.Put(Key(sha256.Sum256([]byte{byte(i)})), []byte("x")) })
	}
	wg.Wait()
	if n := strings.Count(warnings.String(), "\n"); n != 1 || !strings.Contains(warnings.String(), "without the cache") {
		t.Errorf("%d warning lines, want 1:\n%s", n, warnings.String())
	}
}

// TestConcurrentPut: writers of one key never leave a damaged entry.
func TestConcurrentPut(t *testing.T) {
	c, _ := open(t)
	k := Key(sha256.Sum256([]byte("k")))
	payload := bytes.Repeat([]byte("x"), 1<<20)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Go(func() {
			c.Put(k, payload)
			if data, ok := c.Get(k); !ok || !bytes.Equal(data, payload) {
				t.Errorf("a reader saw a damaged entry (%d bytes, %v)", len(data), ok)
			}
		})
	}
	wg.Wait()
}

// TestTrim: entries unused for trimAfter are removed, once a day.
func TestTrim(t *testing.T) {
	c, _ := open(t)
	old, fresh := Key(sha256.Sum256([]byte("old"))), Key(sha256.Sum256([]byte("fresh")))
	c.Put(old, []byte("x"))
	c.Put(fresh, []byte("x"))
	long := time.Now().Add(-2 * trimAfter)
	if err := os.Chtimes(c.path(old), long, long); err != nil {
		t.Fatal(err)
	}
	c.trim(time.Now()) // Open trimmed a moment ago: not again
	if _, err := os.Stat(c.path(old)); err != nil {
		t.Errorf("trimmed twice in a day: %v", err)
	}
	c.trim(time.Now().Add(2 * trimEvery))
	if _, err := os.Stat(c.path(old)); !os.IsNotExist(err) {
		t.Errorf("an entry unused for %v was kept: %v", 2*trimAfter, err)
	}
	if _, ok := c.Get(fresh); !ok {
		t.Error("a fresh entry was trimmed")
	}
}
