// Package login: a Code beside Message and Status is a response code,
// even in a package named login: no sibling says whom it belongs to.
package login

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Response struct {
	Code    string `bson:"code"`
	Message string `bson:"message"`
	Status  int    `bson:"status"`
}

func Log(ctx context.Context, c *mongo.Collection, msg string) error { // want Log:`writes param 2 as "message", sensitive by the caller's name via Log -> InsertOne`
	_, err := c.InsertOne(ctx, Response{Code: "E" + msg[:1], Message: msg, Status: 401})
	return err
}

// Person's SSN is sensitive by name. A seed script's mask is no one's
// number; a literal number is.
type Person struct {
	Name string `bson:"name"`
	SSN  string `bson:"ssn"`
}

func Seed(ctx context.Context, c *mongo.Collection) error {
	mask := "000-00-0000"
	if _, err := c.InsertOne(ctx, Person{Name: "admin", SSN: mask}); err != nil {
		return err
	}
	_, err := c.InsertOne(ctx, Person{Name: "test", SSN: "123-45-6789"}) // want `login\.Person written by InsertOne stores SSN \(key "ssn"\) in plaintext`
	return err
}
