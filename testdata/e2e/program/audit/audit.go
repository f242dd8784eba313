// Package audit writes through dbkit, a wrapper library in another
// module, and declares a repository whose slice of documents the service
// layer fills.
package audit

import (
	"context"

	"example.com/dbkit"
	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Webhook struct {
	URL           string `bson:"url"`
	SigningSecret string `bson:"signing_secret"`
}

type Hooks interface {
	Add(ctx context.Context, hooks []*Webhook) error
}

type MongoHooks struct{ Coll *mongo.Collection }

func (m *MongoHooks) Add(ctx context.Context, hooks []*Webhook) error {
	return dbkit.InsertMany(ctx, m.Coll, hooks)
}

func Rotate(ctx context.Context, coll *mongo.Collection, id string) error {
	secret := id + "-rotated"
	return dbkit.UpdateOne(ctx, coll, bson.M{"_id": id}, bson.M{"$set": bson.M{"api_secret": secret}})
}
