package mongorepo

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"

	"example.com/program/domain"
)

// Base is a generic repository; TokenStore embeds it instantiated, so its
// Put(domain.APIToken) is TokenStore's and implements domain.TokenStore.
type Base[T any] struct{ Coll *mongo.Collection }

func (b *Base[T]) Put(ctx context.Context, v T) error {
	_, err := b.Coll.InsertOne(ctx, v)
	return err
}

type TokenStore struct{ Base[domain.APIToken] }

func (s *TokenStore) Rotate(ctx context.Context, name, token string) error {
	_, err := s.Coll.UpdateOne(ctx, bson.M{"name": name}, bson.M{"$set": bson.M{"token": token}})
	return err
}
