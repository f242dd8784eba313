// Package roundtrip writes documents encoded first with bson.Marshal.
package roundtrip

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"math/rand"
	"strconv"

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

// toDoc turns any value into a document of the same keys through a
// Marshal/Unmarshal round trip (named result, bare returns).
func toDoc(v interface{}) (doc *bson.D, err error) { // want toDoc:`returns param 0 re-encoded`
	data, err := bson.Marshal(v)
	if err != nil {
		return
	}
	err = bson.Unmarshal(data, &doc)
	return
}

// toRaw returns the encoding itself.
func toRaw(v any) bson.Raw { // want toRaw:`returns param 0 re-encoded`
	b, err := bson.Marshal(v)
	if err != nil {
		return nil
	}
	return bson.Raw(b)
}

// notRecoded unmarshals something other than its parameter's encoding.
func notRecoded(v any, stored []byte) (bson.M, error) {
	_, _ = bson.Marshal(v)
	var m bson.M
	err := bson.Unmarshal(stored, &m)
	return m, err
}

type UpdateInput struct {
	Name             string `bson:"name,omitempty"`
	VerificationCode string `bson:"verificationCode,omitempty"`
}

// updateUser $sets the fields of its input, converted by toDoc.
func updateUser(ctx context.Context, c *mongo.Collection, id string, in *UpdateInput) error { // want updateUser:`writes param 3 via updateUser -> FindOneAndUpdate`
	doc, err := toDoc(in)
	if err != nil {
		return err
	}
	update := bson.D{{Key: "$set", Value: doc}}
	return c.FindOneAndUpdate(ctx, bson.D{{Key: "_id", Value: id}}, update).Err()
}

// nextCode makes a six-digit code.
func nextCode() string { return strconv.Itoa(rand.Intn(1000000)) }

func verify(ctx context.Context, c *mongo.Collection, id string, stored []byte) {
	code := nextCode()
	updateUser(ctx, c, id, &UpdateInput{VerificationCode: code}) // want `\*roundtrip\.UpdateInput written by updateUser -> FindOneAndUpdate stores VerificationCode \(key "verificationCode"\) in plaintext`
	updateUser(ctx, c, id, &UpdateInput{VerificationCode: digest(code)})
	updateUser(ctx, c, id, &UpdateInput{Name: "x"})

	c.InsertOne(ctx, toRaw(User{Password: code})) // want `roundtrip\.User encoded by bson\.Marshal written by InsertOne stores Password \(key "password"\) in plaintext`

	m, _ := notRecoded(User{Password: code}, stored)
	c.InsertOne(ctx, m) // a stored document: its keys are unknown here
}
