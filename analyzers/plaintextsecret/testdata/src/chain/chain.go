// Package chain: a wrapper chain longer than ten calls, declared
// caller-first, so that each round of a fixed point in declaration order
// learns one link only.
package chain

import (
	"context"
	"os"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

var coll *mongo.Collection

func Signup(ctx context.Context) error {
	return save0(ctx, os.Getenv("PASSWORD")) // want `value written by save0 -> save1 -> save2 -> save3 -> save4 -> save5 -> save6 -> save7 -> save8 -> save9 -> save10 -> save11 -> save12 -> save13 -> InsertOne stores key "password" in plaintext`
}

func save0(ctx context.Context, password string) error { // want save0:`writes param 1 as "password" via save0 -> save1 -> save2 -> save3 -> save4 -> save5 -> save6 -> save7 -> save8 -> save9 -> save10 -> save11 -> save12 -> save13 -> InsertOne`
	return save1(ctx, password)
}

func save1(ctx context.Context, password string) error { // want save1:`writes param 1 as "password" via save1 -> save2 -> save3 -> save4 -> save5 -> save6 -> save7 -> save8 -> save9 -> save10 -> save11 -> save12 -> save13 -> InsertOne`
	return save2(ctx, password)
}

func save2(ctx context.Context, password string) error { // want save2:`writes param 1 as "password" via save2 -> save3 -> save4 -> save5 -> save6 -> save7 -> save8 -> save9 -> save10 -> save11 -> save12 -> save13 -> InsertOne`
	return save3(ctx, password)
}

func save3(ctx context.Context, password string) error { // want save3:`writes param 1 as "password" via save3 -> save4 -> save5 -> save6 -> save7 -> save8 -> save9 -> save10 -> save11 -> save12 -> save13 -> InsertOne`
	return save4(ctx, password)
}

func save4(ctx context.Context, password string) error { // want save4:`writes param 1 as "password" via save4 -> save5 -> save6 -> save7 -> save8 -> save9 -> save10 -> save11 -> save12 -> save13 -> InsertOne`
	return save5(ctx, password)
}

func save5(ctx context.Context, password string) error { // want save5:`writes param 1 as "password" via save5 -> save6 -> save7 -> save8 -> save9 -> save10 -> save11 -> save12 -> save13 -> InsertOne`
	return save6(ctx, password)
}

func save6(ctx context.Context, password string) error { // want save6:`writes param 1 as "password" via save6 -> save7 -> save8 -> save9 -> save10 -> save11 -> save12 -> save13 -> InsertOne`
	return save7(ctx, password)
}

func save7(ctx context.Context, password string) error { // want save7:`writes param 1 as "password" via save7 -> save8 -> save9 -> save10 -> save11 -> save12 -> save13 -> InsertOne`
	return save8(ctx, password)
}

func save8(ctx context.Context, password string) error { // want save8:`writes param 1 as "password" via save8 -> save9 -> save10 -> save11 -> save12 -> save13 -> InsertOne`
	return save9(ctx, password)
}

func save9(ctx context.Context, password string) error { // want save9:`writes param 1 as "password" via save9 -> save10 -> save11 -> save12 -> save13 -> InsertOne`
	return save10(ctx, password)
}

func save10(ctx context.Context, password string) error { // want save10:`writes param 1 as "password" via save10 -> save11 -> save12 -> save13 -> InsertOne`
	return save11(ctx, password)
}

func save11(ctx context.Context, password string) error { // want save11:`writes param 1 as "password" via save11 -> save12 -> save13 -> InsertOne`
	return save12(ctx, password)
}

func save12(ctx context.Context, password string) error { // want save12:`writes param 1 as "password" via save12 -> save13 -> InsertOne`
	return save13(ctx, password)
}

func save13(ctx context.Context, password string) error { // want save13:`writes param 1 as "password" via save13 -> InsertOne`
	_, err := coll.InsertOne(ctx, bson.M{"password": password})
	return err
}
