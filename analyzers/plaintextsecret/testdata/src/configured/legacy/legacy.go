// Package legacy is configured by its own .cryptolint.yaml and its
// parent's.
package legacy

import (
	"context"
	"os"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

// read returns a value the analyzer cannot see the origin of.
func read(key string) string { return os.Getenv(key) }

func store(ctx context.Context, c *mongo.Collection) {
	number, code, pin := read("n"), read("c"), read("p")
	c.InsertOne(ctx, bson.M{"member_number": number}) // want `document written by InsertOne stores key "member_number" in plaintext`
	c.InsertOne(ctx, bson.M{"locker_code": code})     // want `document written by InsertOne stores key "locker_code" in plaintext`
	c.InsertOne(ctx, bson.M{"pin": pin})
}
