// Package mongostore is the MongoDB implementation of storage.ConfigRepo.
package mongostore

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"

	"example.com/program/storage"
)

type Store struct{ Coll *mongo.Collection }

func (s *Store) CreateConfiguration(ctx context.Context, c *storage.Configuration) error {
	_, err := s.Coll.InsertOne(ctx, c)
	return err
}

func (s *Store) LoadConfiguration(ctx context.Context) (*storage.Configuration, error) {
	var c storage.Configuration
	if err := s.Coll.FindOne(ctx, bson.M{"_id": "default"}).Decode(&c); err != nil {
		return nil, err
	}
	return &c, nil
}

// UpdateConfiguration $sets the policy of the document it is given.
func (s *Store) UpdateConfiguration(ctx context.Context, c *storage.Configuration) error {
	_, err := s.Coll.UpdateOne(ctx, bson.M{"_id": c.ID}, bson.M{"$set": bson.M{"storage_policy": c.Policy}})
	return err
}
