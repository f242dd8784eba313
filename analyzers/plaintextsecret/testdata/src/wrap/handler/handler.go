// Package handler calls the service: the outermost call where the values
// are known.
package handler

import (
	"context"
	"encoding/json"

	"wrap/model"
	"wrap/repo"
	"wrap/service"
)

type Request struct {
	Email, Password string
	Body            []byte
}

func Signup(ctx context.Context, r *repo.Repo, req *Request) error {
	return service.RegisterPlain(ctx, r, req.Email, req.Password) // want `value written by RegisterPlain -> Create -> InsertOne stores key "password" in plaintext; hash passwords that users log in with \(Argon2id, scrypt or bcrypt\) and encrypt those the program reuses \(fieldcrypt\.String\) \(CL101\)`
}

func SignupHashed(ctx context.Context, r *repo.Repo, req *Request) error {
	return service.Register(ctx, r, req.Email, req.Password)
}

func Bulk(ctx context.Context, r *repo.Repo, req *Request) error {
	var users []model.User
	if err := json.Unmarshal(req.Body, &users); err != nil {
		return err
	}
	return service.Import(ctx, r, users) // want `\[\]model\.User written by Import -> InsertMany -> InsertMany stores Password \(key "password"\) in plaintext`
}
