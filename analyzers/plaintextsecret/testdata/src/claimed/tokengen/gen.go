// Package tokengen makes tokens in another package than the one that
// stores them, as auth helpers do.
package tokengen

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
)

// SecureToken returns random bytes in hex, or "" when the system has none.
func SecureToken(n int) string { // want SecureToken:`returns a new secret`
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return ""
	}
	return hex.EncodeToString(b)
}

// Salted mixes its parameter into random bytes: not a new secret only.
func Salted(seed string, n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return seed + hex.EncodeToString(b)
}

// Digest hashes what it is given.
func Digest(s string) string { // want Digest:`hashed result`
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}
