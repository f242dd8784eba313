package legacy

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

// oldStore is excluded from CL101 by the configuration file.
func oldStore(ctx context.Context, c *mongo.Collection) {
	code := read("c")
	c.InsertOne(ctx, bson.M{"locker_code": code})
}
