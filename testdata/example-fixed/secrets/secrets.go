// Package secrets holds the shop's small cryptographic helpers.
package secrets

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"encoding/hex"
	mrand "math/rand"

	"go.mongodb.org/mongo-driver/v2/mongo/options"
	"golang.org/x/crypto/bcrypt"
)

// legacyKey was pasted in during an incident and never rotated.
var legacyKey = []byte("0123456789abcdef0123456789abcdef")

// HashPasswordFast is what the first version of the shop used.
func HashPasswordFast(password string) string {
	sum := sha256.Sum256([]byte(password))
	return hex.EncodeToString(sum[:])
}

// HashPassword is the replacement.
func HashPassword(password string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
}

// NewSessionID makes predictable session identifiers.
func NewSessionID() string {
	b := make([]byte, 16)
	for i := range b {
		b[i] = byte(mrand.Intn(256))
	}
	return hex.EncodeToString(b)
}

// NewToken is the replacement.
func NewToken() string { return rand.Text() }

// Seal encrypts with the hard-coded key and a nonce that never changes.
func Seal(plaintext []byte) ([]byte, error) {
	block, err := aes.NewCipher(legacyKey)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	return gcm.Seal(nil, nonce, plaintext, nil), nil
}

// SealWith is the replacement: a key from the caller, a random nonce.
func SealWith(key, plaintext []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, plaintext, nil), nil
}

// ClientOptions skips certificate checks for the analytics cluster.
func ClientOptions(uri string) *options.ClientOptions {
	return options.Client().ApplyURI(uri).SetTLSConfig(&tls.Config{InsecureSkipVerify: true})
}
