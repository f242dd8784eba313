// Package idtoken stores tokens as the documents' _id: the key says
// nothing, the value's name says what it holds.
package idtoken

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Secondary struct {
	Id     string `bson:"_id"`
	UserId string `bson:"user_id"`
}

type Order struct {
	ID   string `bson:"_id"`
	User string `bson:"user"`
}

func randStr(n int) string { // want randStr:`returns a new secret`
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// newSecondary hands the token to the client and keeps it as the _id.
func newSecondary(ctx context.Context, c *mongo.Collection, userID string) (string, error) { // want newSecondary:`returns a new secret`
	token := randStr(32)
	_, err := c.InsertOne(ctx, &Secondary{Id: token, UserId: userID}) // want `\*idtoken\.Secondary written by InsertOne stores Id \(key "_id", which holds token\) in plaintext`
	return token, err
}

// get looks the presented token up by _id.
func get(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	token := r.Header.Get("X-Secondary-Token")
	return c.FindOne(ctx, bson.M{"_id": token}).Err() // want `filter of FindOne matches key "_id" \(which holds token\) against a raw value`
}

// An identifier named as one is not a secret.
func newOrder(ctx context.Context, c *mongo.Collection, userID string) error {
	id := randStr(12)
	_, err := c.InsertOne(ctx, &Order{ID: id, User: userID})
	return err
}

func byTokenID(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	tokenID := r.URL.Query().Get("id")
	return c.FindOne(ctx, bson.M{"_id": tokenID}).Err()
}

// A token kept as its digest is protected, whatever the variable is called.
func hashedToken(ctx context.Context, c *mongo.Collection, raw, userID string) error {
	sum := sha256.Sum256([]byte(raw))
	token := hex.EncodeToString(sum[:])
	_, err := c.InsertOne(ctx, &Secondary{Id: token, UserId: userID})
	return err
}

// Challenge keeps an ACME HTTP-01 challenge: its token is served to the
// certificate authority in the clear, it is no secret.
type Challenge struct {
	Id       string `bson:"_id"`
	Resource string `bson:"resource"`
}

type authzChallenge struct{ Token, URL string }

func saveChallenge(ctx context.Context, c *mongo.Collection, chal authzChallenge, resp string) error {
	_, err := c.InsertOne(ctx, &Challenge{Id: chal.Token, Resource: resp})
	return err
}

// deleteRecord names the id of one customer-password record after the
// collection it picks from: an identifier, not a password.
func deleteRecord(ctx context.Context, c *mongo.Collection, customerpasswords string) error {
	_, err := c.DeleteOne(ctx, bson.M{"_id": customerpasswords})
	return err
}

func deleteHandler(c *mongo.Collection, r *http.Request) error {
	return deleteRecord(r.Context(), c, r.URL.Query().Get("id"))
}
