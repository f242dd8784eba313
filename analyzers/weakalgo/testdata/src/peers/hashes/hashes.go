// Package hashes is the peer-style family of weak hashes (gosec G401 and
// G406, CodeQL go/weak-sensitive-data-hashing, Semgrep use-of-md5,
// use-of-sha1). gosec reports every call: those lines are reported only
// with -weakalgo.strict here; a hash of a secret or a password is
// reported by default.
package hashes

import (
	"crypto"
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"

	"golang.org/x/crypto/md4"
	"golang.org/x/crypto/ripemd160"
)

// Every call, as gosec reports it.

func fileDigest(r io.Reader) string {
	h := md5.New() // strict want `md5\.New uses MD5, which strict policy forbids in any role; use SHA-256 \(crypto/sha256\) \(CL305\)`
	io.Copy(h, r)
	return hex.EncodeToString(h.Sum(nil))
}

func etag(body []byte) string {
	return fmt.Sprintf("%x", sha1.Sum(body)) // strict want `sha1\.Sum uses SHA-1, which strict policy forbids in any role; use SHA-256 \(crypto/sha256\) \(CL305\)`
}

func legacyID(b []byte) []byte {
	h := md4.New() // strict want `md4\.New uses MD4, which strict policy forbids in any role; use SHA-256 \(crypto/sha256\) \(CL305\)`
	h.Write(b)
	return h.Sum(nil)
}

func addressHash(pub []byte) []byte {
	h := ripemd160.New() // strict want `ripemd160\.New uses RIPEMD-160, which strict policy forbids in any role; use SHA-256 \(crypto/sha256\) \(CL305\)`
	h.Write(pub)
	return h.Sum(nil)
}

func viaCryptoHash(b []byte) []byte {
	h := crypto.MD5.New() // strict want `crypto\.MD5\.New uses MD5, which strict policy forbids in any role; use SHA-256 \(crypto/sha256\) \(CL305\)`
	h.Write(b)
	return h.Sum(nil)
}

// Secrets and passwords hashed with a weak or fast hash.

func hashSecret(secret string) string {
	sum := md5.Sum([]byte(secret)) // want `md5\.Sum hashes sensitive input secret: MD5 is broken \(practical collisions\) and must not protect secrets; use SHA-256 \(crypto/sha256\), or HMAC-SHA-256 for keyed digests \(CL303\)`
	return hex.EncodeToString(sum[:])
}

func tokenDigest(apiToken []byte) []byte {
	h := sha1.New() // want `sha1\.New hashes sensitive input apiToken: SHA-1 is broken \(practical collisions\) and must not protect secrets; use SHA-256 \(crypto/sha256\), or HMAC-SHA-256 for keyed digests \(CL303\)`
	h.Write(apiToken)
	return h.Sum(nil)
}

func hashPassword(password string) string {
	sum := sha256.Sum256([]byte(password)) // want `sha256\.Sum256 hashes password-named input password: SHA-256 is a fast hash, so stolen hashes of ordinary passwords are cracked at billions of guesses per second; hash passwords with argon2\.IDKey, scrypt\.Key or bcrypt\.GenerateFromPassword \(CL306\)`
	return hex.EncodeToString(sum[:])
}

func storePw(pw string) [16]byte {
	return md5.Sum([]byte(pw)) // want `md5\.Sum hashes password-named input pw: MD5 is a fast hash, so stolen hashes of ordinary passwords are cracked at billions of guesses per second; hash passwords with argon2\.IDKey, scrypt\.Key or bcrypt\.GenerateFromPassword \(CL306\)`
}

func storePwText(pwtext []byte) [32]byte {
	return sha256.Sum256(pwtext) // want `sha256\.Sum256 hashes password-named input pwtext: SHA-256 is a fast hash, so stolen hashes of ordinary passwords are cracked at billions of guesses per second; hash passwords with argon2\.IDKey, scrypt\.Key or bcrypt\.GenerateFromPassword \(CL306\)`
}

type user struct{ PasswordHash string }

func (u *user) SetPassword(p string) { u.PasswordHash = p }

func setter(u *user, plain string) {
	sum := sha1.Sum([]byte(plain)) // want `sha1\.Sum computes a digest stored in Password: SHA-1 is a fast hash, so stolen hashes of ordinary passwords are cracked at billions of guesses per second; hash passwords with argon2\.IDKey, scrypt\.Key or bcrypt\.GenerateFromPassword \(CL306\)`
	u.SetPassword(hex.EncodeToString(sum[:]))
}

func md4Secret(secret []byte) []byte {
	h := md4.New() // want `md4\.New hashes sensitive input secret: MD4 is broken \(practical collisions\) and must not protect secrets; use SHA-256 \(crypto/sha256\), or HMAC-SHA-256 for keyed digests \(CL303\)`
	h.Write(secret)
	return h.Sum(nil)
}

// Not findings by default: HMAC with SHA-1 is still a sound PRF;
// checksums, cache keys and a password hash that goes on to a KDF.

func webhookSignature(key, body []byte) []byte {
	m := hmac.New(sha1.New, key) // ok: HMAC-SHA1 is not broken
	m.Write(body)
	return m.Sum(nil)
}

func cacheKey(query string) string {
	return fmt.Sprintf("%x", sha256.Sum256([]byte(query))) // ok: not a secret
}

func strongSecret(secret string) [32]byte {
	return sha256.Sum256([]byte(secret)) // ok: SHA-256 of a high-entropy secret
}

func passwordLength(password string) int {
	return len(password) // ok: no hash at all
}
