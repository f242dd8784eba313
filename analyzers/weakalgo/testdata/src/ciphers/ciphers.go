package ciphers

import (
	"crypto/cipher"
	"crypto/des"
	"crypto/rc4"

	"golang.org/x/crypto/blowfish"
	"golang.org/x/crypto/cast5"
	"golang.org/x/crypto/tea"
	"golang.org/x/crypto/xtea"
)

func encryptDES(key, iv, data []byte) []byte {
	block, err := des.NewCipher(key) // want `des\.NewCipher uses DES: its 56-bit key can be searched exhaustively; use AES-GCM \(cipher\.NewGCM\) or chacha20poly1305 \(CL301\)`
	if err != nil {
		return nil
	}
	out := make([]byte, len(data))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, data) // want `cipher\.NewCBCEncrypter encrypts without authentication: no hmac\.New or AEAD in encryptDES, so the ciphertext can be changed undetected; use cipher\.NewGCM, or encrypt-then-MAC with HMAC-SHA-256 \(CL310\)`
	return out
}

func encrypt3DES(key []byte) cipher.Block {
	b, _ := des.NewTripleDESCipher(key) // want `des\.NewTripleDESCipher uses 3DES: its 64-bit block collides after about 32 GiB under one key \(Sweet32\); use AES-GCM \(cipher\.NewGCM\) or chacha20poly1305 \(CL302\)`
	return b
}

func rc4Stream(key, data []byte) {
	c, _ := rc4.NewCipher(key) // want `rc4\.NewCipher uses RC4: its keystream biases leak plaintext; use AES-GCM \(cipher\.NewGCM\) or chacha20poly1305 \(CL301\)`
	c.XORKeyStream(data, data)
}

func others(key []byte) {
	bf, _ := blowfish.NewCipher(key) // want `blowfish\.NewCipher uses Blowfish: its 64-bit block collides after about 32 GiB under one key \(Sweet32\); use AES-GCM \(cipher\.NewGCM\) or chacha20poly1305 \(CL302\)`
	bf.Encrypt(key, key)
	c5, _ := cast5.NewCipher(key) // want `cast5\.NewCipher uses CAST5: its 64-bit block collides after about 32 GiB under one key \(Sweet32\); use AES-GCM \(cipher\.NewGCM\) or chacha20poly1305 \(CL302\)`
	c5.Encrypt(key, key)
	t, _ := tea.NewCipher(key) // want `tea\.NewCipher uses TEA: it has equivalent keys, related-key attacks and a 64-bit block; use AES-GCM \(cipher\.NewGCM\) or chacha20poly1305 \(CL302\)`
	t.Encrypt(key, key)
	xt, _ := xtea.NewCipher(key) // want `xtea\.NewCipher uses XTEA: its 64-bit block collides after about 32 GiB under one key \(Sweet32\); use AES-GCM \(cipher\.NewGCM\) or chacha20poly1305 \(CL302\)`
	xt.Encrypt(key, key)
	salted, _ := blowfish.NewSaltedCipher(key, key) // ok: the EksBlowfish key setup of bcrypt-style password hashing
	_ = salted
}

// Decryption of legacy data is not a finding.

func decryptLegacyDES(key, iv, data []byte) ([]byte, error) {
	block, err := des.NewTripleDESCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(data))
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(out, data)
	return out, nil
}

func decryptBlowfishBlock(key, data []byte) []byte {
	bf, err := blowfish.NewCipher(key)
	if err != nil || bf == nil {
		return nil
	}
	out := make([]byte, blowfish.BlockSize)
	bf.Decrypt(out, data)
	return out
}

func decryptRC4(key, data []byte) {
	c, _ := rc4.NewCipher(key)
	c.XORKeyStream(data, data) // symmetric: decryption inside a decrypt-named function
}

func decryptLegacyGCM(key, nonce, data []byte) ([]byte, error) {
	block, _ := xtea.NewCipher(key) // an AEAD only used to Open
	aead, err := cipher.NewGCMWithNonceSize(block, 8)
	if err != nil {
		return nil, err
	}
	return aead.Open(nil, nonce, data, nil)
}

// A function value cannot be followed: it is reported where it is taken.

var legacyCiphers = map[string]func([]byte) (cipher.Block, error){
	"des": des.NewCipher, // want `des\.NewCipher, taken as a function value, uses DES: its 56-bit key can be searched exhaustively; use AES-GCM \(cipher\.NewGCM\) or chacha20poly1305 \(CL301\)`
	"tea": tea.NewCipher, // want `tea\.NewCipher, taken as a function value, uses TEA: it has equivalent keys, related-key attacks and a 64-bit block; use AES-GCM \(cipher\.NewGCM\) or chacha20poly1305 \(CL302\)`
}

func viaValue(key []byte) {
	newCipher := des.NewTripleDESCipher
	b, _ := newCipher(key) // want `des\.NewTripleDESCipher uses 3DES: its 64-bit block collides after about 32 GiB under one key \(Sweet32\); use AES-GCM \(cipher\.NewGCM\) or chacha20poly1305 \(CL302\)`
	_ = b
}
