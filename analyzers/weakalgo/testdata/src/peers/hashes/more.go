package hashes

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"

	"golang.org/x/crypto/md4"
)

type account struct {
	Password string
	APIKey   string
}

func fieldPassword(a account) [16]byte {
	return md5.Sum([]byte(a.Password)) // want `md5\.Sum hashes password-named input Password: MD5 is a fast hash, so stolen hashes of ordinary passwords are cracked at billions of guesses per second; hash passwords with argon2\.IDKey, scrypt\.Key or bcrypt\.GenerateFromPassword \(CL306\)`
}

func fieldKey(a account) [20]byte {
	return sha1.Sum([]byte(a.APIKey)) // want `sha1\.Sum hashes sensitive input APIKey: SHA-1 is broken \(practical collisions\) and must not protect secrets; use SHA-256 \(crypto/sha256\), or HMAC-SHA-256 for keyed digests \(CL303\)`
}

func streamedPassword(password string) string {
	h := sha256.New() // want `sha256\.New hashes password-named input password: SHA-256 is a fast hash, so stolen hashes of ordinary passwords are cracked at billions of guesses per second; hash passwords with argon2\.IDKey, scrypt\.Key or bcrypt\.GenerateFromPassword \(CL306\)`
	h.Write([]byte(password))
	return hex.EncodeToString(h.Sum(nil))
}

func digest(s string) string {
	sum := sha1.Sum([]byte(s)) // want `sha1\.Sum computes a digest stored in Password: SHA-1 is a fast hash, so stolen hashes of ordinary passwords are cracked at billions of guesses per second; hash passwords with argon2\.IDKey, scrypt\.Key or bcrypt\.GenerateFromPassword \(CL306\)`
	return hex.EncodeToString(sum[:])
}

func storeHash(a *account, password string) {
	a.Password = digest(password)
}

// Debatable peer expectation: Sum appends its argument to the digest of
// nothing, so the secret is not hashed at all (a bug of another kind).

func sumAppends(secret []byte) []byte {
	return md4.New().Sum(secret) // strict want `md4\.New uses MD4, which strict policy forbids in any role; use SHA-256 \(crypto/sha256\) \(CL305\)`
}
