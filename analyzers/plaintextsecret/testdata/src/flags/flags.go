// Package flags is analyzed with -names "member number:personalid",
// -ignore pin, -sinks flags.Save:1 and -protectors flags.wrap.
package flags

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Member struct {
	MemberNumber string `bson:"member_number"`
	PIN          string `bson:"pin"`
}

type Request struct{ Number, PIN, Key string }

// Save writes through an API the analyzer does not know (a message queue
// that a consumer stores): named with -sinks.
func Save(ctx context.Context, doc any) {}

// wrap encrypts with a KMS client: named with -protectors.
func wrap(s string) string { return s }

func store(ctx context.Context, c *mongo.Collection, r *Request) {
	c.InsertOne(ctx, Member{MemberNumber: r.Number, PIN: r.PIN}) // want `flags\.Member written by InsertOne stores MemberNumber \(key "member_number"\) in plaintext; encrypt personal and payment data with CSFLE, Queryable Encryption or explicit encryption \(fieldcrypt\.String\) \(CL101\)`
	Save(ctx, bson.M{"api_key": r.Key})                          // want `document written by Save stores key "api_key" in plaintext`
	c.InsertOne(ctx, bson.M{"api_key": wrap(r.Key)})
}
