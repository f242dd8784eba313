// Package legacy is configured by its own .cryptolint.yaml too.
package legacy

import (
	"crypto/rand"
	"crypto/rsa"
)

// Local is not reported: loopback is false here.
const Local = "mongodb://localhost:27017/legacy"

// New is not reported: 2048 bits is this directory's minimum.
func New() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, 2048)
}

// Old is reported (CL314).
func Old() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, 1024)
}
