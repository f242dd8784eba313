// Package sealhelper: a field assigned and then sealed in place by a
// helper given the variable's address is not the assigned value at the
// write, whether the literal is written directly or through a
// constructor that wraps it; assigned after the helper, it is.
package sealhelper

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/mongo"

	"sealhelper/util"
)

type Chat struct {
	User       string          `bson:"user"`
	Connection util.Connection `bson:"connection"`
}

func NewChat(u string, c util.Connection) *Chat { // want NewChat:`wraps param 1 in Connection`
	return &Chat{User: u, Connection: c}
}

func a(ctx context.Context, col *mongo.Collection, pw string) error {
	conn := util.Connection{Host: "h"}
	conn.Password = pw
	if err := util.EncryptConnection(&conn); err != nil {
		return err
	}
	_, err := col.InsertOne(ctx, &Chat{User: "u", Connection: conn})
	return err
}

func b(ctx context.Context, col *mongo.Collection, pw string) error {
	conn := util.Connection{Host: "h"}
	conn.Password = pw
	if err := util.EncryptConnection(&conn); err != nil {
		return err
	}
	_, err := col.InsertOne(ctx, NewChat("u", conn))
	return err
}

func c(ctx context.Context, col *mongo.Collection, pw string) error { // want c:`writes param 2 as "connection.password" via c -> InsertOne`
	conn := util.Connection{Host: "h"}
	if err := util.EncryptConnection(&conn); err != nil {
		return err
	}
	conn.Password = pw // after the helper: plain
	_, err := col.InsertOne(ctx, NewChat("u", conn))
	return err
}
