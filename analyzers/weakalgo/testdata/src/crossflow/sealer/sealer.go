// Package sealer wraps crypto APIs; its facts carry what its exported
// functions do with their parameters to the packages that call them.
package sealer

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"io"
)

func Seal(aead cipher.AEAD, nonce, plaintext []byte) []byte { // want Seal:`weakalgo\(param 1 -> cipher\.AEAD\.Seal arg 1\)`
	return aead.Seal(nil, nonce, plaintext, nil)
}

func Sign(key, data []byte) []byte { // want Sign:`weakalgo\(param 0 -> hmac\.New arg 1\)`
	m := hmac.New(sha256.New, key)
	m.Write(data)
	return m.Sum(nil)
}

func NewKey(bits int) (*rsa.PrivateKey, error) { // want NewKey:`weakalgo\(param 0 -> rsa\.GenerateKey arg 1\)`
	return rsa.GenerateKey(rand.Reader, bits)
}

func DefaultIV() []byte { // want DefaultIV:`weakalgo\(returns a string literal, returned by DefaultIV\)`
	return []byte("0123456789abcdef")
}

func NewCipher(key []byte) (cipher.Block, error) { // want NewCipher:`weakalgo\(param 0 -> aes\.NewCipher arg 0\)`
	return aes.NewCipher(key)
}

// Not summarised: it fills its own nonce.
func SealRandom(aead cipher.AEAD, plaintext []byte) ([]byte, error) {
	nonce := make([]byte, aead.NonceSize())
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		return nil, err
	}
	return aead.Seal(nonce, nonce, plaintext, nil), nil
}

// Buffer effects: what each function does to the buffer it is given.

func Fill(b []byte) error { // want Fill:`weakalgo\(param 0 filled by crypto/rand\)`
	_, err := io.ReadFull(rand.Reader, b)
	return err
}

func Pattern(b []byte) { // want Pattern:`weakalgo\(param 0 written with constants\)`
	for i := 0; i < len(b); i++ {
		b[i] = byte(i * 3)
	}
}

func Wipe(b []byte) { // want Wipe:`weakalgo\(param 0 zeroed\)`
	clear(b)
}

// Not summarised: it fills the buffer on one path only.
func MaybeFill(b []byte, on bool) {
	if on {
		rand.Read(b)
	}
}
