// Package nonce is the peer-style family of hard-coded, reused and
// unfilled IVs and nonces (gosec G407): constants through parameters,
// helpers, closures, named results, pointers and function values; fills
// that do not fill; helpers in another package.
package nonce

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"io"

	"golang.org/x/crypto/chacha20poly1305"

	"peers/nonce/noncehelp"
)

func literalNonce(aead cipher.AEAD, msg []byte) []byte {
	return aead.Seal(nil, []byte("ILoveMyNonce"), msg, nil) // want `nonce of cipher\.AEAD\.Seal is a string literal: a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
}

func literalIV(key, dst, src []byte) {
	block, _ := aes.NewCipher(key)
	iv := []byte("0123456789abcdef")
	cipher.NewCTR(block, iv).XORKeyStream(dst, src) // want `IV of cipher\.NewCTR is a string literal \(iv\): an IV repeated under one key repeats the keystream, so two ciphertexts XOR to the two plaintexts; fill a fresh IV from crypto/rand for every message \(CL311\)`
}

func byteLiteralIV(block cipher.Block, dst, src []byte) {
	iv := []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(dst, src) // want `IV of cipher\.NewCBCEncrypter is a byte literal \(iv\): a predictable CBC IV allows chosen-plaintext attacks and shows which messages share a prefix; fill a fresh IV from crypto/rand for every message \(CL311\)` `cipher\.NewCBCEncrypter encrypts without authentication: no hmac\.New or AEAD in byteLiteralIV, so the ciphertext can be changed undetected; use cipher\.NewGCM, or encrypt-then-MAC with HMAC-SHA-256 \(CL310\)`
}

func zeroIV(block cipher.Block, dst, src []byte) {
	iv := make([]byte, aes.BlockSize)
	cipher.NewOFB(block, iv).XORKeyStream(dst, src) // want `IV of cipher\.NewOFB is never filled \(all zero\): an IV repeated under one key repeats the keystream, so two ciphertexts XOR to the two plaintexts; fill a fresh IV from crypto/rand for every message \(CL311\)` `cipher\.NewOFB is deprecated since Go 1\.24: OFB is unauthenticated, so ciphertext bits can be flipped undetected; use an AEAD such as cipher\.NewGCM \(CL309\)`
}

func cfbConstant(block cipher.Block, dst, src []byte) {
	cipher.NewCFBEncrypter(block, []byte("abcdefghijklmnop")).XORKeyStream(dst, src) // want `IV of cipher\.NewCFBEncrypter is a string literal: an IV repeated under one key repeats the keystream, so two ciphertexts XOR to the two plaintexts; fill a fresh IV from crypto/rand for every message \(CL311\)` `cipher\.NewCFBEncrypter is deprecated since Go 1\.24: CFB is unauthenticated, so ciphertext bits can be flipped undetected; use an AEAD such as cipher\.NewGCM \(CL309\)`
}

func arrayNonce(aead cipher.AEAD, msg []byte) []byte {
	var nonce [12]byte
	return aead.Seal(nil, nonce[:], msg, nil) // want `nonce of cipher\.AEAD\.Seal is never filled \(all zero\): a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
}

// Through a parameter, two helpers deep.

func seal(aead cipher.AEAD, n, m []byte) []byte { return aead.Seal(nil, n, m, nil) }

func sealTwice(aead cipher.AEAD, n, m []byte) []byte { return seal(aead, n, m) }

func throughParams(aead cipher.AEAD, m []byte) []byte {
	n := []byte("fixed-nonce!")
	return sealTwice(aead, n, m) // want `nonce of cipher\.AEAD\.Seal \(reached through sealTwice\) is a string literal \(n\): a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
}

// Returned by a helper, a closure, a named result.

func staticNonce() []byte { return []byte("nonce-nonce!") }

func fromHelper(aead cipher.AEAD, m []byte) []byte {
	return aead.Seal(nil, staticNonce(), m, nil) // want `nonce of cipher\.AEAD\.Seal is a string literal, returned by staticNonce: a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
}

