// Package repo writes the documents the model builds.
package repo

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"

	"docs/model"
)

type Request struct{ Key, Token string }

func digest(s string) string { // want digest:`hashed result`
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

func store(ctx context.Context, c *mongo.Collection, r *Request) {
	k := &model.Key{Owner: "o", Secret: r.Key}
	c.UpdateOne(ctx, bson.M{"_id": 1}, bson.M{"$set": k.ToBSON()}) // want `document written by UpdateOne stores Secret \(key "api_key"\) in plaintext`

	h := &model.Key{Owner: "o"}
	h.Secret = digest(r.Key)
	c.UpdateOne(ctx, bson.M{"_id": 2}, bson.M{"$set": h.ToBSON()})

	c.InsertOne(ctx, model.Doc(r.Token)) // want `document written by InsertOne stores key "refresh_token" in plaintext`
	c.InsertOne(ctx, model.Doc(digest(r.Token)))
	c.InsertOne(ctx, model.Sealed(r.Token))
	c.InsertOne(ctx, model.Public(r.Token))
}
