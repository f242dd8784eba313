// Package repository writes any entity through its own encoding.
package repository

import (
	"context"

	"entityrepo/entity"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Repository struct{ DB *mongo.Database }

func (r Repository) InsertOne(name string, obj entity.IEntity) error { // want InsertOne:`writes param 1 via InsertOne -> InsertOne`
	obj.SetID()
	bData, err := obj.ToBson()
	if err != nil {
		return err
	}
	_, err = r.DB.Collection(name).InsertOne(context.TODO(), &bData)
	return err
}

func (r Repository) UpdateOne(name string, filter bson.D, obj entity.IEntity) error { // want UpdateOne:`writes param 1 via UpdateOne -> UpdateOne, param 2 via UpdateOne -> UpdateOne`
	bData, err := obj.ToBson()
	if err != nil {
		return err
	}
	_, err = r.DB.Collection(name).UpdateOne(context.TODO(), filter, bson.D{{Key: "$set", Value: bData}})
	return err
}

func (r Repository) InsertWallet(w *entity.Wallet) error { // want InsertWallet:`writes param 0 via InsertWallet -> InsertOne -> InsertOne`
	return r.InsertOne("wallets", w)
}
