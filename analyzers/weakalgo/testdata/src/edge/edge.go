package edge

import (
	"crypto/cipher"
	"crypto/md5"
	. "crypto/rsa"
	"crypto/sha256"
	"crypto/tls"
	"hash"
	"math/rand"

	legacy "crypto/des"
	crand "crypto/rand"
)

// Renamed and dot imports resolve by type identity.

func renamed(key []byte) {
	legacy.NewCipher(key) // want `des\.NewCipher uses DES: its 56-bit key can be searched exhaustively; use AES-GCM \(cipher\.NewGCM\) or chacha20poly1305 \(CL301\)`
}

func dotImport() {
	GenerateKey(crand.Reader, 1024) // want `rsa\.GenerateKey with 1024 bits is below the 2048-bit minimum; use at least 2048 \(3072 for use beyond 2030\) \(CL314\)`
}

// Type aliases.

type TLSConfig = tls.Config

func alias() *TLSConfig {
	return &TLSConfig{InsecureSkipVerify: true} // want `tls\.Config InsecureSkipVerify: true accepts any certificate for any host name, so the connection can be intercepted; remove it and trust the server's CA with RootCAs, or verify the peer in VerifyConnection \(CL317\)`
}

// Generic code: the method of the constraint is matched.

func ecbGeneric[B cipher.Block](b B, dst, src []byte) {
	for i := 0; i+16 <= len(src); i += 16 {
		b.Encrypt(dst[i:i+16], src[i:i+16]) // want `cipher\.Block\.Encrypt called block by block over src in a loop is ECB mode: equal plaintext blocks give equal ciphertext blocks; use an AEAD such as cipher\.NewGCM \(CL308\)`
	}
}

func sealGeneric[A cipher.AEAD](a A, plaintext []byte) []byte {
	nonce := make([]byte, 12)
	return a.Seal(nil, nonce, plaintext, nil) // want `nonce of cipher\.AEAD\.Seal is never filled \(all zero\): a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
}

func hashGeneric[T ~string](password T) [32]byte {
	return sha256.Sum256([]byte(password)) // want `sha256\.Sum256 hashes password-named input password: SHA-256 is a fast hash, so stolen hashes of ordinary passwords are cracked at billions of guesses per second; hash passwords with argon2\.IDKey, scrypt\.Key or bcrypt\.GenerateFromPassword \(CL306\)`
}

// Function values: a constructor held in a variable is judged at its calls;
// one stored elsewhere cannot be followed and is not a finding for hashes.

func hashValue(secret string) []byte {
	var newHash func() hash.Hash = md5.New
	h := newHash() // want `md5\.New hashes sensitive input secret: MD5 is broken \(practical collisions\) and must not protect secrets; use SHA-256 \(crypto/sha256\), or HMAC-SHA-256 for keyed digests \(CL303\)`
	h.Write([]byte(secret))
	return h.Sum(nil)
}

var registry = map[string]func() hash.Hash{"md5": md5.New, "sha256": sha256.New}

// A random value reaching a field through a method value's receiver.

type Issuer struct{ r *rand.Rand }

func (is *Issuer) RefreshToken() string {
	b := make([]byte, 16)
	is.r.Read(b) // want `math/rand\.Rand\.Read output becomes the result of RefreshToken \(a refresh token\): math/rand is predictable; use crypto/rand \(rand\.Text for tokens and passwords, rand\.Read for keys\) \(CL312\)`
	return string(b)
}
