// Package ciphers is the peer-style family of broken and legacy ciphers
// (gosec G405, CodeQL go/weak-cryptographic-algorithm, Semgrep
// use-of-DES and use-of-rc4), written for cryptolint: the shapes the
// peers document, and the decryption-only uses they disagree on.
package ciphers

import (
	"crypto/cipher"
	"crypto/des"
	"crypto/rc4"
	"io"
	"os"

	"golang.org/x/crypto/blowfish"
)

func desEncrypt(key, msg []byte) []byte {
	block, err := des.NewCipher(key) // want `des\.NewCipher uses DES: its 56-bit key can be searched exhaustively; use AES-GCM \(cipher\.NewGCM\) or chacha20poly1305 \(CL301\)`
	if err != nil {
		panic(err)
	}
	out := make([]byte, len(msg))
	iv := make([]byte, des.BlockSize)
	if _, err := io.ReadFull(os.Stdin, iv); err != nil {
		panic(err)
	}
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, msg) // want `cipher\.NewCBCEncrypter encrypts without authentication: no hmac\.New or AEAD in desEncrypt, so the ciphertext can be changed undetected; use cipher\.NewGCM, or encrypt-then-MAC with HMAC-SHA-256 \(CL310\)`
	return out
}

func tripleDES(key []byte) cipher.Block {
	b, _ := des.NewTripleDESCipher(key) // want `des\.NewTripleDESCipher uses 3DES: its 64-bit block collides after about 32 GiB under one key \(Sweet32\); use AES-GCM \(cipher\.NewGCM\) or chacha20poly1305 \(CL302\)`
	return b
}

func rc4Stream(key, dst, src []byte) {
	c, _ := rc4.NewCipher(key) // want `rc4\.NewCipher uses RC4: its keystream biases leak plaintext; use AES-GCM \(cipher\.NewGCM\) or chacha20poly1305 \(CL301\)`
	c.XORKeyStream(dst, src)
}

// The password of a user encrypted with RC4: CodeQL's sensitive-data shape.
type account struct{ Password string }

func protect(a account, key []byte) []byte {
	c, err := rc4.NewCipher(key) // want `rc4\.NewCipher uses RC4: its keystream biases leak plaintext; use AES-GCM \(cipher\.NewGCM\) or chacha20poly1305 \(CL301\)`
	if err != nil {
		return nil
	}
	out := make([]byte, len(a.Password))
	c.XORKeyStream(out, []byte(a.Password))
	return out
}

// A constructor kept in a variable, and in a table.
func viaValue(key []byte) (cipher.Block, error) {
	newBlock := des.NewCipher
	return newBlock(key) // want `des\.NewCipher uses DES: its 56-bit key can be searched exhaustively; use AES-GCM \(cipher\.NewGCM\) or chacha20poly1305 \(CL301\)`
}

var constructors = map[string]func([]byte) (cipher.Block, error){
	"des":  des.NewCipher,          // want `des\.NewCipher, taken as a function value, uses DES: its 56-bit key can be searched exhaustively; use AES-GCM \(cipher\.NewGCM\) or chacha20poly1305 \(CL301\)`
	"3des": des.NewTripleDESCipher, // want `des\.NewTripleDESCipher, taken as a function value, uses 3DES: its 64-bit block collides after about 32 GiB under one key \(Sweet32\); use AES-GCM \(cipher\.NewGCM\) or chacha20poly1305 \(CL302\)`
}

func legacyBlowfish(key []byte) (*blowfish.Cipher, error) {
	return blowfish.NewCipher(key) // want `blowfish\.NewCipher uses Blowfish: its 64-bit block collides after about 32 GiB under one key \(Sweet32\); use AES-GCM \(cipher\.NewGCM\) or chacha20poly1305 \(CL302\)`
}

// Not findings: decryption of data written by an older release, where
// the cipher cannot be chosen.

func decryptLegacy(key, iv, data []byte) []byte {
	block, err := des.NewTripleDESCipher(key) // ok: used only to decrypt legacy data
	if err != nil {
		return nil
	}
	out := make([]byte, len(data))
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(out, data) // ok: decryption
	return out
}

func readOldArchive(key, iv, data []byte) []byte {
	block, _ := des.NewCipher(key)                             // ok: used only to decrypt
	cipher.NewCFBDecrypter(block, iv).XORKeyStream(data, data) // ok: decryption
	return data
}
