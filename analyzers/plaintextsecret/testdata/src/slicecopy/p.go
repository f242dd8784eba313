// Package slicecopy: documents copied into a []any before InsertMany, by a
// generic helper or a method, passed as variadic arguments, inside a
// transaction's closure.
package slicecopy

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"

	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Account struct {
	UserID   string `bson:"user_id"`
	Password string `bson:"password"`
}

// InsertMany copies the values into the []any the driver takes.
func InsertMany[T any](ctx context.Context, coll *mongo.Collection, vals []T) error { // want InsertMany:`writes elements of param 2 via InsertMany -> InsertMany`
	docs := make([]any, 0, len(vals))
	for _, v := range vals {
		docs = append(docs, v)
	}
	_, err := coll.InsertMany(ctx, docs)
	return err
}

type Store struct{ coll *mongo.Collection }

// Create takes its accounts as variadic arguments.
func (s *Store) Create(ctx context.Context, accounts ...*Account) error { // want Create:`writes param 1\.\.\. via Create -> InsertMany -> InsertMany`
	return InsertMany(ctx, s.coll, accounts)
}

type Tx interface {
	Transaction(ctx context.Context, fn func(ctx context.Context) error) error
}

type DB struct {
	tx    Tx
	store *Store
}

func (d *DB) Register(ctx context.Context, a *Account) error { // want Register:`writes param 1 via Register -> Create -> InsertMany -> InsertMany`
	return d.tx.Transaction(ctx, func(ctx context.Context) error {
		return d.store.Create(ctx, a)
	})
}

func hash(p string) string { // want hash:`hashed result`
	sum := sha256.Sum256([]byte(p))
	return hex.EncodeToString(sum[:])
}

func SignUp(ctx context.Context, d *DB, user string) error {
	return d.Register(ctx, &Account{UserID: user, Password: os.Getenv("PASSWORD")}) // want `\*slicecopy\.Account written by Register -> Create -> InsertMany -> InsertMany stores Password \(key "password"\) in plaintext`
}

func SignUpHashed(ctx context.Context, d *DB, user, password string) error {
	return d.Register(ctx, &Account{UserID: user, Password: hash(password)})
}

// Import spreads a slice into the variadic parameter.
func Import(ctx context.Context, s *Store, users, passwords []string) error {
	accs := make([]*Account, 0, len(users))
	for i := range users {
		accs = append(accs, &Account{UserID: users[i], Password: passwords[i]})
	}
	return s.Create(ctx, accs...) // want `\[\]\*slicecopy\.Account written by Create -> InsertMany -> InsertMany stores Password \(key "password"\) in plaintext`
}

// Names copies only the user IDs.
func Names(ctx context.Context, coll *mongo.Collection, accs []*Account) error {
	docs := []any{}
	for _, a := range accs {
		docs = append(docs, map[string]string{"user_id": a.UserID})
	}
	_, err := coll.InsertMany(ctx, docs)
	return err
}
