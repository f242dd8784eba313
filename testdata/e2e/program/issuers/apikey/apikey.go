// Package apikey has a grant maker that nothing converts to token.Lister:
// a call through the interface cannot reach it.
package apikey

import (
	"context"

	"example.com/program/issuers/token"
)

type Grants struct{}

func (Grants) Issue(_ context.Context, scope string) (*token.Grant, error) {
	return &token.Grant{ClientSecret: scope + "-secret", Scope: scope}, nil
}
