package iv

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"io"
	mrand "math/rand"

	"golang.org/x/crypto/chacha20poly1305"
)

var staticNonce = []byte("0123456789ab")

const ivText = "fedcba9876543210"

func sealStatic(aead cipher.AEAD, plaintext []byte) []byte {
	return aead.Seal(nil, staticNonce, plaintext, nil) // want `nonce of cipher\.AEAD\.Seal is a string literal \(staticNonce\): a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
}

func sealZero(aead cipher.AEAD, plaintext []byte) []byte {
	nonce := make([]byte, aead.NonceSize())
	return aead.Seal(nil, nonce, plaintext, nil) // want `nonce of cipher\.AEAD\.Seal is never filled \(all zero\): a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
}

func sealZeroArray(key, plaintext []byte) []byte {
	aead, _ := chacha20poly1305.New(key)
	var nonce [chacha20poly1305.NonceSize]byte
	return aead.Seal(nil, nonce[:], plaintext, nil) // want `nonce of cipher\.AEAD\.Seal is never filled \(all zero\): a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
}

func sealMathRand(aead cipher.AEAD, plaintext []byte) []byte {
	nonce := make([]byte, aead.NonceSize())
	mrand.Read(nonce)
	return aead.Seal(nonce, nonce, plaintext, nil) // want `nonce of cipher\.AEAD\.Seal is filled by math/rand, which is predictable: a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
}

func cbcConstantIV(block cipher.Block, dst, src []byte) {
	cipher.NewCBCEncrypter(block, []byte(ivText)).CryptBlocks(dst, src) // want `IV of cipher\.NewCBCEncrypter is the constant ivText: a predictable CBC IV allows chosen-plaintext attacks and shows which messages share a prefix; fill a fresh IV from crypto/rand for every message \(CL311\)` `cipher\.NewCBCEncrypter encrypts without authentication: no hmac\.New or AEAD in cbcConstantIV, so the ciphertext can be changed undetected; use cipher\.NewGCM, or encrypt-then-MAC with HMAC-SHA-256 \(CL310\)`
}

func cbcLiteral(block cipher.Block, dst, src []byte) {
	iv := []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(dst, src) // want `IV of cipher\.NewCBCEncrypter is a byte literal \(iv\): a predictable CBC IV allows chosen-plaintext attacks and shows which messages share a prefix; fill a fresh IV from crypto/rand for every message \(CL311\)` `cipher\.NewCBCEncrypter encrypts without authentication: no hmac\.New or AEAD in cbcLiteral, so the ciphertext can be changed undetected; use cipher\.NewGCM, or encrypt-then-MAC with HMAC-SHA-256 \(CL310\)`
}

// The classic mistake: the IV is the head of the output buffer, which is
// never filled before use.
func cbcUnfilledHead(key, plaintext []byte) []byte {
	block, _ := aes.NewCipher(key)
	ciphertext := make([]byte, aes.BlockSize+len(plaintext))
	iv := ciphertext[:aes.BlockSize]
	mode := cipher.NewCBCEncrypter(block, iv) // want `IV of cipher\.NewCBCEncrypter is never filled \(all zero\): a predictable CBC IV allows chosen-plaintext attacks and shows which messages share a prefix; fill a fresh IV from crypto/rand for every message \(CL311\)` `cipher\.NewCBCEncrypter encrypts without authentication: no hmac\.New or AEAD in cbcUnfilledHead, so the ciphertext can be changed undetected; use cipher\.NewGCM, or encrypt-then-MAC with HMAC-SHA-256 \(CL310\)`
	mode.CryptBlocks(ciphertext[aes.BlockSize:], plaintext)
	return ciphertext
}

func cbcCounter(block cipher.Block, seq uint64, dst, src []byte) {
	iv := make([]byte, aes.BlockSize)
	binary.BigEndian.PutUint64(iv[8:], seq)
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(dst, src) // want `IV of cipher\.NewCBCEncrypter is a counter written with encoding/binary: a predictable CBC IV allows chosen-plaintext attacks and shows which messages share a prefix; fill a fresh IV from crypto/rand for every message \(CL311\)` `cipher\.NewCBCEncrypter encrypts without authentication: no hmac\.New or AEAD in cbcCounter, so the ciphertext can be changed undetected; use cipher\.NewGCM, or encrypt-then-MAC with HMAC-SHA-256 \(CL310\)`
}

