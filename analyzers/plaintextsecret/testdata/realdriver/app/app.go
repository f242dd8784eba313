// Package app type-checks against the real MongoDB Go drivers v1.17.10 and
// v2.10.0, so that a drift of the stubs cannot hide a missed sink.
package app

import (
	"context"

	bsonv1 "go.mongodb.org/mongo-driver/bson"
	mongov1 "go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

type User struct {
	Email    string `bson:"email"`
	Password string `bson:"password"`
	APIKey   string `bson:"api_key"`
}

type Request struct{ Email, Password, Key, Token string }

func v2(ctx context.Context, db *mongo.Database, r *Request) {
	coll := db.Collection("users")
	coll.InsertOne(ctx, User{Email: r.Email, Password: r.Password})                          // want `app\.User written by InsertOne stores Password \(key "password"\) in plaintext`
	coll.InsertMany(ctx, []User{{Email: r.Email, APIKey: r.Key}})                            // want `\[\]app\.User written by InsertMany stores APIKey \(key "api_key"\) in plaintext`
	coll.UpdateByID(ctx, 1, bson.M{"$set": bson.M{"reset_token": r.Token}})                  // want `document written by UpdateByID stores key "reset_token" in plaintext`
	coll.ReplaceOne(ctx, bson.M{"_id": 1}, bson.D{{Key: "api_key", Value: r.Key}})           // want `document written by ReplaceOne stores key "api_key" in plaintext`
	coll.FindOneAndUpdate(ctx, bson.M{"_id": 1}, bson.M{"$set": User{Password: r.Password}}) // want `document written by FindOneAndUpdate stores Password \(key "password"\) in plaintext`
	coll.BulkWrite(ctx, []mongo.WriteModel{
		mongo.NewUpdateOneModel().SetFilter(bson.M{"_id": 1}).SetUpdate(bson.M{"$set": bson.M{"password": r.Password}}), // want `document written by SetUpdate stores key "password" in plaintext`
		&mongo.ReplaceOneModel{Replacement: bson.M{"api_key": r.Key}},                                                   // want `document written by mongo\.ReplaceOneModel\.Replacement stores key "api_key" in plaintext`
	})
	db.RunCommand(ctx, bson.D{{Key: "insert", Value: "users"}, {Key: "documents", Value: bson.A{bson.M{"password": r.Password}}}})                                           // want `document written by RunCommand stores key "password" in plaintext`
	db.Client().BulkWrite(ctx, []mongo.ClientBulkWrite{{Database: "db", Collection: "users", Model: mongo.NewClientInsertOneModel().SetDocument(bson.M{"api_key": r.Key})}}) // want `document written by SetDocument stores key "api_key" in plaintext`
	options.GridFSUpload().SetMetadata(bson.M{"api_key": r.Key})                                                                                                             // want `document written by SetMetadata stores key "api_key" in plaintext`
	coll.FindOne(ctx, bson.M{"reset_token": r.Token})                                                                                                                        // want `filter of FindOne matches key "reset_token" against a raw value`
}

func v1(ctx context.Context, coll *mongov1.Collection, r *Request) {
	coll.InsertOne(ctx, bsonv1.M{"password": r.Password})                                                             // want `document written by InsertOne stores key "password" in plaintext`
	coll.InsertMany(ctx, []interface{}{User{Email: r.Email, APIKey: r.Key}})                                          // want `documents written by InsertMany stores APIKey \(key "api_key"\) in plaintext`
	coll.UpdateOne(ctx, bsonv1.M{"_id": 1}, bsonv1.D{{Key: "$set", Value: bsonv1.D{{Key: "api_key", Value: r.Key}}}}) // want `document written by UpdateOne stores key "api_key" in plaintext`
}

// readBack rewrites documents read back with the real drivers' decoders:
// the stored form, not reported.
func readBack(ctx context.Context, c *mongo.Collection, c1 *mongov1.Collection) {
	var u User
	c.FindOne(ctx, bson.M{"_id": 1}).Decode(&u)
	c.ReplaceOne(ctx, bson.M{"_id": 1}, u)

	cur, _ := c.Find(ctx, bson.M{})
	for cur.Next(ctx) {
		var v User
		cur.Decode(&v)
		c.InsertOne(ctx, bson.M{"api_key": v.APIKey})
	}

	var w User
	c1.FindOne(ctx, bsonv1.M{"_id": 1}).Decode(&w)
	c1.InsertOne(ctx, w)

	var all []User
	cur1, _ := c1.Find(ctx, bsonv1.M{})
	cur1.All(ctx, &all)
	for _, x := range all {
		c1.InsertOne(ctx, x)
	}
}

// roundTrip writes documents encoded first with the real drivers' Marshal.
func roundTrip(ctx context.Context, c *mongo.Collection, c1 *mongov1.Collection, r *Request) {
	raw, _ := bson.Marshal(User{Email: r.Email, Password: r.Password})
	c.InsertOne(ctx, bson.Raw(raw)) // want `app\.User encoded by bson\.Marshal written by InsertOne stores Password \(key "password"\) in plaintext`

	raw1, _ := bsonv1.Marshal(bsonv1.M{"api_key": r.Key})
	c1.InsertOne(ctx, bsonv1.Raw(raw1)) // want `document encoded by bson\.Marshal written by InsertOne stores key "api_key" in plaintext`
}
