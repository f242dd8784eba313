// Package login issues session tokens and stores them through package
// sessions.
package login

import (
	"context"
	"crypto/rand"
	"encoding/hex"

	"example.com/program/sessions"
)

func Login(ctx context.Context, q *sessions.Queries, id string) (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	token := hex.EncodeToString(b)
	return token, q.SetAccessToken(ctx, sessions.TokenParams{ID: id, AccessToken: token})
}

// Logout clears the token: nothing secret is written.
func Logout(ctx context.Context, q *sessions.Queries, id string) error {
	return q.SetAccessToken(ctx, sessions.TokenParams{ID: id, AccessToken: ""})
}
