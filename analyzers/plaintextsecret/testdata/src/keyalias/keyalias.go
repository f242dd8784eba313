// Package keyalias: a document key that says nothing by itself ("rf") is
// read as the sensitive field its models store under it (RefreshToken
// `bson:"rf"`), unless another field uses the same key for something else.
package keyalias

import (
	"context"

	scrypt "github.com/elithrar/simple-scrypt"
	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type User struct {
	Email        string `bson:"email"`
	HPassword    string `bson:"hpass"`
	RefreshToken string `bson:"rf"`
	RecoverNote  string `bson:"recover"`
	Label        string `bson:"lbl"`
}

// Session stores its token under "tk", and Page stores a title there: "tk"
// is not read as a token.
type Session struct {
	Token string `bson:"tk"`
}

type Page struct {
	Title string `bson:"tk"`
}

// APIKey.Value is a secret only in its context: "value" is not an alias.
type APIKey struct {
	Value string `bson:"value"`
}

func newToken() string { return "t" + "0" }

func rotate(ctx context.Context, c *mongo.Collection, id string) (string, error) {
	tok := newToken()
	_, err := c.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"rf": tok}}) // want `document written by UpdateOne stores key "rf" in plaintext; store a SHA-256 or HMAC of tokens you only verify and encrypt secrets you reuse \(fieldcrypt\.Digest, fieldcrypt\.String\) \(CL101\)`
	return tok, err
}

func lookup(ctx context.Context, c *mongo.Collection) error {
	presented := newToken()
	return c.FindOne(ctx, bson.M{"rf": presented}).Err() // want `filter of FindOne matches key "rf" against a raw value`
}

func setPassword(ctx context.Context, c *mongo.Collection, id, pw string) error {
	h, err := scrypt.GenerateFromPassword([]byte(pw), scrypt.DefaultParams)
	if err != nil {
		return err
	}
	_, err = c.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"hpass": string(h)}})
	return err
}

func setPasswordPlain(ctx context.Context, c *mongo.Collection, id string) error {
	pw := newToken()
	_, err := c.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"hpass": pw}}) // want `document written by UpdateOne stores key "hpass" in plaintext`
	return err
}

// Keys no model names as sensitive, shared ones, and context-only ones
// are not findings.
func others(ctx context.Context, c *mongo.Collection, id string) error {
	v := newToken()
	_, err := c.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"recover": v, "lbl": v, "tk": v, "value": v}})
	return err
}

var _, _, _, _ = rotate, lookup, setPassword, setPasswordPlain
var _ = others