func ctrZero(block cipher.Block, data []byte) {
	iv := make([]byte, aes.BlockSize)
	cipher.NewCTR(block, iv).XORKeyStream(data, data) // want `IV of cipher\.NewCTR is never filled \(all zero\): an IV repeated under one key repeats the keystream, so two ciphertexts XOR to the two plaintexts; fill a fresh IV from crypto/rand for every message \(CL311\)`
}

// Not findings: crypto/rand nonces, counters for an AEAD, decryption,
// buffers filled elsewhere, random-nonce AEADs.

func sealRandom(aead cipher.AEAD, plaintext []byte) ([]byte, error) {
	nonce := make([]byte, aead.NonceSize(), aead.NonceSize()+len(plaintext)+aead.Overhead())
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		return nil, err
	}
	return aead.Seal(nonce, nonce, plaintext, nil), nil
}

func sealRandRead(aead cipher.AEAD, plaintext []byte) []byte {
	nonce := make([]byte, 12)
	rand.Read(nonce)
	return aead.Seal(nil, nonce, plaintext, nil)
}

func sealCounter(aead cipher.AEAD, seq uint64, plaintext []byte) []byte {
	nonce := make([]byte, aead.NonceSize())
	binary.LittleEndian.PutUint64(nonce, seq)
	return aead.Seal(nil, nonce, plaintext, nil)
}

func openStatic(aead cipher.AEAD, ciphertext []byte) ([]byte, error) {
	return aead.Open(nil, staticNonce, ciphertext, nil)
}

func cbcDecryptStatic(block cipher.Block, dst, src []byte) {
	cipher.NewCBCDecrypter(block, []byte(ivText)).CryptBlocks(dst, src)
}

func decryptCTR(block cipher.Block, data []byte) {
	iv := make([]byte, aes.BlockSize)
	cipher.NewCTR(block, iv).XORKeyStream(data, data)
}

func sealFilledByHelper(aead cipher.AEAD, plaintext []byte) []byte {
	nonce := make([]byte, aead.NonceSize())
	fillNonce(nonce)
	return aead.Seal(nil, nonce, plaintext, nil)
}

func fillNonce(b []byte) { rand.Read(b) }

func sealRandomNonceAEAD(block cipher.Block, plaintext []byte) []byte {
	aead, _ := cipher.NewGCMWithRandomNonce(block)
	return aead.Seal(nil, nil, plaintext, nil)
}

func sealNonceFromCaller(aead cipher.AEAD, nonce, plaintext []byte) []byte {
	return aead.Seal(nil, nonce, plaintext, nil)
}

func sealCopied(aead cipher.AEAD, src, plaintext []byte) []byte {
	nonce := make([]byte, 12)
	copy(nonce, src)
	return aead.Seal(nil, nonce, plaintext, nil)
}

// The IV is the head of the key: the same for every message, and public.
func cbcKeyAsIV(key, dst, src []byte) {
	block, _ := aes.NewCipher(key)
	iv := key[:aes.BlockSize]
	mac := hmac.New(sha256.New, key)
	_ = mac
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(dst, src) // want `IV of cipher\.NewCBCEncrypter is taken from the key key: it is the same for every message under that key, and it travels with the ciphertext, so it discloses key bytes; fill a fresh IV or nonce from crypto/rand for every message \(CL311\)`
}

// The nonce is the key itself.
func gcmKeyAsNonce(key, plaintext []byte) []byte {
	block, _ := aes.NewCipher(key)
	aead, _ := cipher.NewGCM(block)
	return aead.Seal(nil, key[:aead.NonceSize()], plaintext, nil) // want `nonce of cipher\.AEAD\.Seal is taken from the key key: it is the same for every message under that key, and it travels with the ciphertext, so it discloses key bytes; fill a fresh IV or nonce from crypto/rand for every message \(CL311\)`
}

// Key and IV cut from different parts of one derived buffer: not the key.
func cbcSplitSecret(secret, dst, src []byte) {
	block, _ := aes.NewCipher(secret[:32])
	iv := secret[32:48]
	mac := hmac.New(sha256.New, secret[48:])
	_ = mac
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(dst, src)
}

// A key variable that is not this cipher's key in this function: an IV
// from crypto/rand is fine whatever the other variables are.
func cbcRandomIV(key, dst, src []byte) {
	block, _ := aes.NewCipher(key)
	iv := make([]byte, aes.BlockSize)
	io.ReadFull(rand.Reader, iv)
	mac := hmac.New(sha256.New, key)
	_ = mac
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(dst, src)
}
