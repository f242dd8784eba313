// Stub of github.com/zeromicro/go-zero/core/stores/mon v1.9.4: only what
// cryptolint matches, with the real parameter lists (the driver's option
// types are any here).
package mon

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/mongo"
)

// Collection is the driver's collection behind a circuit breaker.
type Collection interface {
	FindOne(ctx context.Context, filter any, opts ...any) (*mongo.SingleResult, error)
	InsertOne(ctx context.Context, document any, opts ...any) (*mongo.InsertOneResult, error)
	InsertMany(ctx context.Context, documents []any, opts ...any) (*mongo.InsertManyResult, error)
	ReplaceOne(ctx context.Context, filter, replacement any, opts ...any) (*mongo.UpdateResult, error)
	UpdateOne(ctx context.Context, filter, update any, opts ...any) (*mongo.UpdateResult, error)
	UpdateByID(ctx context.Context, id, update any, opts ...any) (*mongo.UpdateResult, error)
	DeleteOne(ctx context.Context, filter any, opts ...any) (*mongo.DeleteResult, error)
}

// Model is a collection with go-zero's conveniences: its FindOne decodes
// into v.
type Model struct {
	Collection
	name string
}

func MustNewModel(uri, db, collection string, opts ...any) *Model { return nil }

func (m *Model) Find(ctx context.Context, v, filter any, opts ...any) error    { return nil }
func (m *Model) FindOne(ctx context.Context, v, filter any, opts ...any) error { return nil }
func (m *Model) FindOneAndUpdate(ctx context.Context, v, filter, update any, opts ...any) error {
	return nil
}
func (m *Model) DeleteOne(ctx context.Context, filter any, opts ...any) (int64, error) { return 0, nil }
