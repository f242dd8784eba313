// Package updatebuilder builds update documents in helpers that put
// their parameters under an operator or a key: the caller's argument is
// what the helper's result stores there.
package updatebuilder

import (
	"context"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"golang.org/x/crypto/bcrypt"
)

func setDoc(set bson.M) bson.M { // want setDoc:"returns document with \"\" from document param 0"
	return bson.M{"$set": set}
}

// construct sets what set holds and unsets unset's keys: unset's values
// are not stored.
func construct(set, unset bson.M) bson.M { // want construct:"returns document with \"\" from document param 0"
	update := bson.M{}
	if len(set) > 0 {
		update["$set"] = set
	}
	if len(unset) > 0 {
		update["$unset"] = unset
	}
	return update
}

// nest stores its parameter under a key.
func nest(profile bson.M) bson.M { // want nest:"returns document with \"profile\" from document param 0"
	return bson.M{"$set": bson.M{"profile": profile}}
}

func setKey(ctx context.Context, col *mongo.Collection, r *http.Request) error {
	_, err := col.UpdateOne(ctx, bson.M{"_id": r.FormValue("id")}, setDoc(bson.M{"api_key": r.FormValue("api_key")})) // want `document written by UpdateOne stores key "api_key" in plaintext`
	return err
}

func setPassword(ctx context.Context, col *mongo.Collection, r *http.Request) error {
	_, err := col.UpdateOne(ctx, bson.M{"_id": r.FormValue("id")}, construct(bson.M{"password": r.FormValue("password")}, nil)) // want `document written by UpdateOne stores key "password" in plaintext`
	return err
}

func setSSN(ctx context.Context, col *mongo.Collection, r *http.Request) error {
	_, err := col.UpdateOne(ctx, bson.M{"_id": r.FormValue("id")}, nest(bson.M{"ssn": r.FormValue("ssn")})) // want `document written by UpdateOne stores key "profile.ssn" in plaintext`
	return err
}

// clearPassword unsets the password: nothing is stored.
func clearPassword(ctx context.Context, col *mongo.Collection, id string) error {
	_, err := col.UpdateOne(ctx, bson.M{"_id": id}, construct(bson.M{"name": "x"}, bson.M{"password": "1"}))
	return err
}

// hashPassword stores a bcrypt hash.
func hashPassword(ctx context.Context, col *mongo.Collection, r *http.Request) error {
	h, err := bcrypt.GenerateFromPassword([]byte(r.FormValue("password")), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	_, err = col.UpdateOne(ctx, bson.M{"_id": r.FormValue("id")}, setDoc(bson.M{"password": string(h)}))
	return err
}
