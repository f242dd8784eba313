// Package csfle: fields that automatic encryption covers are not plaintext.
package csfle

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

const schema = `{
  "bsonType": "object",
  "properties": {
    "ssn": {"encrypt": {"bsonType": "string", "algorithm": "AEAD_AES_256_CBC_HMAC_SHA_512-Deterministic"}},
    "medical": {"properties": {"card_number": {"encrypt": {"bsonType": "string"}}}}
  }
}`

func autoEncryption() *options.ClientOptions {
	ae := options.AutoEncryption().
		SetSchemaMap(map[string]any{"hr.employees": schema}).
		SetEncryptedFieldsMap(map[string]any{"hr.patients": bson.M{"fields": bson.A{bson.M{"path": "passport_number", "bsonType": "string"}}}})
	return options.Client().SetAutoEncryptionOptions(ae)
}

type Request struct{ SSN, Card, Passport, TaxID string }

func store(ctx context.Context, coll *mongo.Collection, r *Request) {
	coll.InsertOne(ctx, bson.M{"ssn": r.SSN, "medical": bson.M{"card_number": r.Card}})
	coll.InsertOne(ctx, bson.M{"passport_number": r.Passport})
	coll.InsertOne(ctx, bson.M{"tax_id": r.TaxID}) // want `document written by InsertOne stores key "tax_id" in plaintext`
	coll.FindOne(ctx, bson.M{"ssn": r.SSN})        // deterministic encryption: querying by the raw value is right
}
