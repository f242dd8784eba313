// Package jsonrt writes documents made by a JSON round trip: json.Marshal,
// then json.Unmarshal into a map (a helper many services call
// StructToMap). The map holds the struct's fields under their JSON keys,
// which are BSON's only when the tags agree.
package jsonrt

import (
	"context"
	"encoding/json"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Verification struct {
	Token string `bson:"token" json:"token"`
}

// Settings' Role has no json tag: JSON writes "Role" where BSON writes
// "role". The other keys of User agree, so its verification token is
// still where a BSON walk says.
type Settings struct {
	Role string `bson:"role"`
}

type Reset struct {
	Token string `bson:"token" json:"token"`
}

type User struct {
	Email        string        `bson:"email" json:"email"`
	Settings     *Settings     `bson:"settings" json:"settings"`
	Verification *Verification `bson:"email_verification" json:"email_verification"`
	Resets       *Reset        `bson:"password_resets" json:"password_resets"`
}

// Legacy's JSON keys are not its BSON keys: the map holds "ResetToken",
// which a BSON walk would name "reset_token".
type Legacy struct {
	Email      string `bson:"email"`
	ResetToken string `bson:"reset_token"`
}

func StructToMap(in any) (map[string]any, error) { // want StructToMap:`returns param 0 re-encoded through JSON`
	out := make(map[string]any)
	b, _ := json.Marshal(in)
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, err
	}
	return out, nil
}

func newCode() string { return "123456" + "" }

func create(ctx context.Context, c *mongo.Collection, email string) error {
	u := User{Email: email, Verification: &Verification{Token: newCode()}}
	doc, err := StructToMap(u)
	if err != nil {
		return err
	}
	_, err = c.InsertOne(ctx, bson.M(doc)) // want `jsonrt\.User encoded as JSON written by InsertOne stores Token \(key "email_verification\.token"\) in plaintext`
	return err
}

// inline makes the round trip itself.
func inline(ctx context.Context, c *mongo.Collection, email string) error {
	u := User{Email: email, Verification: &Verification{Token: newCode()}}
	b, err := json.Marshal(u)
	if err != nil {
		return err
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	_, err = c.InsertOne(ctx, m) // want `stores Token \(key "email_verification\.token"\) in plaintext`
	return err
}

// legacy's keys disagree: the document is not read by BSON's keys.
func legacy(ctx context.Context, c *mongo.Collection) error {
	doc, err := StructToMap(Legacy{Email: "e", ResetToken: newCode()})
	if err != nil {
		return err
	}
	_, err = c.InsertOne(ctx, doc)
	return err
}

// signUp decodes the user from the request and sets the verification it
// issues through a variable: the literal's token is what is stored. The
// client could send password_resets too, but a reset token is the
// server's to issue: what a client sends there is not read as one.
func signUp(ctx context.Context, c *mongo.Collection, body []byte) error {
	var u User
	if err := json.Unmarshal(body, &u); err != nil {
		return err
	}
	v := &Verification{newCode()}
	u.Verification = v
	doc, err := StructToMap(u)
	if err != nil {
		return err
	}
	return save(ctx, c, doc) // want `jsonrt\.User encoded as JSON written by save -> InsertOne stores Token \(key "email_verification\.token"\) in plaintext`
}

// toBSON converts a map, as document helpers do: it returns its argument.
func toBSON(m map[string]any) bson.M { return bson.M(m) } // want toBSON:`returns param 0`

func save(ctx context.Context, c *mongo.Collection, doc map[string]any) error { // want save:`writes param 2 via save -> InsertOne`
	_, err := c.InsertOne(ctx, toBSON(doc))
	return err
}

var _, _, _, _ = create, inline, legacy, signUp
