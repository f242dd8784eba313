// Package clearedsecret: a writer that clears a secret only on some
// paths (a public app has none) writes the caller's secret on the others;
// one that clears it on every path writes none.
package clearedsecret

import (
	"context"
	"crypto/rand"
	"encoding/hex"

	"go.mongodb.org/mongo-driver/v2/mongo"
)

func GenerateSecret(n int) (string, error) { // want GenerateSecret:`returns a new secret`
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

type TPApp struct {
	ID     string `bson:"_id"`
	Type   int    `bson:"type"`
	Secret string `bson:"secret"`
}

func save(ctx context.Context, c *mongo.Collection, app *TPApp) error { // want save:`writes param 2 via save -> UpdateOne`
	if app.Type != 1 {
		app.Secret = ""
	}
	_, err := c.UpdateOne(ctx, map[string]string{"_id": app.ID}, map[string]any{"$set": app})
	return err
}

func create(ctx context.Context, c *mongo.Collection, typ int) error {
	var err error
	newApp := &TPApp{}
	if typ == 1 {
		newApp.Secret, err = GenerateSecret(30)
		if err != nil {
			return err
		}
	}
	newApp.ID = "x"
	newApp.Type = typ
	return save(ctx, c, newApp) // want `clearedsecret\.TPApp written by save -> UpdateOne stores Secret \(key "secret"\) in plaintext`
}

func create2(ctx context.Context, c *mongo.Collection) error {
	newApp := &TPApp{}
	s, err := GenerateSecret(30)
	if err != nil {
		return err
	}
	newApp.Secret = s
	return save(ctx, c, newApp) // want `clearedsecret\.TPApp written by save -> UpdateOne stores Secret \(key "secret"\) in plaintext`
}

func savePublic(ctx context.Context, c *mongo.Collection, app *TPApp) error { // want savePublic:`writes param 2 via savePublic -> UpdateOne replacing Secret`
	app.Secret = ""
	_, err := c.UpdateOne(ctx, map[string]string{"_id": app.ID}, map[string]any{"$set": app})
	return err
}

func createPublic(ctx context.Context, c *mongo.Collection) error {
	s, err := GenerateSecret(30)
	if err != nil {
		return err
	}
	return savePublic(ctx, c, &TPApp{ID: "x", Secret: s})
}
