// Stub of github.com/kataras/iris/v12/middleware/jwt (v12.2.11): only what
// weakalgo matches, with the real signatures (signer.go, verifier.go,
// aliases.go). Checked by hand against the module's source: the real
// package imports iris's context and its ~130 dependencies, too many for
// the realmod type-check (testdata/realmod), which covers kataras/jwt
// v0.1.12 that it wraps.
package jwt

import (
	"time"

	"github.com/kataras/jwt"
)

type (
	Alg            = jwt.Alg
	Claims         = jwt.Claims
	TokenValidator = jwt.TokenValidator
	VerifiedToken  = jwt.VerifiedToken
	SignOption     = jwt.SignOption
)

var (
	HS256 = jwt.HS256
	RS256 = jwt.RS256
)

var (
	LoadHMAC             = jwt.LoadHMAC
	ParsePrivateKeyRSA   = jwt.ParsePrivateKeyRSA
	ParsePrivateKeyECDSA = jwt.ParsePrivateKeyECDSA
	ParsePrivateKeyEdDSA = jwt.ParsePrivateKeyEdDSA
)

var (
	GCM                = jwt.GCM
	MustGenerateRandom = jwt.MustGenerateRandom
)

var (
	Verify               = jwt.Verify
	VerifyEncryptedToken = jwt.VerifyEncrypted
	Sign                 = jwt.Sign
	SignEncrypted        = jwt.SignEncrypted
)

type Signer struct {
	Alg Alg
	Key interface{}

	MaxAge  time.Duration
	Options []SignOption

	Encrypt func([]byte) ([]byte, error)
}

func NewSigner(signatureAlg Alg, signatureKey interface{}, maxAge time.Duration) *Signer {
	return &Signer{Alg: signatureAlg, Key: signatureKey, MaxAge: maxAge}
}

func (s *Signer) WithEncryption(key, additionalData []byte) *Signer { return s }

func (s *Signer) Sign(claims interface{}, opts ...SignOption) ([]byte, error) { return nil, nil }

type Verifier struct {
	Alg Alg
	Key interface{}

	Decrypt func([]byte) ([]byte, error)

	Validators []TokenValidator
}

func NewVerifier(signatureAlg Alg, signatureKey interface{}, validators ...TokenValidator) *Verifier {
	return &Verifier{Alg: signatureAlg, Key: signatureKey, Validators: validators}
}

func (v *Verifier) WithDecryption(key, additionalData []byte) *Verifier { return v }

func (v *Verifier) VerifyToken(token []byte, validators ...TokenValidator) (*VerifiedToken, error) {
	return nil, nil
}