func fromClosure(aead cipher.AEAD, m []byte) []byte {
	mk := func() []byte { return []byte("closure-nonc") }
	return aead.Seal(nil, mk(), m, nil) // want `nonce of cipher\.AEAD\.Seal is a string literal, returned by mk: a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
}

func named() (iv []byte) {
	iv = make([]byte, 16)
	return
}

func fromNamed(block cipher.Block, dst, src []byte) {
	cipher.NewCTR(block, named()).XORKeyStream(dst, src) // want `IV of cipher\.NewCTR is never filled \(all zero\) \(iv\), returned by named: an IV repeated under one key repeats the keystream, so two ciphertexts XOR to the two plaintexts; fill a fresh IV from crypto/rand for every message \(CL311\)`
}

// Through a pointer and a function value.

func viaPointer(aead cipher.AEAD, m []byte) []byte {
	n := []byte("pointer-nonc")
	p := &n
	return aead.Seal(nil, *p, m, nil) // want `nonce of cipher\.AEAD\.Seal is a string literal \(n\): a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
}

func viaFuncValue(block cipher.Block, dst, src []byte) {
	mode := cipher.NewCBCEncrypter
	mode(block, make([]byte, 16)).CryptBlocks(dst, src) // want `IV of cipher\.NewCBCEncrypter is never filled \(all zero\): a predictable CBC IV allows chosen-plaintext attacks and shows which messages share a prefix; fill a fresh IV from crypto/rand for every message \(CL311\)` `cipher\.NewCBCEncrypter encrypts without authentication: no hmac\.New or AEAD in viaFuncValue, so the ciphertext can be changed undetected; use cipher\.NewGCM, or encrypt-then-MAC with HMAC-SHA-256 \(CL310\)`
}

// A buffer sliced from another buffer that nothing fills.

func sliced(aead cipher.AEAD, m []byte) []byte {
	buf := make([]byte, 64)
	nonce := buf[:aead.NonceSize()]
	return aead.Seal(nil, nonce, m, nil) // want `nonce of cipher\.AEAD\.Seal is never filled \(all zero\): a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
}

// Fills that do not fill.

func oneByte(block cipher.Block, dst, src []byte) {
	iv := make([]byte, 16)
	iv[15] = 1
	cipher.NewCTR(block, iv).XORKeyStream(dst, src) // want `IV of cipher\.NewCTR is never filled from crypto/rand: only constant bytes are stored in it \(iv\): an IV repeated under one key repeats the keystream, so two ciphertexts XOR to the two plaintexts; fill a fresh IV from crypto/rand for every message \(CL311\)`
}

func halfFilled(aead cipher.AEAD, m []byte) []byte {
	nonce := make([]byte, 12)
	rand.Read(nonce[:6])
	return aead.Seal(nil, nonce, m, nil) // want `nonce of cipher\.AEAD\.Seal is only partly filled by crypto/rand \(the other bytes stay zero\): a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
}

func fillAfterUse(aead cipher.AEAD, m []byte) []byte {
	nonce := make([]byte, 12)
	out := aead.Seal(nil, nonce, m, nil) // want `nonce of cipher\.AEAD\.Seal is all zero where it is used \(crypto/rand fills it only after the use\): a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
	rand.Read(nonce)
	return out
}

func fillOnOneBranch(aead cipher.AEAD, m []byte, fresh bool) []byte {
	nonce := make([]byte, 12)
	if fresh {
		rand.Read(nonce)
	}
	return aead.Seal(nil, nonce, m, nil) // want `nonce of cipher\.AEAD\.Seal is all zero on some paths \(crypto/rand fills it only on some branches before the use\): a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
}

func constFill(b []byte) {
	for i := range b {
		b[i] = 7
	}
}

func fillWithConstant(aead cipher.AEAD, m []byte) []byte {
	nonce := make([]byte, 12)
	constFill(nonce)
	return aead.Seal(nil, nonce, m, nil) // want `nonce of cipher\.AEAD\.Seal is never filled from crypto/rand: only constant bytes are stored in it \(nonce\): a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
}

// Helpers in another package.

