// Package configured is analyzed with the thresholds of its
// .cryptolint.yaml: RSA keys of 3072 bits, bcrypt cost 12.
package configured

import (
	"crypto/rand"
	"crypto/rsa"
)

func keys() {
	rsa.GenerateKey(rand.Reader, 2048) // want `rsa\.GenerateKey with 2048 bits is below the 3072-bit minimum; use at least 3072`
	rsa.GenerateKey(rand.Reader, 3072)
}
