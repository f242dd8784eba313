// Package store wraps the driver's collection behind an interface, as
// services do to mock it in tests.
package store

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/mongo"
)

// Collection is the part of a collection the repositories use.
type Collection interface {
	InsertMany(ctx context.Context, docs []any) ([]any, error)
}

type coll struct{ c *mongo.Collection }

// Wrap returns the collection behind the interface.
func Wrap(c *mongo.Collection) Collection { return &coll{c: c} }

func (c *coll) InsertMany(ctx context.Context, docs []any) ([]any, error) {
	res, err := c.c.InsertMany(ctx, docs)
	if err != nil {
		return nil, err
	}
	return res.InsertedIDs, nil
}