func otherPackageCounter(aead cipher.AEAD, m []byte) []byte {
	nonce := make([]byte, 12)
	noncehelp.Counter(nonce)
	return aead.Seal(nil, nonce, m, nil) // want `nonce of cipher\.AEAD\.Seal is written with constants by noncehelp\.Counter \(nonce\): a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
}

func otherPackageReset(aead cipher.AEAD, m []byte) []byte {
	nonce := make([]byte, 12)
	noncehelp.Reset(nonce)
	return aead.Seal(nil, nonce, m, nil) // want `nonce of cipher\.AEAD\.Seal is never filled \(all zero\): a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
}

func otherPackageFixed(aead cipher.AEAD, m []byte) []byte {
	return aead.Seal(nil, noncehelp.Fixed(), m, nil) // want `nonce of cipher\.AEAD\.Seal is a string literal, returned by Fixed: a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
}

func chachaZero(key, m []byte) []byte {
	aead, _ := chacha20poly1305.New(key)
	nonce := make([]byte, chacha20poly1305.NonceSize)
	return aead.Seal(nil, nonce, m, nil) // want `nonce of cipher\.AEAD\.Seal is never filled \(all zero\): a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
}

// Not findings: nonces filled by crypto/rand in full before the use,
// nonces read back from the ciphertext to decrypt, counters with a random
// prefix, and helpers that fill.

func good(aead cipher.AEAD, m []byte) []byte {
	nonce := make([]byte, aead.NonceSize())
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		panic(err)
	}
	return aead.Seal(nonce, nonce, m, nil) // ok: random nonce
}

func goodRead(block cipher.Block, macKey, dst, src []byte) []byte {
	iv := make([]byte, aes.BlockSize)
	if _, err := rand.Read(iv); err != nil {
		return nil
	}
	cipher.NewCTR(block, iv).XORKeyStream(dst, src) // ok: random IV
	m := hmac.New(sha256.New, macKey)
	m.Write(iv)
	m.Write(dst)
	return m.Sum(nil)
}

func open(aead cipher.AEAD, ct []byte) ([]byte, error) {
	n := aead.NonceSize()
	return aead.Open(nil, ct[:n], ct[n:], nil) // ok: decryption reads the stored nonce
}

func decryptCBC(block cipher.Block, ct []byte) []byte {
	iv := ct[:aes.BlockSize]
	out := make([]byte, len(ct)-aes.BlockSize)
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(out, ct[aes.BlockSize:]) // ok: decryption
	return out
}

func prefixCounter(aead cipher.AEAD, msgs [][]byte) [][]byte {
	nonce := make([]byte, 12)
	rand.Read(nonce[:4])
	var out [][]byte
	for i, m := range msgs {
		binary.BigEndian.PutUint64(nonce[4:], uint64(i))
		out = append(out, aead.Seal(nil, nonce, m, nil)) // ok: random prefix with a counter
	}
	return out
}

func otherPackageFill(aead cipher.AEAD, m []byte) []byte {
	nonce := make([]byte, 12)
	if err := noncehelp.Fill(nonce); err != nil {
		panic(err)
	}
	return aead.Seal(nil, nonce, m, nil) // ok: the helper fills it from crypto/rand
}

func otherPackageRandom(aead cipher.AEAD, m []byte) []byte {
	return aead.Seal(nil, noncehelp.Random(12), m, nil) // ok: a fresh random nonce
}

func randomNonceGCM(block cipher.Block, m []byte) []byte {
	aead, _ := cipher.NewGCMWithRandomNonce(block)
	return aead.Seal(nil, nil, m, nil) // ok: the AEAD draws its own nonce
}

func paramNonce(aead cipher.AEAD, nonce, m []byte) []byte {
	return aead.Seal(nil, nonce, m, nil) // ok: the caller's nonce, judged at the callers
}

func fillBothBranches(aead cipher.AEAD, m []byte, fast bool) []byte {
	nonce := make([]byte, 12)
	if fast {
		rand.Read(nonce)
	} else {
		io.ReadFull(rand.Reader, nonce)
	}
	return aead.Seal(nil, nonce, m, nil) // ok: filled on every path
}
