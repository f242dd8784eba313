// Package jose holds hard-coded keys given to JWT and JOSE libraries.
package jose

import (
	"crypto/rsa"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"os"

	ginjwt "github.com/appleboy/gin-jwt/v2"
	cjwt "github.com/cristalhq/jwt/v4"
	jose "github.com/go-jose/go-jose/v4"
	kitjwt "github.com/go-kit/kit/auth/jwt"
	"github.com/golang-jwt/jwt/v5"
	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
	jwxjwt "github.com/lestrrat-go/jwx/v2/jwt"
	josev2 "gopkg.in/square/go-jose.v2"
)

const jwtSecret = "s3cr3t-signing-key"

func keyfunc(tok string) (*jwt.Token, error) {
	return jwt.Parse(tok, func(t *jwt.Token) (interface{}, error) {
		return []byte("s3cr3t"), nil // want `key returned by the Keyfunc of jwt\.Parse is a string literal: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
	})
}

func lookupKey(t *jwt.Token) (interface{}, error) {
	if t.Method == nil {
		return nil, errors.New("no method")
	}
	return []byte(jwtSecret), nil // want `key returned by the Keyfunc of jwt\.Parser\.ParseWithClaims is the constant jwtSecret: .* \(CL323\)`
}

func namedKeyfunc(tok string, claims jwt.MapClaims) (*jwt.Token, error) {
	return jwt.NewParser().ParseWithClaims(tok, claims, lookupKey)
}

func joseSigner() (jose.Signer, error) {
	return jose.NewSigner(jose.SigningKey{Algorithm: jose.HS256, Key: []byte("0123456789abcdef0123456789abcdef")}, nil) // want `jose\.SigningKey Key is a string literal: .* \(CL323\)`
}

func joseV2Recipient() (josev2.Encrypter, error) {
	rcpt := josev2.Recipient{Algorithm: josev2.A128KW}
	rcpt.Key = []byte("0123456789abcdef") // want `jose\.Recipient Key is a string literal: .* \(CL323\)`
	return josev2.NewEncrypter(josev2.A128GCM, rcpt, nil)
}

func gin() (*ginjwt.GinJWTMiddleware, error) {
	return ginjwt.New(&ginjwt.GinJWTMiddleware{Realm: "api", Key: []byte("secret key")}) // want `jwt\.GinJWTMiddleware Key is a string literal: .* \(CL323\)`
}

func cristal() (*cjwt.HSAlg, error) {
	return cjwt.NewSignerHS(cjwt.HS256, []byte(jwtSecret)) // want `key of jwt\.NewSignerHS is the constant jwtSecret: .* \(CL323\)`
}

func gokit() kitjwt.Middleware {
	return kitjwt.NewSigner("kid", []byte("kit-secret"), nil, nil) // want `key of jwt\.NewSigner is a string literal: .* \(CL323\)`
}

func jwx() (jwk.Key, jwxjwt.SignEncryptParseOption, error) {
	k, err := jwk.FromRaw([]byte("jwx-secret"))                      // want `key of jwk\.FromRaw is a string literal: .* \(CL323\)`
	return k, jwxjwt.WithKey(jwa.HS256, []byte("jwx-secret-2")), err // want `key of jwt\.WithKey is a string literal: .* \(CL323\)`
}

// Not findings: keys loaded at run time, through a struct too.

type settings struct{ SigningKey string }

func load() settings { return settings{SigningKey: os.Getenv("JWT_KEY")} }

func keyfuncFromEnv(tok string) (*jwt.Token, error) {
	s := load()
	return jwt.Parse(tok, func(t *jwt.Token) (interface{}, error) {
		return []byte(s.SigningKey), nil
	})
}

func joseFromEnv() (jose.Signer, error) {
	s := load()
	return jose.NewSigner(jose.SigningKey{Algorithm: jose.HS256, Key: []byte(s.SigningKey)}, nil)
}

func ginFromEnv() (*ginjwt.GinJWTMiddleware, error) {
	return ginjwt.New(&ginjwt.GinJWTMiddleware{Realm: "api", Key: []byte(os.Getenv("GIN_JWT_KEY"))})
}

func keyfuncError(tok string) (*jwt.Token, error) {
	return jwt.Parse(tok, func(t *jwt.Token) (interface{}, error) {
		return nil, errors.New("unsupported")
	})
}

// A private key embedded in the source as PEM.

const serverKeyPEM = `-----BEGIN RSA PRIVATE KEY-----
MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu
-----END RSA PRIVATE KEY-----`

const serverCertPEM = `-----BEGIN CERTIFICATE-----
MIIBhTCCASugAwIBAgIQIRi6zePL6mKjOipn+dNuaTAKBggqhkjOPQQDAjASMRAw
-----END CERTIFICATE-----`

func embeddedKey() (*rsa.PrivateKey, error) {
	block, _ := pem.Decode([]byte(serverKeyPEM))
	return x509.ParsePKCS1PrivateKey(block.Bytes) // want `private key parsed by x509\.ParsePKCS1PrivateKey is a PEM block in the constant serverKeyPEM: .* \(CL323\)`
}

func embeddedPair() (tls.Certificate, error) {
	return tls.X509KeyPair([]byte(serverCertPEM), []byte(serverKeyPEM)) // want `private key parsed by tls\.X509KeyPair is a PEM block in the constant serverKeyPEM: .* \(CL323\)`
}

// Not findings: a key read from a file, a certificate (public) parsed
// from a constant.

func keyFromFile(path string) (*rsa.PrivateKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	block, _ := pem.Decode(data)
	return x509.ParsePKCS1PrivateKey(block.Bytes)
}

func embeddedCert() (*x509.Certificate, error) {
	block, _ := pem.Decode([]byte(serverCertPEM))
	return x509.ParseCertificate(block.Bytes)
}
