// Stub of github.com/chenmingyong0423/go-mongox/creator v1.6.0: only what
// cryptolint matches, with the real signatures (options simplified).
package creator

import (
	"context"

	"go.mongodb.org/mongo-driver/mongo"
)

type Creator[T any] struct{}

func (c *Creator[T]) InsertOne(ctx context.Context, doc *T, opts ...any) (*mongo.InsertOneResult, error) {
	return nil, nil
}
func (c *Creator[T]) InsertMany(ctx context.Context, docs []*T, opts ...any) (*mongo.InsertManyResult, error) {
	return nil, nil
}
