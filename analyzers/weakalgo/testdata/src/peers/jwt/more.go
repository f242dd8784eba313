package jwt

import (
	"errors"
	"os"

	jose "github.com/go-jose/go-jose/v4"
	gjwt4 "github.com/golang-jwt/jwt/v4"
	gjwt "github.com/golang-jwt/jwt/v5"
	kjwt "github.com/kataras/jwt"
)

func v4Literal(claims gjwt4.MapClaims) (string, error) {
	return gjwt4.NewWithClaims(gjwt4.SigningMethodHS256, claims).SignedString([]byte("v4-secret")) // want `key of jwt\.Token\.SignedString is a string literal: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
}

func keyfuncVariable(tok string) (*gjwt.Token, error) {
	return gjwt.Parse(tok, func(t *gjwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*gjwt.SigningMethodHMAC); !ok {
			return nil, errors.New("unexpected method")
		}
		key := []byte(signingSecret)
		return key, nil // want `key returned by the Keyfunc of jwt\.Parse is the constant signingSecret: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
	})
}

func joseDirect() (jose.Encrypter, error) {
	return jose.NewEncrypter(jose.A128GCM, jose.Recipient{Algorithm: jose.DIRECT, Key: []byte("0123456789abcdef")}, nil) // want `jose\.Recipient Key is a string literal: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
}

func katarasKey() *kjwt.Key {
	return &kjwt.Key{ID: "api", Alg: kjwt.HS256, Private: sharedKey, Public: sharedKey} // want `jwt\.Key Private is a string literal \(sharedKey\): anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)` `jwt\.Key Public is a string literal \(sharedKey\): anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
}

func katarasHeader(claims any) ([]byte, error) {
	return kjwt.SignWithHeader(kjwt.HS256, []byte("header-key"), claims, map[string]any{"kid": "1"}) // want `key of jwt\.SignWithHeader is a string literal: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
}

type tokenIssuer struct{ secret []byte }

func newIssuer() *tokenIssuer { return &tokenIssuer{secret: []byte("issuer-secret")} }

func (i *tokenIssuer) issue(claims any) ([]byte, error) {
	return kjwt.Sign(kjwt.HS256, i.secret, claims) // want `key of jwt\.Sign is a string literal \(field secret\): anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
}

// Not findings: a key from the environment, checked for emptiness.

func katarasEnv(claims any) ([]byte, error) {
	k := os.Getenv("JWT_KEY")
	if k == "" {
		return nil, errors.New("JWT_KEY unset")
	}
	return kjwt.Sign(kjwt.HS256, []byte(k), claims) // ok: loaded at run time
}
