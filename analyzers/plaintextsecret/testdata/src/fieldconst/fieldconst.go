// Package fieldconst names document keys with constants: generated field
// constants (<Type><Key>, whose type word is the owner, not what the key
// holds) and constants named for what they key.
package fieldconst

import (
	"context"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

// Generated from the models' fields.
const (
	CredentialUsername = "username"
	CredentialName     = "name"
	UserPassword       = "password"
)

// Named for what they key.
const refreshTokenKey = "rt"

// A registry credential looked up by its user name: the name is no
// secret, whatever the constant's type word says.
func byUsername(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	username := r.URL.Query().Get("username")
	return c.FindOne(ctx, bson.M{CredentialUsername: username, CredentialName: "default"}).Err()
}

func setPassword(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	_, err := c.UpdateOne(ctx, bson.M{"_id": r.FormValue("id")}, bson.M{"$set": bson.M{UserPassword: r.FormValue("password")}}) // want `document written by UpdateOne stores key "password" in plaintext`
	return err
}

func newToken() string { return "t0k3n" }

func setRefresh(ctx context.Context, c *mongo.Collection, id string) error {
	token := newToken()
	_, err := c.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{refreshTokenKey: token}}) // want `document written by UpdateOne stores key "rt" in plaintext`
	return err
}
