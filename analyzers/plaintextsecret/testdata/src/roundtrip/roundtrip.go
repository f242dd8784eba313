// Package roundtrip writes documents encoded first with bson.Marshal.
package roundtrip

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type User struct {
	Name     string `bson:"name"`
	Password string `bson:"password"`
}

type Request struct{ Name, Password string }

func digest(s string) string { // want digest:`hashed result`
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

func store(ctx context.Context, c *mongo.Collection, r *Request) {
	raw, err := bson.Marshal(User{Name: r.Name, Password: r.Password})
	if err != nil {
		return
	}
	c.InsertOne(ctx, bson.Raw(raw)) // want `roundtrip\.User encoded by bson\.Marshal written by InsertOne stores Password \(key "password"\) in plaintext`

	b, _ := bson.Marshal(bson.M{"name": r.Name, "reset_token": r.Password})
	c.InsertOne(ctx, b) // want `document encoded by bson\.Marshal written by InsertOne stores key "reset_token" in plaintext`

	h, _ := bson.Marshal(User{Name: r.Name, Password: digest(r.Password)})
	c.InsertOne(ctx, bson.Raw(h))

	n, _ := bson.Marshal(User{Name: r.Name})
	c.InsertOne(ctx, bson.Raw(n))

	storeRaw(ctx, c, bson.Raw(raw)) // want `roundtrip\.User encoded by bson\.Marshal written by storeRaw -> InsertOne stores Password \(key "password"\) in plaintext`
}

// storeRaw writes a raw document it was given: its keys are unknown here.
func storeRaw(ctx context.Context, c *mongo.Collection, doc bson.Raw) { // want storeRaw:`writes param 2 via storeRaw -> InsertOne`
	c.InsertOne(ctx, doc)
}
