// Package app writes through the real go-zero v1.9.4 stores (mon on
// mongo-driver v2), as goctl's generated models do.
package app

import (
	"context"

	"github.com/zeromicro/go-zero/core/stores/mon"
	"github.com/zeromicro/go-zero/core/stores/monc"
	"go.mongodb.org/mongo-driver/v2/bson"
)

type Channel struct {
	ID       bson.ObjectID `bson:"_id,omitempty"`
	Name     string        `bson:"name,omitempty"`
	Password string        `bson:"password,omitempty"`
	Token    string        `bson:"token,omitempty"`
}

type Req struct{ Name, Password, Token string }

func writes(ctx context.Context, conn *mon.Model, r *Req) {
	conn.InsertOne(ctx, &Channel{Name: r.Name, Password: r.Password})                     // want `\*app\.Channel written by InsertOne stores Password \(key "password"\) in plaintext`
	conn.UpdateOne(ctx, bson.M{"name": r.Name}, bson.M{"$set": bson.M{"token": r.Token}}) // want `document written by UpdateOne stores key "token" in plaintext`
	var c Channel
	conn.FindOne(ctx, &c, bson.M{"token": r.Token}) // want `filter of FindOne matches key "token" against a raw value`
	c.Name = r.Name
	conn.ReplaceOne(ctx, bson.M{"_id": c.ID}, &c) // read back: the stored secrets
}

func cached(ctx context.Context, m *monc.Model, r *Req) {
	m.InsertOne(ctx, "cache:"+r.Name, &Channel{Name: r.Name, Token: r.Token})                       // want `\*app\.Channel written by InsertOne stores Token \(key "token"\) in plaintext`
	m.UpdateOneNoCache(ctx, bson.M{"name": r.Name}, bson.M{"$set": bson.M{"password": r.Password}}) // want `document written by UpdateOneNoCache stores key "password" in plaintext`
	var c Channel
	m.FindOne(ctx, "cache:"+r.Name, &c, bson.M{"password": r.Password}) // want `filter of FindOne matches key "password" against a raw value`
}
