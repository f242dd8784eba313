// Package local declares an interface and its MongoDB implementation in
// one package: modular analysis (go vet, golangci-lint) follows the call
// too.
package local

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type tokenStore interface {
	Save(ctx context.Context, user, token string) error
}

type mongoStore struct{ coll *mongo.Collection }

func (m *mongoStore) Save(ctx context.Context, user, token string) error {
	_, err := m.coll.UpdateOne(ctx, bson.M{"user": user}, bson.M{"$set": bson.M{"session_token": token}})
	return err
}

type memStore map[string]string

func (m memStore) Save(_ context.Context, user, token string) error {
	m[user] = token
	return nil
}

func Login(ctx context.Context, s tokenStore, user string) error {
	token := user + "-session"
	return s.Save(ctx, user, token)
}

func Use(c *mongo.Collection) {
	_ = Login(context.Background(), &mongoStore{coll: c}, "u")
	_ = Login(context.Background(), memStore{}, "u")
}
