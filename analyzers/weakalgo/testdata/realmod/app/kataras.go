package app

import (
	"os"

	kjwt "github.com/kataras/jwt"
)

// Type-checks the kataras/jwt shapes against github.com/kataras/jwt v0.1.12.
// With the real module, jwt.GCM also has a summary fact (its key reaches
// aes.NewCipher); the table row is reported, once.

const katarasSecret = "kataras-secret"

func katarasSign(claims any) ([]byte, error) {
	return kjwt.Sign(kjwt.HS256, []byte(katarasSecret), claims, kjwt.MaxAge(0)) // want `key of jwt\.Sign is the constant katarasSecret: .* \(CL323\)`
}

func katarasVerify(token []byte) (*kjwt.VerifiedToken, error) {
	return kjwt.Verify(kjwt.HS256, []byte("verify-secret"), token) // want `key of jwt\.Verify is a string literal: .* \(CL323\)`
}

func katarasGCM() (kjwt.InjectFunc, kjwt.InjectFunc, error) {
	return kjwt.GCM([]byte("0123456789abcdef"), nil) // want `key of jwt\.GCM is a string literal: .* \(CL323\)`
}

func katarasKeys() kjwt.Keys {
	keys := kjwt.Keys{}
	keys.Register(kjwt.HS256, "api", nil, []byte("register-secret")) // want `key of jwt\.Keys\.Register is a string literal: .* \(CL323\)`
	return keys
}

func katarasKey() *kjwt.Key {
	return &kjwt.Key{ID: "api", Alg: kjwt.HS256, Private: []byte("struct-secret")} // want `jwt\.Key Private is a string literal: .* \(CL323\)`
}

func katarasEnv(claims any) ([]byte, error) {
	return kjwt.SignEncrypted(kjwt.HS256, []byte(os.Getenv("JWT_KEY")), nil, claims)
}
