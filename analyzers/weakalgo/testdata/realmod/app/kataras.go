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

// A PEM private key constant parsed by kataras/jwt (iris re-exports the
// parser): reported once, by the parser's row, not again through the
// real ParsePrivateKeyRSA's body.

const katarasKeyPEM = `-----BEGIN RSA PRIVATE KEY-----
MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu
-----END RSA PRIVATE KEY-----`

func katarasRSA(claims any) ([]byte, error) {
	k, err := kjwt.ParsePrivateKeyRSA([]byte(katarasKeyPEM)) // want `private key parsed by jwt\.ParsePrivateKeyRSA is a PEM block in the constant katarasKeyPEM: .* \(CL323\)`
	if err != nil {
		return nil, err
	}
	return kjwt.Sign(kjwt.RS256, k, claims)
}

func katarasRandom(claims any) ([]byte, error) {
	return kjwt.Sign(kjwt.HS256, kjwt.MustGenerateRandom(32), claims)
}
