// Package repo writes documents: Save is a wrapper of InsertOne (a sink fact).
package repo

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/mongo"
)

// Save inserts doc.
func Save(ctx context.Context, c *mongo.Collection, doc any) error {
	_, err := c.InsertOne(ctx, doc)
	return err
}
