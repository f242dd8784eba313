package random

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"fmt"
	mrand "math/rand"
)

// math/rand output that reaches a key by other routes.

func seedKey() ed25519.PrivateKey {
	seed := make([]byte, ed25519.SeedSize)
	mrand.Read(seed) // want `math/rand\.Read output becomes the key of ed25519\.NewKeyFromSeed: .* \(CL312\)`
	return ed25519.NewKeyFromSeed(seed)
}

func hashedKey() cipher.Block {
	sum := sha256.Sum256([]byte(fmt.Sprint(mrand.Int63()))) // want `math/rand\.Int63 output becomes the key of aes\.NewCipher: .* \(CL312\)`
	b, _ := aes.NewCipher(sum[:])
	return b
}

func rsaFromMathRand() (*rsa.PrivateKey, error) {
	r := mrand.New(mrand.NewSource(42))
	return rsa.GenerateKey(r, 2048) // want `rsa\.GenerateKey reads its randomness from a math/rand generator, so the key can be predicted: math/rand is predictable; use crypto/rand\.Reader \(CL312\)`
}

func ecdsaFromMathRand() (*ecdsa.PrivateKey, error) {
	return ecdsa.GenerateKey(elliptic.P256(), mrand.New(mrand.NewSource(1))) // want `ecdsa\.GenerateKey reads its randomness from a math/rand generator, so the key can be predicted: .* \(CL312\)`
}

// Not findings: crypto/rand sources, math/rand for jitter next to a key.

func rsaFromCryptoRand() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, 2048)
}

func seedFromCryptoRand() ed25519.PrivateKey {
	seed := make([]byte, ed25519.SeedSize)
	rand.Read(seed)
	return ed25519.NewKeyFromSeed(seed)
}

func jitterDigest() [32]byte {
	return sha256.Sum256([]byte(fmt.Sprint(mrand.Intn(100))))
}

type account struct{ secret string }

func (a *account) SetPassword(p string) { a.secret = p }

func resetAccountPassword(a *account) {
	a.SetPassword(fmt.Sprint(mrand.Int63())) // want `math/rand\.Int63 output becomes field Password \(a password\): .* \(CL312\)`
}
