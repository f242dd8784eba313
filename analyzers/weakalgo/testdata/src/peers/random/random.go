// Package random is the peer-style family of insecure randomness (gosec
// G404, CodeQL go/insecure-randomness, Semgrep math-random-used).
// gosec reports every math/rand call: those lines are reported only with
// -weakalgo.strict; math/rand output that becomes a secret is reported by
// default.
package random

import (
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	mrand "math/rand"
	mrand2 "math/rand/v2"
	"strconv"
	"time"
)

const charset = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

func generatePassword(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = charset[mrand.Intn(len(charset))] // want `math/rand\.Intn output becomes the result of generatePassword \(a password\): math/rand is predictable; use crypto/rand \(rand\.Text for tokens and passwords, rand\.Read for keys\) \(CL312\)`
	}
	return string(b)
}

func newSessionToken() string {
	return strconv.FormatInt(mrand.Int63(), 36) // want `math/rand\.Int63 output becomes the result of newSessionToken \(a session token\): math/rand is predictable; use crypto/rand \(rand\.Text for tokens and passwords, rand\.Read for keys\) \(CL312\)`
}

func resetToken() string {
	return fmt.Sprint(mrand2.Uint64()) // want `math/rand/v2\.Uint64 output becomes the result of resetToken \(a reset token\): math/rand is predictable; use crypto/rand \(rand\.Text for tokens and passwords, rand\.Read for keys\) \(CL312\)`
}

func apiKey() string {
	b := make([]byte, 16)
	mrand.Read(b) // want `math/rand\.Read output becomes the result of apiKey \(an api key\): math/rand is predictable; use crypto/rand \(rand\.Text for tokens and passwords, rand\.Read for keys\) \(CL312\)`
	return hex.EncodeToString(b)
}

func seededKey() ed25519.PrivateKey {
	seed := make([]byte, ed25519.SeedSize)
	r := mrand.New(mrand.NewSource(time.Now().UnixNano())) // strict want `math/rand\.NewSource is not a cryptographic random source, which strict policy forbids in any role; use crypto/rand \(CL313\)`
	r.Read(seed)                                           // want `math/rand\.Rand\.Read output becomes the key of ed25519\.NewKeyFromSeed: math/rand is predictable; use crypto/rand \(rand\.Text for tokens and passwords, rand\.Read for keys\) \(CL312\)`
	return ed25519.NewKeyFromSeed(seed)
}

func hashedToken() string {
	sum := sha256.Sum256([]byte(strconv.Itoa(mrand.Int()))) // want `math/rand\.Int output becomes the result of hashedToken \(a token\): math/rand is predictable; use crypto/rand \(rand\.Text for tokens and passwords, rand\.Read for keys\) \(CL312\)`
	return hex.EncodeToString(sum[:])
}

func hashedBucket() string {
	sum := sha256.Sum256([]byte(strconv.Itoa(mrand.Int()))) // strict want `math/rand\.Int is not a cryptographic random source, which strict policy forbids in any role; use crypto/rand \(CL313\)`
	return hex.EncodeToString(sum[:4])
}

func encryptionKey() []byte {
	key := make([]byte, 32)
	for i := range key {
		key[i] = byte(mrand2.IntN(256)) // want `math/rand/v2\.IntN output becomes the result of encryptionKey \(an encryption key\): math/rand is predictable; use crypto/rand \(rand\.Text for tokens and passwords, rand\.Read for keys\) \(CL312\)`
	}
	return key
}

func signWithRandomKey(msg []byte) []byte {
	k := []byte(strconv.Itoa(mrand.Int())) // want `math/rand\.Int output becomes the key of hmac\.New: math/rand is predictable; use crypto/rand \(rand\.Text for tokens and passwords, rand\.Read for keys\) \(CL312\)`
	m := hmac.New(sha256.New, k)
	m.Write(msg)
	return m.Sum(nil)
}

type verification struct {
	Email     string
	Code      string
	ExpiresAt time.Time
}

func newVerification(email string) verification {
	return verification{Email: email, Code: fmt.Sprintf("%06d", mrand.Intn(1000000)), ExpiresAt: time.Now().Add(time.Hour)} // want `math/rand\.Intn output becomes field Code \(a verification code\): math/rand is predictable; use crypto/rand \(rand\.Text for tokens and passwords, rand\.Read for keys\) \(CL312\)`
}

// Every other math/rand call, as gosec reports it.

func jitter() time.Duration {
	return time.Duration(mrand.Intn(100)) * time.Millisecond // strict want `math/rand\.Intn is not a cryptographic random source, which strict policy forbids in any role; use crypto/rand \(CL313\)`
}

func shuffle(xs []string) {
	mrand.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] }) // strict want `math/rand\.Shuffle is not a cryptographic random source, which strict policy forbids in any role; use crypto/rand \(CL313\)`
}

func pickServer(servers []string) string {
	return servers[mrand2.IntN(len(servers))] // strict want `math/rand/v2\.IntN is not a cryptographic random source, which strict policy forbids in any role; use crypto/rand \(CL313\)`
}

func sample() float64 {
	return mrand.Float64() // strict want `math/rand\.Float64 is not a cryptographic random source, which strict policy forbids in any role; use crypto/rand \(CL313\)`
}

// Not findings: crypto/rand.

func goodToken() string {
	b := make([]byte, 32)
	rand.Read(b) // ok: crypto/rand
	return hex.EncodeToString(b)
}

func goodPassword() string {
	return rand.Text() // ok: crypto/rand
}

func retryDelay(attempt int) time.Duration {
	return time.Duration(attempt) * time.Second // ok: no randomness
}
