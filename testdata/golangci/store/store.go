// Package store is an in-house wrapper of the driver: plaintextsecret
// reports its callers, in another package, through analysis facts.
package store

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/mongo"
)

// Insert writes doc to coll.
func Insert(ctx context.Context, coll *mongo.Collection, doc any) error {
	_, err := coll.InsertOne(ctx, doc)
	return err
}
