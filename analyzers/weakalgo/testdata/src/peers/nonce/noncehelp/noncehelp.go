// Package noncehelp holds nonce helpers that another package calls: one
// fills its buffer from crypto/rand, one writes a constant, one only
// zeroes it.
package noncehelp

import (
	"crypto/rand"
	"encoding/binary"
	"io"
)

// Fill fills b from crypto/rand.
func Fill(b []byte) error {
	_, err := io.ReadFull(rand.Reader, b)
	return err
}

// Counter writes a fixed pattern into b.
func Counter(b []byte) {
	for i := range b {
		b[i] = byte(i)
	}
}

// Reset zeroes b.
func Reset(b []byte) {
	clear(b)
}

// Fixed returns a nonce written in the source.
func Fixed() []byte { return []byte("static-nonce") }

// Random returns a fresh nonce of n bytes.
func Random(n int) []byte {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return b
}

// Prefixed writes a random 4-byte prefix and the counter seq into b.
func Prefixed(b []byte, seq uint64) {
	if _, err := rand.Read(b[:4]); err != nil {
		panic(err)
	}
	binary.BigEndian.PutUint64(b[4:], seq)
}
