// Package builders: documents built element by element (d = append(d,
// bson.E{...})) and by helpers that add a key to the caller's document
// (dbutil.AddIfNotNil(&d, "password", p), dbutil.Put(m, "token", t)).
package builders

import (
	"context"
	"log"
	"net/http"

	"golang.org/x/crypto/bcrypt"

	"builders/dbutil"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

func Appended(ctx context.Context, c *mongo.Collection, r *http.Request) {
	d := bson.D{}
	d = append(d, bson.E{Key: "name", Value: r.FormValue("name")})
	d = append(d, bson.E{Key: "password", Value: r.FormValue("pw")})
	c.UpdateOne(ctx, bson.M{}, bson.D{{Key: "$set", Value: d}}) // want `document written by UpdateOne stores key "password" in plaintext`
}

func Helper(ctx context.Context, c *mongo.Collection, r *http.Request) {
	update := bson.D{}
	dbutil.AddIfNotNil(&update, "apiKey", r.Header.Get("X-Key"))
	c.UpdateOne(ctx, bson.M{}, bson.D{{Key: "$set", Value: update}}) // want `document written by UpdateOne stores key "apiKey" in plaintext`
}

func MapHelper(ctx context.Context, c *mongo.Collection, r *http.Request) {
	m := bson.M{}
	dbutil.Put(m, "reset_token", r.FormValue("t"))
	c.InsertOne(ctx, m) // want `document written by InsertOne stores key "reset_token" in plaintext`
}

// The negatives: a hash, a key added after the write, a key known only at
// run time, a helper that sets its own key.
func Hashed(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	h, err := bcrypt.GenerateFromPassword([]byte(r.FormValue("pw")), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	update := bson.D{}
	dbutil.AddIfNotNil(&update, "password", string(h))
	_, err = c.UpdateOne(ctx, bson.M{}, bson.D{{Key: "$set", Value: update}})
	return err
}

func After(ctx context.Context, c *mongo.Collection, r *http.Request) {
	update := bson.D{}
	dbutil.AddIfNotNil(&update, "name", r.FormValue("name"))
	c.UpdateOne(ctx, bson.M{}, bson.D{{Key: "$set", Value: update}})
	dbutil.AddIfNotNil(&update, "password", r.FormValue("pw")) // after the write
	log.Println(len(update))
}

func Dynamic(ctx context.Context, c *mongo.Collection, r *http.Request) {
	m := bson.M{}
	dbutil.Put(m, r.FormValue("field"), r.FormValue("pw"))
	dbutil.Stamp(m, r.FormValue("token"))
	c.InsertOne(ctx, m)
}

// A wrapper's parameter set by the helper: judged at the caller.
func setSecret(ctx context.Context, c *mongo.Collection, secret string) { // want setSecret:`writes param 2 as "client_secret" via setSecret -> UpdateOne`
	update := bson.D{}
	dbutil.AddIfNotNil(&update, "client_secret", secret)
	c.UpdateOne(ctx, bson.M{}, bson.D{{Key: "$set", Value: update}})
}

func Rotate(ctx context.Context, c *mongo.Collection, r *http.Request) {
	setSecret(ctx, c, r.FormValue("secret")) // want `value written by setSecret -> UpdateOne stores key "client_secret" in plaintext`
}
