package mongorepo

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"

	"example.com/program/domain"
)

// NameFinder looks users up by name.
type NameFinder struct{ Coll *mongo.Collection }

func (f NameFinder) Find(ctx context.Context, name string) (*domain.User, error) {
	var u domain.User
	err := f.Coll.FindOne(ctx, bson.M{"name": name}).Decode(&u)
	return &u, err
}

// TokenFinder looks users up by their raw reset token.
type TokenFinder struct{ Coll *mongo.Collection }

func (f TokenFinder) Find(ctx context.Context, token string) (*domain.User, error) {
	var u domain.User
	err := f.Coll.FindOne(ctx, bson.M{"reset_token": token}).Decode(&u)
	return &u, err
}
