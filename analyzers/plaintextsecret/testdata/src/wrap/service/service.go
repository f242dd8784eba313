// Package service hashes and encrypts before storing, or forgets to.
package service

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"golang.org/x/crypto/bcrypt"

	"wrap/model"
	"wrap/repo"
)

func Register(ctx context.Context, r *repo.Repo, email, pw string) error {
	h, err := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	return r.Create(ctx, &model.User{Email: email, Password: string(h)})
}

func RegisterPlain(ctx context.Context, r *repo.Repo, email, pw string) error { // want RegisterPlain:`writes param 3 as "password" via RegisterPlain -> Create -> InsertOne`
	return r.Create(ctx, &model.User{Email: email, Password: pw})
}

func Import(ctx context.Context, r *repo.Repo, users []model.User) error { // want Import:`writes elements of param 2 via Import -> InsertMany -> InsertMany`
	return repo.InsertMany(ctx, r.Coll(), users)
}

func newToken() string { return "t" }

func Reset(ctx context.Context, r *repo.Repo, id string) error {
	tok := newToken()
	return r.SetResetToken(ctx, id, tok) // want `value written by SetResetToken -> UpdateOne stores key "reset_token" in plaintext; store a SHA-256 or HMAC of tokens you only verify and encrypt secrets you reuse \(fieldcrypt\.Digest, fieldcrypt\.String\) \(CL101\)`
}

func ResetHashed(ctx context.Context, r *repo.Repo, id string) (string, error) {
	tok := newToken()
	sum := sha256.Sum256([]byte(tok))
	return tok, r.SetResetToken(ctx, id, hex.EncodeToString(sum[:]))
}

func Lookup(ctx context.Context, r *repo.Repo) {
	r.FindByToken(ctx, newToken()) // want `filter of FindByToken -> FindOne matches key "reset_token" against a raw value`
}
