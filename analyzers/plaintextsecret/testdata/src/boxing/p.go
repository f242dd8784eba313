// Package boxing: a generic model service boxes the model into an
// interface before the write (m := any(&model).(Model)); the model the
// caller passes is what is written.
package boxing

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"

	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Model interface {
	GetID() string
	SetID(string)
}

type Base struct {
	ID string `bson:"_id"`
}

func (b *Base) GetID() string   { return b.ID }
func (b *Base) SetID(id string) { b.ID = id }

type Token struct {
	Base  `bson:",inline"`
	Name  string `bson:"name"`
	Token string `bson:"token"`
}

type Service[T any] struct{ col *mongo.Collection }

func (svc *Service[T]) InsertOne(ctx context.Context, model T) error { // want InsertOne:`writes param 1 via InsertOne -> InsertOne`
	m := any(&model).(Model)
	if m.GetID() == "" {
		m.SetID("new")
	}
	_, err := svc.col.InsertOne(ctx, m)
	return err
}

// Replace boxes without the variable.
func (svc *Service[T]) Replace(ctx context.Context, id string, model T) error { // want Replace:`writes param 2 via Replace -> ReplaceOne`
	_, err := svc.col.ReplaceOne(ctx, map[string]string{"_id": id}, any(&model).(Model))
	return err
}

// Opaque asserts its parameter to the interface: what the callers pass is
// what is written.
func Opaque(ctx context.Context, col *mongo.Collection, v any) { // want Opaque:`writes param 2 via Opaque -> InsertOne`
	m, ok := v.(Model)
	if ok {
		col.InsertOne(ctx, m)
	}
}

func mint() string { // want mint:`returns a new secret`
	b := make([]byte, 32)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func digest(s string) string { // want digest:`hashed result`
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

func Post(ctx context.Context, svc *Service[Token], name string) {
	var t Token
	t.Name = name
	t.Token = mint()
	svc.InsertOne(ctx, t) // want `boxing\.Token written by InsertOne -> InsertOne stores Token \(key "token"\) in plaintext`

	svc.Replace(ctx, "id", Token{Name: name, Token: mint()}) // want `boxing\.Token written by Replace -> ReplaceOne stores Token \(key "token"\) in plaintext`

	svc.InsertOne(ctx, Token{Name: name})                   // the token is empty
	Opaque(ctx, svc.col, &Token{Name: name, Token: mint()}) // want `\*boxing\.Token written by Opaque -> InsertOne stores Token \(key "token"\) in plaintext`
	Opaque(ctx, svc.col, &Token{Name: name})
	svc.InsertOne(ctx, Token{Name: name, Token: digest(t.Token)}) // a hash
}

// BaseModel is a model's own hook: it returns the model to write, with
// its timestamps set.
type BaseModel interface {
	ParseModel() any
}

type Account struct {
	ID     string `bson:"_id"`
	Number string `bson:"account_number"`
}

func (a Account) ParseModel() any {
	if a.ID == "" {
		a.ID = "new"
	}
	return &a
}

type Repo[T any] struct{ col *mongo.Collection }

// CreateOne writes what the model's hook returns: the model it is given.
func (r *Repo[T]) CreateOne(ctx context.Context, payload T) error { // want CreateOne:`writes param 1 via CreateOne -> InsertOne`
	parsed := interface{}(payload).(BaseModel).ParseModel()
	_, err := r.col.InsertOne(ctx, parsed)
	return err
}

func Open(ctx context.Context, r *Repo[Account]) {
	r.CreateOne(ctx, Account{Number: mint()}) // want `boxing\.Account written by CreateOne -> InsertOne stores Number \(key "account_number"\) in plaintext`
	r.CreateOne(ctx, Account{ID: "a"})        // the number is empty
}
