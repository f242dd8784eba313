package random

import (
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"fmt"
	mrand "math/rand"
	"time"
)

func deviceIdentity(deviceID string) ed25519.PrivateKey {
	seed := sha256.Sum256([]byte(fmt.Sprintf("%s-%d", deviceID, mrand.Int63()))) // eval want CL312
	return ed25519.NewKeyFromSeed(seed[:])
}

func deviceIdentitySecure() (ed25519.PrivateKey, error) {
	seed := make([]byte, ed25519.SeedSize)
	if _, err := rand.Read(seed); err != nil {
		return nil, err
	}
	return ed25519.NewKeyFromSeed(seed), nil // eval ok CL312
}

func testableKey(seed int64) (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(mrand.New(mrand.NewSource(seed)), 2048) // eval want CL312
}

func backoffDelay(attempt int) time.Duration {
	return time.Duration(attempt*100+mrand.Intn(50)) * time.Millisecond // eval ok CL312
}
