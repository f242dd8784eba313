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

// Signup passes a field of its parameter, and nothing in this package
// calls it: its callers in other packages judge what they pass (the fact
// says so), and when nothing in the program calls it the command's
// whole-program step reports the write (cmd/cryptolint TestWholeProgram).
// Modular analysis of this package alone reports nothing here.
func Signup(ctx context.Context, r *repo.Repo, req *Request) error { // want Signup:`writes param 2 field Password as "password" via Signup -> RegisterPlain -> Create -> InsertOne`
	return service.RegisterPlain(ctx, r, req.Email, req.Password)
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
