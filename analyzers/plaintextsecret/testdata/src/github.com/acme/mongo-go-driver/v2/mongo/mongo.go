// Package mongo is a stub of a driver fork published under another module
// path (as github.com/pritunl/mongo-go-driver/v2 is), copying the
// signatures of go.mongodb.org/mongo-driver/v2 v2.10.0 that the tests use.
package mongo

import "context"

type Collection struct{}

type InsertOneResult struct{}

type UpdateResult struct{}

func (c *Collection) InsertOne(ctx context.Context, document interface{}, opts ...any) (*InsertOneResult, error) {
	return nil, nil
}

func (c *Collection) UpdateOne(ctx context.Context, filter interface{}, update interface{}, opts ...any) (*UpdateResult, error) {
	return nil, nil
}
