// Package fork writes through a fork of the driver that the analyzer
// recognises by its module path and layout, without -drivers.
package fork

import (
	"context"

	"github.com/acme/mongo-go-driver/v2/bson"
	"github.com/acme/mongo-go-driver/v2/mongo"
)

type Authority struct {
	Name       string `bson:"name"`
	PrivateKey string `bson:"private_key"`
	PublicKey  string `bson:"public_key"`
}

func generate() (pem, pub string) { return "-----BEGIN PRIVATE KEY-----", "ssh-ed25519 AAAA" }

func Save(ctx context.Context, c *mongo.Collection, name string) {
	pem, pub := generate()
	c.InsertOne(ctx, &Authority{Name: name, PrivateKey: pem, PublicKey: pub}) // want `\*fork.Authority written by InsertOne stores PrivateKey \(key "private_key"\) in plaintext; encrypt key material \(CSFLE, or explicit encryption with fieldcrypt\.Bytes or fieldcrypt\.String\) \(CL101\)`
}

func SetSecret(ctx context.Context, c *mongo.Collection, id string) {
	secret := id + "-secret"
	c.UpdateOne(ctx, bson.M{"_id": id}, bson.D{{Key: "$set", Value: bson.D{{Key: "secret", Value: secret}}}}) // want `document written by UpdateOne stores key "secret" in plaintext`
}

func SetPublic(ctx context.Context, c *mongo.Collection, id string) {
	_, pub := generate()
	c.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"public_key": pub}})
}
