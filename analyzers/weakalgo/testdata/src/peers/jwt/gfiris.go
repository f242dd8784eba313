package jwt

import (
	"os"
	"time"

	gfjwt "github.com/gogf/gf-jwt/v2"
	irisjwt "github.com/kataras/iris/v12/middleware/jwt"
)

// gf-jwt v2 and iris's middleware/jwt, written after their READMEs'
// examples (a literal secret in the middleware or the signer) and the
// variations that load it at run time.

func gfMiddleware() *gfjwt.GfJWTMiddleware {
	return gfjwt.New(&gfjwt.GfJWTMiddleware{
		Realm:      "test zone",
		Key:        []byte(signingSecret), // want `jwt\.GfJWTMiddleware Key is the constant signingSecret: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
		Timeout:    time.Minute * 5,
		MaxRefresh: time.Minute * 5,
	})
}

func irisSigner() *irisjwt.Signer {
	return irisjwt.NewSigner(irisjwt.HS256, sharedKey, 10*time.Minute) // want `key of jwt\.NewSigner is a string literal \(sharedKey\): anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
}

func irisVerifier() *irisjwt.Verifier {
	v := irisjwt.NewVerifier(irisjwt.HS256, "signature_hmac_secret_shared_key") // want `key of jwt\.NewVerifier is a string literal: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
	return v.WithDecryption([]byte("itsa16bytesecret"), nil)                    // want `key of jwt\.Verifier\.WithDecryption is a string literal: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
}

func irisShortcut(claims any) ([]byte, error) {
	return irisjwt.Sign(irisjwt.HS256, sharedKey, claims) // want `key of jwt\.Sign is a string literal \(sharedKey\): anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
}

type irisSettings struct{ JWTSecret, GCMKey string }

func irisSettingsFromEnv() irisSettings {
	return irisSettings{JWTSecret: os.Getenv("JWT_SECRET"), GCMKey: os.Getenv("JWT_GCM_KEY")}
}

func gfFromEnv() *gfjwt.GfJWTMiddleware {
	return gfjwt.New(&gfjwt.GfJWTMiddleware{Realm: "zone", Key: []byte(os.Getenv("GF_JWT_KEY"))}) // ok: loaded at run time
}

func irisConfigured() *irisjwt.Signer {
	s := irisSettingsFromEnv()
	return irisjwt.NewSigner(irisjwt.HS256, s.JWTSecret, time.Hour).WithEncryption([]byte(s.GCMKey), nil) // ok: configured at run time
}

func irisKeyFile() (*irisjwt.Verifier, error) {
	k, err := irisjwt.LoadHMAC(os.Getenv("JWT_KEY_FILE"))
	if err != nil {
		return nil, err
	}
	return irisjwt.NewVerifier(irisjwt.HS256, k), nil // ok: read from a file
}
