// Package mongocache is the MongoDB implementation of cache.Cacher: the
// value, whatever it holds, is stored as text under "value".
package mongocache

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"

	"example.com/program/cache"
)

type Store struct{ C *mongo.Collection }

func (s *Store) SetWithExpiry(ctx context.Context, key string, val []byte, ttl time.Duration) error {
	_, err := s.C.InsertOne(ctx, bson.M{"_id": key, "value": string(val), "expires": time.Now().Add(ttl)})
	return err
}

// The conversion main would make.
var _ cache.Cacher = (*Store)(nil)
