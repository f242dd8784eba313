// Package model declares the stored documents and helpers that the other
// packages call: every kind of fact plaintextsecret exports crosses a
// package boundary from here.
package model

import (
	"crypto/sha256"

	"go.mongodb.org/mongo-driver/v2/bson"
)

// User is stored by package repo.
type User struct {
	Name     string `bson:"name"`
	Password string `bson:"password"`
	// APIKey is wrapped by a KMS before it is set.
	APIKey string `bson:"api_key"` //cryptolint:protected -- wrapped by the KMS in package vault before assignment
}

// NewUser hashes the password: its result protects Password (a result fact).
func NewUser(name, password string) *User {
	sum := sha256.Sum256([]byte(password))
	return &User{Name: name, Password: string(sum[:])}
}

// Token returns a document with a plaintext reset token (a document fact).
func Token(user, token string) bson.M {
	return bson.M{"user": user, "reset_token": token}
}
