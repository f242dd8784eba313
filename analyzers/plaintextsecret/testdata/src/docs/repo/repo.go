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

// saveKey calls the helper on its parameter: it is a wrapper for the
// field the helper stores, judged at its callers.
func saveKey(ctx context.Context, c *mongo.Collection, k *model.Key) error { // want saveKey:`writes param 2 field Secret as "api_key" via saveKey -> InsertOne`
	_, err := c.InsertOne(ctx, k.ToBSON())
	return err
}

// saveKeyHashed replaces the field before writing: not a wrapper for it.
func saveKeyHashed(ctx context.Context, c *mongo.Collection, k *model.Key) error {
	k.Secret = digest(k.Secret)
	_, err := c.InsertOne(ctx, k.ToBSON())
	return err
}

// forward passes its parameter on: a wrapper too.
func forward(ctx context.Context, c *mongo.Collection, k *model.Key) error { // want forward:`writes param 2 field Secret as "api_key" via forward -> saveKey -> InsertOne`
	return saveKey(ctx, c, k)
}

func callers(ctx context.Context, c *mongo.Collection, r *Request) {
	saveKey(ctx, c, &model.Key{Owner: "o", Secret: r.Key}) // want `\*model.Key written by saveKey -> InsertOne stores Secret \(key "api_key"\) in plaintext`
	saveKey(ctx, c, &model.Key{Owner: "o", Secret: digest(r.Key)})
	saveKey(ctx, c, &model.Key{Owner: "o"}) // the field left out is stored empty

	k := &model.Key{Owner: "o"}
	k.Secret = r.Key
	forward(ctx, c, k) // want `\*model.Key written by forward -> saveKey -> InsertOne stores Secret \(key "api_key"\) in plaintext`

	h := &model.Key{Owner: "o"}
	h.Secret = digest(r.Key)
	forward(ctx, c, h)

	saveKeyHashed(ctx, c, &model.Key{Owner: "o", Secret: r.Key})
}

// encodedOnly stores values passed through functions named like
// protectors: reported when the function only encodes its input.
func encodedOnly(ctx context.Context, c *mongo.Collection, r *Request) {
	c.InsertOne(ctx, bson.M{"api_key": model.EncryptSecret(r.Key)}) // want `document written by InsertOne stores key "api_key" in plaintext`
	c.InsertOne(ctx, bson.M{"api_key": model.StoredSecret(r.Key)})
}
