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

// merge adds fields to an operator of update and returns update.
func merge(update bson.M, op string, fields bson.M) bson.M { // want merge:"returns param 0"
	m, _ := update[op].(bson.M)
	if m == nil {
		m = bson.M{}
	}
	for k, v := range fields {
		m[k] = v
	}
	update[op] = m
	return update
}

// constructMerged builds the update in a variable that merge hands back
// (update = merge(update, ...)), and returns what merge returns.
func constructMerged(set, unset bson.M, ops ...map[string]bson.M) bson.M { // want constructMerged:"returns document with \"\" from document param 0"
	update := bson.M{}
	if len(set) > 0 {
		update["$set"] = set
	}
	if len(unset) > 0 {
		update["$unset"] = unset
	}
	for _, op := range ops {
		for k, fields := range op {
			update = merge(update, k, fields)
		}
	}
	if len(update) > 0 {
		return merge(update, "$inc", bson.M{"revision": 1})
	}
	return nil
}

func setToken(ctx context.Context, col *mongo.Collection, r *http.Request) error {
	set := bson.M{"oauthToken": r.FormValue("token")}
	_, err := col.UpdateOne(ctx, bson.M{"id": r.FormValue("id")}, constructMerged(set, bson.M{})) // want `document written by UpdateOne stores key "oauthToken" in plaintext`
	return err
}

// unsetToken unsets the token through the merged builder.
func unsetToken(ctx context.Context, col *mongo.Collection, id string) error {
	_, err := col.UpdateOne(ctx, bson.M{"id": id}, constructMerged(bson.M{"name": "x"}, bson.M{"oauthToken": true}))
	return err
}

// stateFn is a state function: a variable assigned what calling it
// returns (state = state(l)) is no document and must not loop.
type stateFn func(*lexer) stateFn

type lexer struct{ n int }

func lexStart(l *lexer) stateFn {
	l.n++
	if l.n > 3 {
		return nil
	}
	return lexStart
}

func run(l *lexer) {
	for state := stateFn(lexStart); state != nil; {
		state = state(l)
	}
}
