// Package token declares the tokens a service issues and the issuers
// that make them; the issuers register themselves, so the store that
// writes a token sees it only as the result of an interface call.
package token

import (
	"context"
	"crypto/rand"
	"encoding/hex"
)

type Token struct {
	RefreshToken string `bson:"refresh_token"`
	Scope        string `bson:"scope"`
}

// Grant is what a client was granted: its token field stays empty here,
// and the describer that makes it does not fill it.
type Grant struct {
	ClientSecret string `bson:"client_secret"`
	Scope        string `bson:"scope"`
}

// New makes a token with a fresh refresh token.
func New(scope string) *Token {
	return &Token{RefreshToken: random(), Scope: scope}
}

func random() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// Issuer makes a token for a grant type.
type Issuer interface {
	Issue(ctx context.Context, scope string) (*Token, error)
}

// Describer describes a grant.
type Describer interface {
	Describe(ctx context.Context, scope string) (*Grant, error)
}

// Lister lists grants; apikey.Grants has its method.
type Lister interface {
	Issue(ctx context.Context, scope string) (*Grant, error)
}

var issuers = map[string]Issuer{}

func Register(name string, i Issuer) { issuers[name] = i }

func Get(name string) Issuer { return issuers[name] }
