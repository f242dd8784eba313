// Package keys generates RSA keys.
package keys

import (
	"crypto/rand"
	"crypto/rsa"
)

// New makes a 2048-bit key: below the configured 3072 bits (CL314).
func New() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, 2048)
}
