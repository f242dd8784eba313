// Package jwt is the peer-style family of hard-coded JWT and JOSE keys
// (CodeQL go/hardcoded-key and its JWT sinks, Semgrep jwt-go
// hardcoded-jwt-key, gosec G101 on keys given to signers): golang-jwt,
// go-jose v2 and v4, jwx, gin-jwt, cristalhq, go-kit and kataras/jwt;
// keyfuncs that return a constant; gf-jwt and iris (gfiris.go).
package jwt

import (
	"errors"
	"os"

	ginjwt "github.com/appleboy/gin-jwt/v2"
	cjwt "github.com/cristalhq/jwt/v4"
	jose "github.com/go-jose/go-jose/v4"
	kitjwt "github.com/go-kit/kit/auth/jwt"
	gjwt "github.com/golang-jwt/jwt/v5"
	kjwt "github.com/kataras/jwt"
	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
	jwxjwt "github.com/lestrrat-go/jwx/v2/jwt"
	josev2 "gopkg.in/square/go-jose.v2"
)

const signingSecret = "my-very-secret-signing-key"

var sharedKey = []byte("shared-hmac-key")

func golangJWT(claims gjwt.MapClaims) (string, error) {
	tok := gjwt.NewWithClaims(gjwt.SigningMethodHS256, claims)
	return tok.SignedString([]byte(signingSecret)) // want `key of jwt\.Token\.SignedString is the constant signingSecret: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
}

func golangJWTVar(claims gjwt.MapClaims) (string, error) {
	return gjwt.NewWithClaims(gjwt.SigningMethodHS256, claims).SignedString(sharedKey) // want `key of jwt\.Token\.SignedString is a string literal \(sharedKey\): anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
}

func keyfuncLiteral(tok string) (*gjwt.Token, error) {
	return gjwt.Parse(tok, func(*gjwt.Token) (interface{}, error) {
		return []byte("keyfunc-secret"), nil // want `key returned by the Keyfunc of jwt\.Parse is a string literal: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
	})
}

func constantKey(*gjwt.Token) (interface{}, error) { return sharedKey, nil } // want `key returned by the Keyfunc of jwt\.ParseWithClaims is a string literal \(sharedKey\): anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`

func keyfuncNamed(tok string, c gjwt.MapClaims) (*gjwt.Token, error) {
	return gjwt.ParseWithClaims(tok, c, constantKey)
}

func joseSign() (jose.Signer, error) {
	key := jose.SigningKey{Algorithm: jose.HS256, Key: []byte(signingSecret)} // want `jose\.SigningKey Key is the constant signingSecret: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
	return jose.NewSigner(key, nil)
}

func joseV2Encrypt() (josev2.Encrypter, error) {
	return josev2.NewEncrypter(josev2.A128GCM, josev2.Recipient{Algorithm: josev2.A128KW, Key: sharedKey}, nil) // want `jose\.Recipient Key is a string literal \(sharedKey\): anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
}

func jwxKey() (jwk.Key, error) {
	return jwk.FromRaw([]byte(signingSecret)) // want `key of jwk\.FromRaw is the constant signingSecret: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
}

func jwxParse() jwxjwt.SignEncryptParseOption {
	return jwxjwt.WithKey(jwa.HS256, sharedKey) // want `key of jwt\.WithKey is a string literal \(sharedKey\): anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
}

func gin() (*ginjwt.GinJWTMiddleware, error) {
	mw := &ginjwt.GinJWTMiddleware{Realm: "zone"}
	mw.Key = []byte(signingSecret) // want `jwt\.GinJWTMiddleware Key is the constant signingSecret: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
	return ginjwt.New(mw)
}

func cristal() (*cjwt.HSAlg, error) {
	return cjwt.NewVerifierHS(cjwt.HS256, sharedKey) // want `key of jwt\.NewVerifierHS is a string literal \(sharedKey\): anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
}

func kit() kitjwt.Middleware {
	return kitjwt.NewSigner("kid", []byte(signingSecret), nil, nil) // want `key of jwt\.NewSigner is the constant signingSecret: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
}

func kataras(claims any) ([]byte, error) {
	return kjwt.Sign(kjwt.HS256, []byte(signingSecret), claims) // want `key of jwt\.Sign is the constant signingSecret: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
}

func katarasVerify(token []byte) (*kjwt.VerifiedToken, error) {
	return kjwt.Verify(kjwt.HS256, sharedKey, token) // want `key of jwt\.Verify is a string literal \(sharedKey\): anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
}

func katarasEncrypted(claims any) ([]byte, error) {
	enc, _, err := kjwt.GCM([]byte("0123456789abcdef0123456789abcdef"), nil) // want `key of jwt\.GCM is a string literal: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
	if err != nil {
		return nil, err
	}
	return kjwt.SignEncrypted(kjwt.HS256, []byte(os.Getenv("JWT_KEY")), enc, claims)
}

func katarasKeys() kjwt.Keys {
	keys := kjwt.Keys{}
	keys.Register(kjwt.HS256, "api", sharedKey, sharedKey) // want `key of jwt\.Keys\.Register is a string literal \(sharedKey\): anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
	return keys
}

// Not findings: keys loaded at run time or generated, keyfuncs that
// return a key looked up at run time or an error.

var envKey = []byte(os.Getenv("JWT_SECRET"))

func fromEnv(claims gjwt.MapClaims) (string, error) {
	return gjwt.NewWithClaims(gjwt.SigningMethodHS256, claims).SignedString(envKey) // ok: loaded at run time
}

func keyfuncEnv(tok string) (*gjwt.Token, error) {
	return gjwt.Parse(tok, func(*gjwt.Token) (interface{}, error) {
		return []byte(os.Getenv("JWT_SECRET")), nil // ok: loaded at run time
	})
}

func keyfuncError(tok string) (*gjwt.Token, error) {
	return gjwt.Parse(tok, func(*gjwt.Token) (interface{}, error) {
		return nil, errors.New("no key") // ok: no key
	})
}

func katarasRandom(claims any) ([]byte, error) {
	return kjwt.Sign(kjwt.HS256, kjwt.MustGenerateRandom(32), claims) // ok: random key
}

func katarasFile(claims any) ([]byte, error) {
	k, err := kjwt.LoadHMAC(os.Getenv("JWT_KEY_FILE"))
	if err != nil {
		return nil, err
	}
	return kjwt.Sign(kjwt.HS256, k, claims) // ok: loaded at run time
}

type config struct{ Secret string }

func fromConfig(c config) (jose.Signer, error) {
	return jose.NewSigner(jose.SigningKey{Algorithm: jose.HS256, Key: []byte(c.Secret)}, nil) // ok: configured
}
