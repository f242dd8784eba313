// Package mongostore is the MongoDB implementation of storage.ConfigRepo.
package mongostore

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/mongo"

	"example.com/program/storage"
)

type Store struct{ Coll *mongo.Collection }

func (s *Store) CreateConfiguration(ctx context.Context, c *storage.Configuration) error {
	_, err := s.Coll.InsertOne(ctx, c)
	return err
}
