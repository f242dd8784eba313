// Package edge: cases a matcher by spelling gets wrong.
package edge

import (
	"context"
	"database/sql"
	"encoding/json"
	"io"

	. "go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type (
	Doc   = M // an alias of bson.M
	Attrs M   // a defined type over bson.M: still a document
	Coll  = mongo.Collection
)

// Repo embeds the collection: InsertOne is promoted.
type Repo struct {
	*mongo.Collection
}

type Request struct {
	Password, Token, Card string
	PIN                   int
}

type Envelope[T any] struct {
	Kind    string `bson:"kind"`
	Payload T      `bson:"payload"`
}

type Secret struct {
	ClientSecret string `bson:"client_secret"`
}

type Node struct {
	Name     string  `bson:"name"`
	Children []*Node `bson:"children"`
	Token    string  `bson:"token"`
}

type Profile struct {
	Passphrase sql.NullString `bson:"passphrase"`
	PIN        int            `bson:"pin"`
	CardCount  int            `bson:"card_count"`  // a count, not a card
	Spin       string         `bson:"spin"`        // contains "pin", is not one
	Keyboard   string         `bson:"keyboard"`    // contains "key"
	TokenType  string         `bson:"token_type"`  // about the token, not the token
	SecretName string         `bson:"secret_name"` // names a secret, is not one
	Tokens     int            `bson:"tokens"`      // a count of tokens
}

func writes(ctx context.Context, r *Repo, c *Coll, req *Request) {
	r.InsertOne(ctx, Doc{"password": req.Password})                                             // want `document written by InsertOne stores key "password" in plaintext`
	c.InsertOne(ctx, Attrs{"access_token": req.Token})                                          // want `document written by InsertOne stores key "access_token" in plaintext`
	c.InsertOne(ctx, D{{"card_number", req.Card}})                                              // want `document written by InsertOne stores key "card_number" in plaintext`
	c.InsertOne(ctx, Envelope[Secret]{Kind: "oauth", Payload: Secret{ClientSecret: req.Token}}) // want `edge\.Envelope\[edge\.Secret\] written by InsertOne stores ClientSecret \(key "payload\.client_secret"\) in plaintext`
	c.InsertOne(ctx, Envelope[string]{Kind: "note", Payload: req.Token})
}

// typed writes documents known by their type only. A field that the type
// could hold but nothing on the path fills is not a finding; a document
// decoded from a request holds whatever the client sent.
func typed(ctx context.Context, c *Coll, load func() (*Node, *Profile), body io.Reader, pin int) {
	n, p := load()
	c.InsertOne(ctx, n)
	c.InsertOne(ctx, p)

	var in Node
	_ = json.NewDecoder(body).Decode(&in)
	c.InsertOne(ctx, &in) // want `\*edge\.Node written by InsertOne stores Token \(key "token"\) in plaintext; store a SHA-256 or HMAC of tokens you only verify and encrypt secrets you reuse \(fieldcrypt\.Digest, fieldcrypt\.String\) \(CL101\)`

	var q Profile
	q.PIN = pin + 1
	c.InsertOne(ctx, q) // want `edge\.Profile written by InsertOne stores PIN \(key "pin"\) in plaintext`
}

// Generic field names read with their struct's name.
type (
	APIKey struct {
		Name string `bson:"name"`
		Key  string `bson:"key"`
	}
	Card struct {
		Number string `bson:"number"`
		Holder string `bson:"holder"`
	}
	Setting struct {
		Key   string `bson:"key"`
		Value string `bson:"value"`
	}
	SortKey struct {
		Value string `bson:"value"`
	}
)

func generic(ctx context.Context, c *Coll, req *Request) { // want generic:`writes param 2 field Token as "value", sensitive by the caller.s name via generic -> InsertOne`
	c.InsertOne(ctx, APIKey{Name: "ci", Key: req.Token}) // want `edge\.APIKey written by InsertOne stores Key \(key "key"\) in plaintext`
	c.InsertOne(ctx, Card{Number: req.Card})             // want `edge\.Card written by InsertOne stores Number \(key "number"\) in plaintext`
	c.InsertOne(ctx, Setting{Key: "theme", Value: req.Token})
	c.InsertOne(ctx, SortKey{Value: req.Token})
}

// MaskedString hides itself in JSON and logs; the BSON encoder never calls
// MarshalJSON and stores the value: its name protects nothing.
type MaskedString string

func (s MaskedString) MarshalJSON() ([]byte, error) { return []byte(`"***"`), nil }

type StorageConfig struct {
	Bucket          string       `bson:"bucket"`
	SecretAccessKey MaskedString `bson:"secret_access_key"`
}

// parse returns a configuration decoded from input: its callers' documents
// hold what the file said.
func parse(r io.Reader) (*StorageConfig, error) { // want parse:`returns decoded input`
	c := &StorageConfig{}
	if err := json.NewDecoder(r).Decode(c); err != nil {
		return nil, err
	}
	return c, nil
}

func storeConfig(ctx context.Context, c *Coll, r io.Reader) {
	cfg, err := parse(r)
	if err != nil {
		return
	}
	c.InsertOne(ctx, cfg) // want `\*edge\.StorageConfig written by InsertOne stores SecretAccessKey \(key "secret_access_key"\) in plaintext`
}
