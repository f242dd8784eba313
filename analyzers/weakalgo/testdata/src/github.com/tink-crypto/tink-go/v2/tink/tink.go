// Stub of github.com/tink-crypto/tink-go/v2/tink (v2.9.0): only what weakalgo matches.
package tink

type AEAD interface {
	Encrypt(plaintext, associatedData []byte) ([]byte, error)
	Decrypt(ciphertext, associatedData []byte) ([]byte, error)
}
