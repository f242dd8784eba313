package random

import (
	"crypto/ed25519"
	"fmt"
	mrand "math/rand"
	"strings"
	"time"
)

func seedFromMathRand() ed25519.PrivateKey {
	seed := make([]byte, ed25519.SeedSize)
	mrand.Read(seed) // want `math/rand\.Read output becomes the key of ed25519\.NewKeyFromSeed: math/rand is predictable; use crypto/rand \(rand\.Text for tokens and passwords, rand\.Read for keys\) \(CL312\)`
	return ed25519.NewKeyFromSeed(seed)
}

func sprintToken() string {
	token := fmt.Sprint(mrand.Int63()) // want `math/rand\.Int63 output becomes variable token \(a token\): math/rand is predictable; use crypto/rand \(rand\.Text for tokens and passwords, rand\.Read for keys\) \(CL312\)`
	return token
}

func builderPassword(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteByte(charset[mrand.Intn(len(charset))]) // want `math/rand\.Intn output becomes the result of builderPassword \(a password\): math/rand is predictable; use crypto/rand \(rand\.Text for tokens and passwords, rand\.Read for keys\) \(CL312\)`
	}
	return b.String()
}

type user struct{ Password string }

func (u *user) SetPassword(p string) { u.Password = p }

func setterPassword(u *user) {
	u.SetPassword(fmt.Sprintf("%08d", mrand.Intn(1e8))) // want `math/rand\.Intn output becomes field Password \(a password\): math/rand is predictable; use crypto/rand \(rand\.Text for tokens and passwords, rand\.Read for keys\) \(CL312\)`
}

func salt() []byte {
	s := make([]byte, 16)
	for i := range s {
		s[i] = byte(mrand.Int()) // want `math/rand\.Int output becomes the result of salt \(a salt\): math/rand is predictable; use crypto/rand \(rand\.Text for tokens and passwords, rand\.Read for keys\) \(CL312\)`
	}
	return s
}

// Every other math/rand call, as gosec reports it.

func seedGlobal() {
	mrand.Seed(time.Now().UnixNano()) // strict want `math/rand\.Seed is not a cryptographic random source, which strict policy forbids in any role; use crypto/rand \(CL313\)`
}

func backoff(n int) time.Duration {
	return time.Duration(mrand.Int63n(int64(n))) // strict want `math/rand\.Int63n is not a cryptographic random source, which strict policy forbids in any role; use crypto/rand \(CL313\)`
}

// A name that only looks like a secret: strict reports it as any other call.

func tokenBucketJitter() time.Duration {
	return time.Duration(mrand.Intn(50)) * time.Millisecond // strict want `math/rand\.Intn is not a cryptographic random source, which strict policy forbids in any role; use crypto/rand \(CL313\)`
}
