// Package embedpath: a field promoted from an embedded struct is one
// location whichever way the code spells it (u.Password or
// u.Credentials.Password), and so is a field of an inline struct.
package embedpath

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"

	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Credentials struct {
	Password string `bson:"password"`
	APIKey   string `bson:"api_key"`
}

type User struct {
	Credentials `bson:",inline"`
	Name        string `bson:"name"`
}

// Meta is inlined through a named field: its fields are not promoted, so
// they are spelled a.Meta.Token.
type Meta struct {
	Token string `bson:"token"`
}

type Account struct {
	Meta Meta   `bson:",inline"`
	Name string `bson:"name"`
}

type Owner struct {
	Creds Credentials `bson:"creds"`
}

func hash(s string) string { // want hash:`hashed result`
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// PromotedHashed assigns through the promoted spelling: both fields hold
// hashes.
func PromotedHashed(ctx context.Context, c *mongo.Collection, pw string) {
	var u User
	u.Password = hash(pw)
	u.Credentials.APIKey = hash(pw)
	c.InsertOne(ctx, u)
}

// ExplicitPlain assigns through the embedded field's own name.
func ExplicitPlain(ctx context.Context, c *mongo.Collection, pw string) {
	var u User
	u.Credentials.Password = pw
	c.InsertOne(ctx, u) // want `embedpath\.User written by InsertOne stores Password \(key "password"\) in plaintext`
}

// PromotedPlain assigns through the promoted spelling.
func PromotedPlain(ctx context.Context, c *mongo.Collection, key string) {
	var u User
	u.APIKey = key
	c.InsertOne(ctx, &u) // want `\*embedpath\.User written by InsertOne stores APIKey \(key "api_key"\) in plaintext`
}

// Respelled: the last assignment before the write decides, whichever
// spelling each uses.
func Respelled(ctx context.Context, c *mongo.Collection, pw string) {
	var u User
	u.Credentials.Password = pw
	u.Password = hash(pw)
	c.InsertOne(ctx, u)

	var v User
	v.Password = hash(pw)
	v.Credentials.Password = pw
	c.InsertOne(ctx, v) // want `embedpath\.User written by InsertOne stores Password \(key "password"\) in plaintext`
}

// Guarded: the function returns when the promoted field is empty, spelled
// the other way: after the guard it holds the caller's value.
func Guarded(ctx context.Context, c *mongo.Collection, u *User) error { // want Guarded:`writes param 2 via Guarded -> InsertOne` Guarded:`requires param 2 field APIKey`
	if u.Credentials.APIKey == "" {
		return errors.New("no key")
	}
	_, err := c.InsertOne(ctx, u) // want `\*embedpath\.User written by InsertOne stores APIKey \(key "api_key"\) in plaintext`
	return err
}

// InlineNamed assigns a field of an inline struct held by a named field.
func InlineNamed(ctx context.Context, c *mongo.Collection, tok string) {
	var a Account
	a.Meta.Token = tok
	c.InsertOne(ctx, a) // want `embedpath\.Account written by InsertOne stores Token \(key "token"\) in plaintext`

	var b Account
	b.Meta.Token = hash(tok)
	c.InsertOne(ctx, b)
}

// Nested is a named sub-document, hashed: nothing to report.
func Nested(ctx context.Context, c *mongo.Collection, pw string) {
	var o Owner
	o.Creds.Password = hash(pw)
	o.Creds.APIKey = hash(pw)
	c.InsertOne(ctx, o)
}

// Branches: an assignment on one branch does not replace the one before
// it on the other path; one in the enclosing block after both does.
func Branches(ctx context.Context, c *mongo.Collection, pw string, legacy bool) {
	var u User
	u.Password = hash(pw)
	if legacy {
		u.Password = pw
	}
	c.InsertOne(ctx, u) // want `embedpath\.User written by InsertOne stores Password \(key "password"\) in plaintext`

	var v User
	if legacy {
		v.Password = pw
	}
	v.Password = hash(pw)
	c.InsertOne(ctx, v)

	var w User
	w.Password = pw
	defer func() { w.Password = hash(pw) }() // runs after the write
	c.InsertOne(ctx, w)                      // want `embedpath\.User written by InsertOne stores Password \(key "password"\) in plaintext`
}

// Arms: an assignment in one arm of an if/else does not reach a write in
// the other arm; in a loop, the next iteration may.
func Arms(ctx context.Context, c *mongo.Collection, pw string, legacy bool, n int) {
	var u User
	if legacy {
		u.Password = pw
	} else {
		u.Password = hash(pw)
		c.InsertOne(ctx, u)
	}

	var v User
	if legacy {
		v.Password = pw
	} else {
		c.InsertOne(ctx, v) // the password is empty here
	}

	var w User
	for range n {
		if legacy {
			w.Password = pw
		} else {
			c.InsertOne(ctx, w) // want `embedpath\.User written by InsertOne stores Password \(key "password"\) in plaintext`
		}
	}
}
