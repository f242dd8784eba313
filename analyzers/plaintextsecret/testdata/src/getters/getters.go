// Package getters: a protobuf message's getter (req.GetApiKey()) is its
// field: a function that writes it passes the caller's value on, judged
// where the caller builds the message.
package getters

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

// CreateRequest is shaped as protoc-gen-go generates messages.
type CreateRequest struct {
	Email  string
	ApiKey string
}

func (x *CreateRequest) GetEmail() string {
	if x != nil {
		return x.Email
	}
	return ""
}

func (x *CreateRequest) GetApiKey() string {
	if x != nil {
		return x.ApiKey
	}
	return ""
}

// GetKeyHint is not a getter of a field: its result is computed, four
// characters of the key, which do not reveal it.
func (x *CreateRequest) GetKeyHint() string { return x.ApiKey[:4] } // want GetKeyHint:`hashed result`

type server struct{ c *mongo.Collection }

func (s *server) create(ctx context.Context, req *CreateRequest) error { // want create:`writes param 1 field ApiKey as "api_key" via create -> InsertOne`
	_, err := s.c.InsertOne(ctx, bson.M{"email": req.GetEmail(), "api_key": req.GetApiKey()})
	return err
}

func Hashed(ctx context.Context, s *server, email, key string) error {
	sum := sha256.Sum256([]byte(key))
	return s.create(ctx, &CreateRequest{Email: email, ApiKey: hex.EncodeToString(sum[:])})
}

func Raw(ctx context.Context, s *server, email, key string) error {
	return s.create(ctx, &CreateRequest{Email: email, ApiKey: key + "-v1"}) // want `\*getters\.CreateRequest written by create -> InsertOne stores ApiKey \(key "api_key"\) in plaintext`
}
