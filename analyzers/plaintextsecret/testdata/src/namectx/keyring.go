package namectx

import (
	"context"
	"crypto/rand"

	"go.mongodb.org/mongo-driver/v2/mongo"
)

// keyDoc is a keyring's record: its Material is the key itself.
type keyDoc struct {
	ID       string `bson:"_id"`
	Material []byte `bson:"material"`
}

// Product's material is what it is made of.
type Product struct {
	Name     string `bson:"name"`
	Material string `bson:"material"`
}

func StoreMasterKey(ctx context.Context, c *mongo.Collection, id string) error {
	k := make([]byte, 32)
	if _, err := rand.Read(k); err != nil {
		return err
	}
	_, err := c.InsertOne(ctx, keyDoc{ID: id, Material: k}) // want `namectx\.keyDoc written by InsertOne stores Material \(key "material"\) in plaintext; encrypt key material`
	if err != nil {
		return err
	}
	_, err = c.InsertOne(ctx, Product{Name: "shirt", Material: "cotton"})
	return err
}
