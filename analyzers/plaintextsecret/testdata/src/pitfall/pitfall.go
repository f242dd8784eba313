// Package pitfall: a type that encrypts itself through a pointer-receiver
// marshaller, written by value, is stored with the default encoder.
package pitfall

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

// EncryptedString encrypts itself when marshalled, but only through a
// pointer.
type EncryptedString string

func (e *EncryptedString) MarshalBSONValue() (byte, []byte, error) { return 0, nil, nil }

// Sealed encrypts itself through a value receiver: always called.
type Sealed string

func (Sealed) MarshalBSONValue() (byte, []byte, error) { return 0, nil, nil }

type Account struct {
	Email string          `bson:"email"`
	SSN   EncryptedString `bson:"ssn"`
	PIN   Sealed          `bson:"pin"`
}

type Request struct{ Email, SSN, PIN string }

func save(ctx context.Context, coll *mongo.Collection, r *Request) {
	a := Account{Email: r.Email, SSN: EncryptedString(r.SSN), PIN: Sealed(r.PIN)}
	coll.InsertOne(ctx, a)                                     // want `field SSN \(key "ssn"\) of type pitfall\.EncryptedString has MarshalBSON on a pointer receiver, but InsertOne receives the document by value: the driver skips the marshaller and writes the field with the default encoder; pass a pointer \(&doc\) or declare the marshaller on a value receiver \(CL102\)`
	coll.InsertOne(ctx, &a)                                    // the marshaller runs
	coll.InsertMany(ctx, []Account{a})                         // want `field SSN \(key "ssn"\) of type pitfall\.EncryptedString has MarshalBSON on a pointer receiver, but InsertMany receives`
	coll.InsertMany(ctx, []*Account{&a})                       // pointers: the marshaller runs
	coll.UpdateOne(ctx, bson.M{"_id": 1}, bson.M{"$set": a})   // want `field SSN \(key "ssn"\) of type pitfall\.EncryptedString has MarshalBSON on a pointer receiver, but UpdateOne receives`
	coll.UpdateOne(ctx, bson.M{"_id": 1}, bson.M{"$set": &a})  // the marshaller runs
	coll.InsertOne(ctx, bson.M{"ssn": EncryptedString(r.SSN)}) // want `^pitfall\.EncryptedString has MarshalBSON on a pointer receiver, but InsertOne receives it by value: the driver skips the marshaller and writes it with the default encoder; pass a pointer \(&doc\) or declare the marshaller on a value receiver \(CL102\)$`
}

func load(ctx context.Context, coll *mongo.Collection) {
	var accounts []Account
	_ = accounts
	coll.InsertMany(ctx, accounts) // want `field SSN \(key "ssn"\) of type pitfall\.EncryptedString has MarshalBSON on a pointer receiver, but InsertMany receives`
}
