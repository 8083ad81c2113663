package blank

import (
	"bufio"
	"crypto/aes"
	"crypto/sha256"
)

// Traps: key lengths fixed by the types or slice bounds, and a Peek
// guarded by what is buffered.
func fixedKeys(data []byte, br *bufio.Reader) error {
	sum := sha256.Sum256(data)
	a, _ := aes.NewCipher(sum[:])
	b, _ := aes.NewCipher(sum[:16])
	c, _ := aes.NewCipher([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
	if br.Buffered() > 1 {
		peek, _ := br.Peek(2)
		_ = peek
	}
	// want +2 `the error from aes.NewCipher is assigned to _`

	d, _ := aes.NewCipher(data)
	// want +2 `the error from aes.NewCipher is assigned to _`

	e, _ := aes.NewCipher(sum[:20])
	if br.Buffered() > 1 {
		// want +2 `the error from bufio.Reader.Peek is assigned to _`

		peek, _ := br.Peek(3)
		_ = peek
	}
	_, _, _, _, _ = a, b, c, d, e
	return nil
}
