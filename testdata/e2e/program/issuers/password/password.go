// Package password issues tokens to users who log in with a password.
package password

import (
	"context"

	"example.com/program/issuers/token"
)

type issuer struct{}

func (issuer) Issue(_ context.Context, scope string) (*token.Token, error) {
	t := token.New(scope)
	t.Scope = "user:" + scope
	return t, nil
}

// describer describes grants without a client secret.
type describer struct{}

func (describer) Describe(_ context.Context, scope string) (*token.Grant, error) {
	return &token.Grant{Scope: scope}, nil
}

func init() {
	token.Register("password", issuer{})
}

// Describer returns the grant describer.
func Describer() token.Describer { return describer{} }
