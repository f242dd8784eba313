// Stub of github.com/zeromicro/go-zero/core/stores/monc v1.9.4: only what
// cryptolint matches, with the real parameter lists.
package monc

import (
	"context"

	"github.com/zeromicro/go-zero/core/stores/mon"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

// Model is a mon.Model with a cache: each method takes the cache key first.
type Model struct {
	*mon.Model
}

func MustNewModel(uri, db, collection string, c any, opts ...any) *Model { return nil }

func (mm *Model) InsertOne(ctx context.Context, key string, document any, opts ...any) (*mongo.InsertOneResult, error) {
	return nil, nil
}
func (mm *Model) InsertOneNoCache(ctx context.Context, document any, opts ...any) (*mongo.InsertOneResult, error) {
	return nil, nil
}
func (mm *Model) UpdateOne(ctx context.Context, key string, filter, update any, opts ...any) (*mongo.UpdateResult, error) {
	return nil, nil
}
func (mm *Model) FindOne(ctx context.Context, key string, v, filter any, opts ...any) error {
	return nil
}
