package app

import (
	"errors"
	"net"
	"os"

	cjwt "github.com/cristalhq/jwt/v4"
	jose "github.com/go-jose/go-jose/v4"
	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/crypto/ssh"
)

// Type-checks the JOSE and JWT shapes against github.com/go-jose/go-jose/v4
// v4.1.4, github.com/cristalhq/jwt/v4 v4.0.2 and github.com/golang-jwt/jwt/v5
// v5.2.2.

func joseSigner() (jose.Signer, error) {
	return jose.NewSigner(jose.SigningKey{Algorithm: jose.HS256, Key: []byte("0123456789abcdef0123456789abcdef")}, nil) // want `jose\.SigningKey Key is a string literal: .* \(CL323\)`
}

func joseEncrypter() (jose.Encrypter, error) {
	return jose.NewEncrypter(jose.A128GCM, jose.Recipient{Algorithm: jose.A128KW, Key: []byte(os.Getenv("KEK"))}, nil)
}

func cristal() (*cjwt.HSAlg, error) {
	return cjwt.NewSignerHS(cjwt.HS256, []byte("cristal-secret")) // want `key of jwt\.NewSignerHS is a string literal: .* \(CL323\)`
}

func keyfunc(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		if t.Method != jwt.SigningMethodHS256 {
			return nil, errors.New("unexpected method")
		}
		return []byte("keyfunc-secret"), nil // want `key returned by the Keyfunc of jwt\.Parse is a string literal: .* \(CL323\)`
	})
}

func sshAcceptAll(user string) *ssh.ClientConfig {
	return &ssh.ClientConfig{
		User: user,
		HostKeyCallback: func(string, net.Addr, ssh.PublicKey) error { // want `HostKeyCallback function literal returns nil for every host key, .* \(CL322\)`
			return nil
		},
	}
}
