package readback

import (
	"context"
	"errors"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

var errExists = errors.New("exists")

// register decodes into the new user only to see whether it exists: when
// the decode succeeds it returns, so the insert writes the caller's values.
func register(ctx context.Context, c *mongo.Collection, u *User) error { // want register:`writes param 2 via register -> InsertOne`
	if err := c.FindOne(ctx, bson.M{"name": u.Name}).Decode(u); err == nil {
		return errExists
	}
	_, err := c.InsertOne(ctx, u)
	return err
}

func Register(ctx context.Context, c *mongo.Collection, name, key string) error {
	return register(ctx, c, &User{Name: name, APIKey: key + "!"}) // want `\*readback\.User written by register -> InsertOne stores APIKey \(key "api_key"\) in plaintext`
}

// registerNext tests the error in the statement after the decode, and
// the call compared with nil.
func registerNext(ctx context.Context, c *mongo.Collection, key string) error {
	u := User{Name: "n", APIKey: key + "!"}
	err := c.FindOne(ctx, bson.M{"name": u.Name}).Decode(&u)
	if err == nil {
		return errExists
	}
	if c.FindOne(ctx, bson.M{"name": "other"}).Decode(&u) == nil {
		panic("exists")
	}
	_, err = c.InsertOne(ctx, u) // want `readback\.User written by InsertOne stores APIKey \(key "api_key"\) in plaintext`
	return err
}

// existsButLogs goes on when the decode succeeds: when it fails, the
// user written holds the raw key.
func existsButLogs(ctx context.Context, c *mongo.Collection, key string) error {
	u := User{Name: "n", APIKey: key + "!"}
	if err := c.FindOne(ctx, bson.M{"name": u.Name}).Decode(&u); err == nil {
		println("exists")
	}
	_, err := c.ReplaceOne(ctx, bson.M{"name": u.Name}, u) // want `readback\.User written by ReplaceOne stores APIKey \(key "api_key"\) in plaintext`
	return err
}

// get decodes the stored user into u: a decoder, through which add checks
// that the user is new.
func get(ctx context.Context, c *mongo.Collection, u *User) error { // want get:`decodes stored documents into param 2`
	return c.FindOne(ctx, bson.M{"name": u.Name}).Decode(u)
}

func add(ctx context.Context, c *mongo.Collection, u *User) error { // want add:`writes param 2 via add -> InsertOne`
	if err := get(ctx, c, u); err == nil {
		return errExists
	}
	_, err := c.InsertOne(ctx, u)
	return err
}

func Add(ctx context.Context, c *mongo.Collection, name, key string) error {
	return add(ctx, c, &User{Name: name, APIKey: key + "!"}) // want `\*readback\.User written by add -> InsertOne stores APIKey \(key "api_key"\) in plaintext`
}
