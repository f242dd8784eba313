// Package v1driver: the v1 driver, whose bson.M/D/E are aliases of the
// primitive types.
package v1driver

import (
	"context"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/bson/primitive"
	"go.mongodb.org/mongo-driver/mongo"
)

type Request struct{ Token, Key string }

type Session struct {
	UserID       string `bson:"user_id"`
	SessionToken string `bson:"session_token"`
}

func store(ctx context.Context, coll *mongo.Collection, r *Request) {
	coll.InsertOne(ctx, bson.M{"refresh_token": r.Token})                               // want `document written by InsertOne stores key "refresh_token" in plaintext`
	coll.InsertOne(ctx, primitive.D{{Key: "client_secret", Value: r.Key}})              // want `document written by InsertOne stores key "client_secret" in plaintext`
	coll.InsertMany(ctx, []interface{}{Session{UserID: "u", SessionToken: r.Token}})    // want `documents written by InsertMany stores SessionToken \(key "session_token"\) in plaintext`
	coll.UpdateOne(ctx, bson.M{"_id": 1}, bson.D{{"$set", bson.D{{"api_key", r.Key}}}}) // want `document written by UpdateOne stores key "api_key" in plaintext`
	coll.FindOne(ctx, bson.M{"session_token": r.Token})                                 // want `filter of FindOne matches key "session_token" against a raw value`
}
