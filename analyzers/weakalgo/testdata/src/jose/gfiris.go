package jose

import (
	"os"
	"time"

	gfjwt "github.com/gogf/gf-jwt/v2"
	irisjwt "github.com/kataras/iris/v12/middleware/jwt"
)

// gf-jwt v2: the middleware's Key field.

const gfSecret = "gf-secret-key"

func gf() *gfjwt.GfJWTMiddleware {
	return gfjwt.New(&gfjwt.GfJWTMiddleware{Realm: "gf", Key: []byte(gfSecret), Timeout: time.Hour}) // want `jwt\.GfJWTMiddleware Key is the constant gfSecret: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
}

func gfAssigned() *gfjwt.GfJWTMiddleware {
	mw := &gfjwt.GfJWTMiddleware{Realm: "gf"}
	mw.Key = []byte("gf-assigned") // want `jwt\.GfJWTMiddleware Key is a string literal: .* \(CL323\)`
	return gfjwt.New(mw)
}

// iris's middleware/jwt: NewSigner, NewVerifier, the encryption keys and
// the Signer and Verifier Key fields.

func irisSigner() *irisjwt.Signer {
	return irisjwt.NewSigner(irisjwt.HS256, []byte("iris-secret"), 15*time.Minute) // want `key of jwt\.NewSigner is a string literal: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
}

func irisStringKey() *irisjwt.Verifier {
	return irisjwt.NewVerifier(irisjwt.HS256, gfSecret) // want `key of jwt\.NewVerifier is the constant gfSecret: .* \(CL323\)`
}

func irisEncrypted(key []byte) *irisjwt.Signer {
	return irisjwt.NewSigner(irisjwt.HS256, key, 0).WithEncryption([]byte("0123456789abcdef"), nil) // want `key of jwt\.Signer\.WithEncryption is a string literal: .* \(CL323\)`
}

func irisDecrypted(key []byte) *irisjwt.Verifier {
	return irisjwt.NewVerifier(irisjwt.HS256, key).WithDecryption([]byte(gfSecret), nil) // want `key of jwt\.Verifier\.WithDecryption is the constant gfSecret: .* \(CL323\)`
}

func irisField() *irisjwt.Verifier {
	return &irisjwt.Verifier{Alg: irisjwt.HS256, Key: []byte("field-secret")} // want `jwt\.Verifier Key is a string literal: .* \(CL323\)`
}

// iris's re-exports of kataras/jwt (package variables holding its
// functions), and a PEM private key embedded in the source.

func irisShortcut(claims any) ([]byte, error) {
	return irisjwt.Sign(irisjwt.HS256, []byte(gfSecret), claims) // want `key of jwt\.Sign is the constant gfSecret: .* \(CL323\)`
}

func irisShortcutVerify(token []byte) (*irisjwt.VerifiedToken, error) {
	verify := irisjwt.VerifyEncryptedToken
	return verify(irisjwt.HS256, []byte("verify-secret"), nil, token) // want `key of jwt\.VerifyEncrypted is a string literal: .* \(CL323\)`
}

func irisGCM() {
	_, _, _ = irisjwt.GCM([]byte("0123456789abcdef"), nil) // want `key of jwt\.GCM is a string literal: .* \(CL323\)`
}

const irisKeyPEM = `-----BEGIN RSA PRIVATE KEY-----
MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu
-----END RSA PRIVATE KEY-----`

func irisRSA() (*irisjwt.Signer, error) {
	k, err := irisjwt.ParsePrivateKeyRSA([]byte(irisKeyPEM)) // want `private key parsed by jwt\.ParsePrivateKeyRSA is a PEM block in the constant irisKeyPEM: .* \(CL323\)`
	if err != nil {
		return nil, err
	}
	return irisjwt.NewSigner(irisjwt.RS256, k, time.Hour), nil // the key is judged where it is parsed
}

// Not findings: keys from the environment, a file, a random generator and
// a configuration filled at run time; the additional data of GCM.

type jwtConfig struct {
	Secret string
	GCMKey []byte
}

func loadConfig() (jwtConfig, error) {
	var c jwtConfig
	data, err := os.ReadFile(os.Getenv("JWT_CONFIG"))
	if err != nil {
		return c, err
	}
	c.Secret = string(data)
	return c, nil
}

func gfFromEnv() *gfjwt.GfJWTMiddleware {
	return gfjwt.New(&gfjwt.GfJWTMiddleware{Realm: "gf", Key: []byte(os.Getenv("GF_JWT_KEY"))})
}

func gfFromConfig(c jwtConfig) *gfjwt.GfJWTMiddleware {
	return gfjwt.New(&gfjwt.GfJWTMiddleware{Realm: "gf", Key: []byte(c.Secret), PrivKeyFile: "key.pem"})
}

func irisFromEnv() *irisjwt.Signer {
	return irisjwt.NewSigner(irisjwt.HS256, os.Getenv("IRIS_JWT_KEY"), time.Hour)
}

func irisFromFile() (*irisjwt.Verifier, error) {
	k, err := irisjwt.LoadHMAC(os.Getenv("IRIS_JWT_KEY_FILE"))
	if err != nil {
		return nil, err
	}
	return irisjwt.NewVerifier(irisjwt.HS256, k), nil
}

func irisFromConfig() (*irisjwt.Signer, error) {
	c, err := loadConfig()
	if err != nil {
		return nil, err
	}
	return irisjwt.NewSigner(irisjwt.HS256, []byte(c.Secret), time.Hour).WithEncryption(c.GCMKey, []byte("additional data")), nil
}

func irisRSAFromFile() (*irisjwt.Signer, error) {
	pemBytes, err := os.ReadFile(os.Getenv("IRIS_RSA_KEY"))
	if err != nil {
		return nil, err
	}
	k, err := irisjwt.ParsePrivateKeyRSA(pemBytes)
	if err != nil {
		return nil, err
	}
	return irisjwt.NewSigner(irisjwt.RS256, k, time.Hour), nil
}

func irisShortcutEnv(claims any) ([]byte, error) {
	return irisjwt.Sign(irisjwt.HS256, []byte(os.Getenv("IRIS_JWT_KEY")), claims)
}

func irisRandom() *irisjwt.Signer {
	return irisjwt.NewSigner(irisjwt.HS256, irisjwt.MustGenerateRandom(32), time.Hour)
}
