// Stub of github.com/kataras/jwt (v0.1.12): only what weakalgo matches,
// with the real signatures.
package jwt

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"time"
)

type (
	PrivateKey = interface{}
	PublicKey  = interface{}
)

type Alg interface {
	Name() string
	Sign(key PrivateKey, headerAndPayload []byte) ([]byte, error)
	Verify(key PublicKey, headerAndPayload []byte, signature []byte) error
}

type algHMAC struct{ name string }

func (a *algHMAC) Name() string                                                 { return a.name }
func (a *algHMAC) Sign(key PrivateKey, headerAndPayload []byte) ([]byte, error) { return nil, nil }
func (a *algHMAC) Verify(key PublicKey, headerAndPayload []byte, signature []byte) error {
	return nil
}

var (
	HS256 Alg = &algHMAC{"HS256"}
	RS256 Alg = &algHMAC{"RS256"}
)

type InjectFunc func(plainPayload []byte) ([]byte, error)

type Claims struct{}

type SignOption interface{ ApplyClaims(*Claims) }

type SignOptionFunc func(*Claims)

func (f SignOptionFunc) ApplyClaims(c *Claims) { f(c) }

func MaxAge(maxAge time.Duration) SignOptionFunc { return nil }

type TokenValidator interface {
	ValidateToken(token []byte, standardClaims Claims, err error) error
}

type HeaderValidator func(alg string, headerDecoded []byte) (Alg, PublicKey, InjectFunc, error)

type VerifiedToken struct{ Token []byte }

func (t *VerifiedToken) Claims(dest interface{}) error { return nil }

func Sign(alg Alg, key PrivateKey, claims interface{}, opts ...SignOption) ([]byte, error) {
	return nil, nil
}

func SignEncrypted(alg Alg, key PrivateKey, encrypt InjectFunc, claims interface{}, opts ...SignOption) ([]byte, error) {
	return nil, nil
}

func SignWithHeader(alg Alg, key PrivateKey, claims interface{}, customHeader interface{}, opts ...SignOption) ([]byte, error) {
	return nil, nil
}

func SignEncryptedWithHeader(alg Alg, key PrivateKey, encrypt InjectFunc, claims interface{}, customHeader interface{}, opts ...SignOption) ([]byte, error) {
	return nil, nil
}

func Verify(alg Alg, key PublicKey, token []byte, validators ...TokenValidator) (*VerifiedToken, error) {
	return nil, nil
}

func VerifyEncrypted(alg Alg, key PublicKey, decrypt InjectFunc, token []byte, validators ...TokenValidator) (*VerifiedToken, error) {
	return nil, nil
}

func VerifyWithHeaderValidator(alg Alg, key PublicKey, token []byte, headerValidator HeaderValidator, validators ...TokenValidator) (*VerifiedToken, error) {
	return nil, nil
}

func VerifyEncryptedWithHeaderValidator(alg Alg, key PublicKey, decrypt InjectFunc, token []byte, headerValidator HeaderValidator, validators ...TokenValidator) (*VerifiedToken, error) {
	return nil, nil
}

func GCM(key, additionalData []byte) (encrypt, decrypt InjectFunc, err error) { return nil, nil, nil }

// MustGenerateRandom fills its key from crypto/rand, as the real one does:
// the stub imports crypto packages, so weakalgo summarises it.
func MustGenerateRandom(n int) []byte {
	key := make([]byte, n)
	if _, err := rand.Read(key); err != nil {
		panic(err)
	}
	return key
}

func LoadHMAC(filenameOrRaw string) ([]byte, error) { return nil, nil }

type Key struct {
	ID      string
	Alg     Alg
	Public  PublicKey
	Private PrivateKey
	MaxAge  time.Duration
	Encrypt InjectFunc
	Decrypt InjectFunc
}

type Keys map[string]*Key

func (keys Keys) Register(alg Alg, kid string, pubKey PublicKey, privKey PrivateKey) {}

func ParsePrivateKeyRSA(key []byte) (*rsa.PrivateKey, error) { return nil, nil }

func ParsePrivateKeyECDSA(key []byte) (*ecdsa.PrivateKey, error) { return nil, nil }

func ParsePrivateKeyEdDSA(key []byte) (ed25519.PrivateKey, error) { return nil, nil }
