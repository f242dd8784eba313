// Package apikeys issues keys through a generic query builder's interface
// (gq.Query[Key]): only the whole-program step resolves the call to the
// generic implementation that writes.
package apikeys

import (
	"context"
	"crypto/rand"
	"encoding/hex"

	"example.com/program/gq"
)

type Key struct {
	Owner  string `bson:"owner"`
	APIKey string `bson:"api_key"`
}

func newKey() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func Issue(ctx context.Context, q gq.Query[Key], owner string) error {
	return q.InsertOne(ctx, &Key{Owner: owner, APIKey: newKey()})
}

// Transfer stores no key: nothing to report.
func Transfer(ctx context.Context, q gq.Query[Key], owner string) error {
	return q.InsertOne(ctx, &Key{Owner: owner})
}
