// Package app type-checks against the real golang.org/x/crypto v0.54.0 and
// github.com/golang-jwt/jwt/v5 v5.2.2, so the stubs' signatures are checked
// against the modules they copy.
package app

import (
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"io"
	"os"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/bcrypt"
	"golang.org/x/crypto/blowfish"
	"golang.org/x/crypto/chacha20poly1305"
	"golang.org/x/crypto/md4"
	_ "golang.org/x/crypto/openpgp" // want `golang\.org/x/crypto/openpgp is deprecated and unmaintained, with known weaknesses that will not be fixed; use a maintained OpenPGP library such as github\.com/ProtonMail/go-crypto \(CL321\)`
	"golang.org/x/crypto/pbkdf2"
	"golang.org/x/crypto/scrypt"
	"golang.org/x/crypto/sha3"
	"golang.org/x/crypto/ssh"
	"golang.org/x/crypto/xtea"
)

func passwords(password, salt []byte) {
	bcrypt.GenerateFromPassword(password, 8)            // want `bcrypt\.GenerateFromPassword with cost 8 is below the minimum of 10: each step down halves the work of cracking the hashes; use bcrypt\.DefaultCost \(10\) or more \(CL307\)`
	pbkdf2.Key(password, salt, 10_000, 32, sha256.New)  // want `pbkdf2\.Key with 10000 iterations of HMAC-SHA-256 is below the OWASP minimum of 600000; use at least 600000, or hash passwords with argon2\.IDKey \(CL307\)`
	scrypt.Key(password, salt, 16384, 8, 1, 32)         // want `scrypt\.Key with N=16384, r=8, p=1 is below the OWASP minimum of N=2\^17, r=8, p=1 \(or an equivalent such as N=2\^16 with p=2\); use N=131072, r=8 \(CL307\)`
	argon2.IDKey(password, salt, 1, 16*1024, 1, 32)     // want `argon2\.IDKey with time=1 and memory=16384 KiB is below the OWASP minimum \(19456 KiB with time=2, or 47104 KiB with time=1\); raise memory or passes \(CL307\)`
	argon2.IDKey(password, salt, 1, 64*1024, 4, 32)     // ok
	pbkdf2.Key(password, salt, 1_300_000, 32, sha1.New) // ok
	_ = sha3.Sum256(password)                           // want `sha3\.Sum256 hashes password-named input password: SHA3-256 is a fast hash, so stolen hashes of ordinary passwords are cracked at billions of guesses per second; hash passwords with argon2\.IDKey, scrypt\.Key or bcrypt\.GenerateFromPassword \(CL306\)`
}

func ciphers(key []byte) {
	blowfish.NewCipher(key) // want `blowfish\.NewCipher uses Blowfish: its 64-bit block collides after about 32 GiB under one key \(Sweet32\); use AES-GCM \(cipher\.NewGCM\) or chacha20poly1305 \(CL302\)`
	c, _ := xtea.NewCipher(key)
	out := make([]byte, xtea.BlockSize)
	c.Decrypt(out, key) // decryption only: no finding for xtea.NewCipher
}

func digests(secret []byte) []byte {
	h := md4.New() // want `md4\.New hashes sensitive input secret: MD4 is broken \(practical collisions\) and must not protect secrets; use SHA-256 \(crypto/sha256\), or HMAC-SHA-256 for keyed digests \(CL303\)`
	h.Write(secret)
	return h.Sum(nil)
}

func seal(key, plaintext []byte) ([]byte, error) {
	aead, err := chacha20poly1305.NewX(key)
	if err != nil {
		return nil, err
	}
	var nonce [chacha20poly1305.NonceSizeX]byte
	bad := aead.Seal(nil, nonce[:], plaintext, nil) // want `nonce of cipher\.AEAD\.Seal is never filled \(all zero\): a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
	good := make([]byte, aead.NonceSize())
	if _, err := io.ReadFull(rand.Reader, good); err != nil {
		return nil, err
	}
	return append(bad, aead.Seal(good, good, plaintext, nil)...), nil
}

func sshClient() *ssh.ClientConfig {
	return &ssh.ClientConfig{User: "ci", HostKeyCallback: ssh.InsecureIgnoreHostKey()} // want `ssh\.InsecureIgnoreHostKey accepts any server host key, so the SSH connection can be intercepted; verify host keys with knownhosts\.New or ssh\.FixedHostKey \(CL322\)`
}

func token(claims jwt.MapClaims) (string, string) {
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	bad, _ := t.SignedString([]byte("hunter2-jwt-secret")) // want `key of jwt\.Token\.SignedString is a string literal: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
	good, _ := t.SignedString([]byte(os.Getenv("JWT_SECRET")))
	none, _ := jwt.NewWithClaims(jwt.SigningMethodNone, claims).SignedString(jwt.UnsafeAllowNoneSignatureType)
	return bad, good + none
}
