// Package verification: a bare Code is read with the package's name when
// a sibling says whom it belongs to (Email): the package keeps e-mail
// verification codes, and its repository's lookups match them raw.
package verification

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Code struct {
	ID        string    `bson:"_id"`
	Code      string    `bson:"code"`
	Email     string    `bson:"email"`
	CreatedAt time.Time `bson:"created_at"`
}

func newCode() string { // want newCode:`returns a new secret`
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func Save(ctx context.Context, c *mongo.Collection, email string) error {
	code := &Code{Code: newCode(), Email: email, CreatedAt: time.Now()}
	_, err := c.InsertOne(ctx, code) // want `\*verification\.Code written by InsertOne stores Code \(key "code"\) in plaintext; store a SHA-256 or HMAC of tokens you only verify and encrypt secrets you reuse \(fieldcrypt\.Digest, fieldcrypt\.String\) \(CL101\)`
	return err
}

// Check matches the code the user typed: the filter's keys are read as
// the fields of the Code it decodes.
func Check(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	var got Code
	return c.FindOne(ctx, bson.M{"email": r.FormValue("email"), "code": r.FormValue("code")}).Decode(&got) // want `filter of FindOne matches key "code" against a raw value, so the field must be stored in plaintext`
}

// SaveHashed stores the code's SHA-256: not a finding.
func SaveHashed(ctx context.Context, c *mongo.Collection, email string) (string, error) { // want SaveHashed:`returns a new secret`
	plain := newCode()
	sum := sha256.Sum256([]byte(plain))
	_, err := c.InsertOne(ctx, &Code{Code: hex.EncodeToString(sum[:]), Email: email, CreatedAt: time.Now()})
	return plain, err
}

// Stats has a Code and a user, but "stats" says nothing about codes: the
// package's name reads only the context rules' words.
type Stats struct {
	Code   string `bson:"code"`
	UserID string `bson:"user_id"`
}
