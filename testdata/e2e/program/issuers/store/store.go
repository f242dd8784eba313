// Package store writes what the issuers make.
package store

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/mongo"

	"example.com/program/issuers/token"
)

// Save writes the token the named issuer makes: its refresh token,
// filled by password.issuer through token.New, is reported.
func Save(ctx context.Context, col *mongo.Collection, name string) error {
	t, err := token.Get(name).Issue(ctx, "read")
	if err != nil {
		return err
	}
	_, err = col.InsertOne(ctx, t)
	return err
}

// SaveGrant writes what a describer makes: no implementation fills the
// client secret.
func SaveGrant(ctx context.Context, col *mongo.Collection, d token.Describer) error {
	g, err := d.Describe(ctx, "read")
	if err != nil {
		return err
	}
	_, err = col.InsertOne(ctx, g)
	return err
}

// SaveListed writes what a token.Lister makes: apikey.Grants has the
// method, but nothing converts it to a Lister.
func SaveListed(ctx context.Context, col *mongo.Collection, l token.Lister) error {
	g, err := l.Issue(ctx, "read")
	if err != nil {
		return err
	}
	_, err = col.InsertOne(ctx, g)
	return err
}

// Rotate replaces the refresh token before it writes: the value is the
// one set here, reported by the modular pass already.
func Rotate(ctx context.Context, col *mongo.Collection, name string) error {
	t, err := token.Get(name).Issue(ctx, "read")
	if err != nil {
		return err
	}
	t.RefreshToken = ""
	_, err = col.InsertOne(ctx, t)
	return err
}
