// Package libs: libraries built on the driver.
package libs

import (
	"context"

	mongox "github.com/chenmingyong0423/go-mongox"
	"github.com/kamva/mgm/v3"
	"github.com/qiniu/qmgo"
	mgo "gopkg.in/mgo.v2"
	mgobson "gopkg.in/mgo.v2/bson"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

type Request struct{ Password, Token, Key string }

type Credentials struct {
	Owner  string `bson:"owner"`
	APIKey string `bson:"api_key"`
}

func (Credentials) GetID() interface{} { return nil }

// Old mgo style: a bare tag is the key.
type Legacy struct {
	Name  string "name"
	Token string "token"
}

func qmgoWrites(ctx context.Context, c *qmgo.Collection, r *Request) {
	c.InsertOne(ctx, bson.M{"password": r.Password})                             // want `document written by InsertOne stores key "password" in plaintext`
	c.UpdateOne(ctx, bson.M{"_id": 1}, bson.M{"$set": bson.M{"api_key": r.Key}}) // want `document written by UpdateOne stores key "api_key" in plaintext`
}

func mgmWrites(ctx context.Context, r *Request) {
	coll := mgm.Coll(Credentials{})
	coll.Create(&Credentials{Owner: "o", APIKey: r.Key})        // want `\*libs\.Credentials written by Create stores APIKey \(key "api_key"\) in plaintext`
	coll.InsertOne(ctx, Credentials{Owner: "o", APIKey: r.Key}) // want `libs\.Credentials written by InsertOne stores APIKey \(key "api_key"\) in plaintext`
}

func mgoWrites(c *mgo.Collection, r *Request) {
	c.Insert(mgobson.M{"name": "x"}, Legacy{Name: "n", Token: r.Token})                   // want `libs\.Legacy written by Insert stores Token \(key "token"\) in plaintext`
	c.Update(mgobson.M{"_id": 1}, mgobson.M{"$set": mgobson.D{{"password", r.Password}}}) // want `document written by Update stores key "password" in plaintext`
}

func mongoxWrites(ctx context.Context, coll *mongo.Collection, r *Request) {
	c := mongox.NewCollection[Credentials](coll)
	c.Creator().InsertOne(ctx, &Credentials{Owner: "o", APIKey: r.Key})                                         // want `\*libs\.Credentials written by InsertOne stores APIKey \(key "api_key"\) in plaintext`
	c.Creator().InsertMany(ctx, []*Credentials{{Owner: "o"}, {APIKey: r.Key}})                                  // want `\[\]\*libs\.Credentials written by InsertMany stores APIKey \(key "api_key"\) in plaintext`
	c.Updater().Filter(bson.M{"_id": 1}).Updates(bson.M{"$set": bson.M{"password": r.Password}}).UpdateOne(ctx) // want `document written by Updates stores key "password" in plaintext`
	c.Creator().InsertOne(ctx, &Credentials{Owner: "o"})
}

// mgoReadBack writes back what mgo's queries and iterators read: the
// stored form, not reported.
func mgoReadBack(c *mgo.Collection) {
	var l Legacy
	c.Find(mgobson.M{"_id": 1}).One(&l)
	c.Insert(l)

	var all []Legacy
	c.Find(nil).All(&all)
	for _, x := range all {
		c.Insert(x)
	}

	var next Legacy
	for it := c.Find(nil).Iter(); it.Next(&next); {
		c.Insert(mgobson.M{"token": next.Token})
	}
}
