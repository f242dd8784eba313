// Package repo stores documents: its methods pass their parameters on to
// the driver, so they are sinks for their callers and report nothing here.
package repo

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"

	"wrap/model"
)

type Repo struct{ coll *mongo.Collection }

func (r *Repo) Coll() *mongo.Collection { return r.coll }

func (r *Repo) Create(ctx context.Context, u *model.User) error { // want Create:`writes param 1 via Create -> InsertOne`
	_, err := r.coll.InsertOne(ctx, u)
	return err
}

func (r *Repo) SetResetToken(ctx context.Context, id, token string) error { // want SetResetToken:`writes param 2 as "reset_token" via SetResetToken -> UpdateOne`
	_, err := r.coll.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"reset_token": token}})
	return err
}

func (r *Repo) FindByToken(ctx context.Context, token string) *mongo.SingleResult { // want FindByToken:`writes param 1 as "reset_token" via FindByToken -> FindOne`
	return r.coll.FindOne(ctx, bson.M{"reset_token": token})
}

func InsertMany[T any](ctx context.Context, coll *mongo.Collection, docs []T) error { // want InsertMany:`writes elements of param 2 via InsertMany -> InsertMany`
	_, err := coll.InsertMany(ctx, docs)
	return err
}
