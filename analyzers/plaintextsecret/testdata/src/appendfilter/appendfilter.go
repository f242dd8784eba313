// Package appendfilter builds filters and documents by appending: elements
// of a bson.D, and documents appended to an array ($or's alternatives,
// InsertMany's documents).
package appendfilter

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type CreateLead struct {
	NationalId string `json:"nationalId"`
	Phone      string `json:"phone"`
}

// exists looks for a lead with the same national ID or phone: $or's
// alternatives are appended to an array one by one.
func exists(ctx context.Context, c *mongo.Collection, payload CreateLead) {
	nationalId, phone := payload.NationalId, payload.Phone
	filter := bson.D{{"deletedAt", nil}}
	if len(nationalId) != 0 || len(phone) != 0 {
		values := bson.A{}
		if len(nationalId) != 0 {
			values = append(values, bson.M{"nationalId": nationalId})
		}
		if len(phone) != 0 {
			values = append(values, bson.M{"phone": phone})
		}
		if len(values) != 0 {
			filter = append(filter, bson.E{Key: "$or", Value: values})
		}
	}
	c.CountDocuments(ctx, filter)                                                  // want `filter of CountDocuments matches key "nationalId" against a raw value`
	c.CountDocuments(ctx, bson.M{"$or": bson.A{bson.M{"nationalId": nationalId}}}) // want `filter of CountDocuments matches key "nationalId" against a raw value`
	f2 := bson.D{{"deletedAt", nil}}
	f2 = append(f2, bson.E{Key: "nationalId", Value: nationalId})
	c.CountDocuments(ctx, f2) // want `filter of CountDocuments matches key "nationalId" against a raw value`
}

// existsHashed appends the digest the leads are stored under: not reported.
func existsHashed(ctx context.Context, c *mongo.Collection, payload CreateLead) {
	sum := sha256.Sum256([]byte(payload.NationalId))
	values := bson.A{}
	values = append(values, bson.M{"nationalId": hex.EncodeToString(sum[:])}, bson.M{"phone": payload.Phone})
	c.CountDocuments(ctx, bson.M{"$or": values})
}

// insertBoth appends documents to the slice InsertMany writes: one
// finding.
func insertBoth(ctx context.Context, c *mongo.Collection, a, b CreateLead) {
	docs := []any{}
	docs = append(docs, bson.M{"nationalId": a.NationalId, "phone": a.Phone})
	docs = append(docs, bson.M{"nationalId": b.NationalId})
	c.InsertMany(ctx, docs) // want `documents written by InsertMany stores key "nationalId" in plaintext`
}

// insertOne starts from an empty literal, then appends; insertLiteral
// lists its document in the literal.
func insertOne(ctx context.Context, c *mongo.Collection, r *CreateLead) {
	docs := []any{}
	docs = append(docs, bson.M{"nationalId": r.NationalId})
	c.InsertMany(ctx, docs) // want `documents written by InsertMany stores key "nationalId" in plaintext`
}

func insertLiteral(ctx context.Context, c *mongo.Collection, r *CreateLead) {
	docs := []any{bson.M{"nationalId": r.NationalId}}
	c.InsertMany(ctx, docs) // want `documents written by InsertMany stores key "nationalId" in plaintext`
}

// saveTokens declares its $set document and appends its elements: each is
// a key and its value.
func saveTokens(ctx context.Context, c *mongo.Collection, userID string) {
	token, refresh := randomToken(), randomToken()
	var update bson.D
	update = append(update, bson.E{Key: "token", Value: token})
	update = append(update, bson.E{Key: "refresh_token", Value: refresh})
	update = append(update, bson.E{Key: "user_id", Value: userID})
	c.UpdateOne(ctx, bson.M{"user_id": userID}, bson.D{{Key: "$set", Value: update}}) // want `document written by UpdateOne stores key "token", key "refresh_token" in plaintext`
}

func randomToken() string { // want randomToken:`returns a new secret`
	b := make([]byte, 32)
	rand.Read(b)
	return hex.EncodeToString(b)
}
