package crypto

import (
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"os"

	jose "github.com/go-jose/go-jose/v4"
	"github.com/golang-jwt/jwt/v5"
)

func verifyHS256(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		if t.Method != jwt.SigningMethodHS256 {
			return nil, errors.New("unexpected signing method")
		}
		return []byte("my-super-secret-jwt-key"), nil // eval want CL323
	})
}

func verifyHS256Env(raw string) (*jwt.Token, error) {
	secret := []byte(os.Getenv("JWT_SECRET"))
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		return secret, nil // eval ok CL323
	})
}

func newJOSESigner() (jose.Signer, error) {
	key := jose.SigningKey{Algorithm: jose.HS256, Key: []byte("jose-shared-secret-0123456789abcd")} // eval want CL323
	return jose.NewSigner(key, nil)
}

const demoKey = `-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj
-----END PRIVATE KEY-----`

func loadSigningKey() (any, error) {
	block, _ := pem.Decode([]byte(demoKey))
	return x509.ParsePKCS8PrivateKey(block.Bytes) // eval want CL323
}

func loadSigningKeyFile(path string) (*rsa.PrivateKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	block, _ := pem.Decode(data)
	return x509.ParsePKCS1PrivateKey(block.Bytes) // eval ok CL323
}
