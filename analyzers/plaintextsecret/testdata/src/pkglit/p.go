// Package pkglit: writes inside function literals that no function
// encloses (a command's RunE, a handler kept in a package variable).
package pkglit

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"os"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Command struct {
	Use  string
	RunE func(args []string) error
}

var users *mongo.Collection

func randStr() string { // want randStr:`returns a new secret`
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func hash(s string) string { // want hash:`hashed result`
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

var ResetCmd = &Command{
	Use: "reset-password",
	RunE: func(args []string) error {
		p := randStr()
		_, err := users.InsertOne(context.Background(), bson.M{"name": "admin", "password": p}) // want `document written by InsertOne stores key "password" in plaintext`
		return err
	},
}

var HashedCmd = &Command{
	Use: "hashed",
	RunE: func(args []string) error {
		_, err := users.InsertOne(context.Background(), bson.M{"name": "admin", "password": hash(os.Getenv("P"))})
		return err
	},
}

var handler = func(ctx context.Context, token string) error {
	_, err := users.InsertOne(ctx, bson.M{"api_token": os.Getenv("TOKEN")}) // want `document written by InsertOne stores key "api_token" in plaintext`
	return err
}

// Register keeps a literal inside a function: it is part of Register and
// reported once.
func Register() func() {
	return func() {
		users.InsertOne(context.Background(), bson.M{"secret": os.Getenv("S")}) // want `document written by InsertOne stores key "secret" in plaintext`
	}
}
