package ciphers

import (
	"crypto/cipher"
	weak "crypto/des"
	"crypto/rc4"
)

func aliased(key []byte) (cipher.Block, error) {
	return weak.NewCipher(key) // want `des\.NewCipher uses DES: its 56-bit key can be searched exhaustively; use AES-GCM \(cipher\.NewGCM\) or chacha20poly1305 \(CL301\)`
}

func genericBlock[K ~[]byte](key K) (cipher.Block, error) {
	return weak.NewTripleDESCipher([]byte(key)) // want `des\.NewTripleDESCipher uses 3DES: its 64-bit block collides after about 32 GiB under one key \(Sweet32\); use AES-GCM \(cipher\.NewGCM\) or chacha20poly1305 \(CL302\)`
}

type streamer struct{ c *rc4.Cipher }

func newStreamer(key []byte) (*streamer, error) {
	c, err := rc4.NewCipher(key) // want `rc4\.NewCipher uses RC4: its keystream biases leak plaintext; use AES-GCM \(cipher\.NewGCM\) or chacha20poly1305 \(CL301\)`
	return &streamer{c}, err
}
