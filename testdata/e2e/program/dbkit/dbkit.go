// Package dbkit is a wrapper library of the driver in a module of its own
// (as a company's shared database module is): the command analyzes it for
// its facts, without reporting on it.
package dbkit

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/mongo"
)

func InsertMany[T any](ctx context.Context, coll *mongo.Collection, docs []T) error {
	_, err := coll.InsertMany(ctx, docs)
	return err
}

func UpdateOne(ctx context.Context, coll *mongo.Collection, filter, update any) error {
	_, err := coll.UpdateOne(ctx, filter, update)
	return err
}
