// Package ctorvar returns documents that a constructor made and the
// function changed: what the constructor fills stays filled unless the
// function assigns it.
package ctorvar

import (
	"context"
	"crypto/rand"
	"encoding/hex"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Token struct {
	RefreshToken string `bson:"refresh_token"`
	Scope        string `bson:"scope"`
}

func random() string { // want random:`returns a new secret`
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func newToken(scope string) *Token { // want newToken:"fills RefreshToken"
	return &Token{RefreshToken: random(), Scope: scope}
}

// issue changes the scope of what newToken made: the refresh token is
// still filled.
func issue(scope string) *Token { // want issue:"fills RefreshToken"
	t := newToken(scope)
	t.Scope = "user:" + scope
	return t
}

// blank empties the token newToken made.
func blank(scope string) *Token { // want blank:"protects RefreshToken"
	t := newToken(scope)
	t.RefreshToken = ""
	return t
}

// public makes a token and a separate scope: the scope alone is returned
// in a fresh document.
func public(scope string) *Token { // want public:"protects RefreshToken"
	t := newToken(scope)
	out := &Token{Scope: t.Scope}
	return out
}

// load decodes the stored token into what newToken made: the decode,
// not newToken, says what it holds.
func load(ctx context.Context, col *mongo.Collection, id string) (*Token, error) {
	t := newToken("")
	if err := col.FindOne(ctx, bson.M{"_id": id}).Decode(t); err != nil {
		return nil, err
	}
	return t, nil
}

// resave writes the stored token back.
func resave(ctx context.Context, col *mongo.Collection, id string) error {
	t, err := load(ctx, col, id)
	if err != nil {
		return err
	}
	t.Scope = "read"
	_, err = col.ReplaceOne(ctx, bson.M{"_id": id}, t)
	return err
}

func save(ctx context.Context, col *mongo.Collection) error {
	_, err := col.InsertOne(ctx, issue("read")) // want `\*ctorvar.Token written by InsertOne stores RefreshToken \(key "refresh_token"\) in plaintext`
	return err
}

func saveBlank(ctx context.Context, col *mongo.Collection) error {
	_, err := col.InsertOne(ctx, blank("read"))
	return err
}

func savePublic(ctx context.Context, col *mongo.Collection) error {
	_, err := col.InsertOne(ctx, public("read"))
	return err
}
