// Package selectfields updates a few fields of a model through a helper
// that builds the $set by reflection, keeping the fields a set names.
package selectfields

import (
	"context"
	"reflect"
	"strings"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Set map[string]bool

func NewSet(keys ...string) Set {
	s := Set{}
	for _, k := range keys {
		s[k] = true
	}
	return s
}

func (s Set) Contains(k string) bool { return s[k] }

// SelectFields keeps the fields of obj whose bson keys fields names.
func SelectFields(obj any, fields Set) bson.M { // want SelectFields:`builds a document from param 0 selecting the keys of param 1`
	val := reflect.ValueOf(obj).Elem()
	set := bson.M{}
	for i := 0; i < val.NumField(); i++ {
		tag := strings.Split(val.Type().Field(i).Tag.Get("bson"), ",")[0]
		if fields.Contains(tag) {
			set[tag] = val.Field(i).Interface()
		}
	}
	return bson.M{"$set": set}
}

type Coll struct{ c *mongo.Collection }

func (c *Coll) CommitFields(ctx context.Context, id any, data any, fields Set) error { // want CommitFields:`writes param 2 via CommitFields -> UpdateOne selecting the keys of param 3`
	_, err := c.c.UpdateOne(ctx, bson.M{"_id": id}, SelectFields(data, fields))
	return err
}

type Authority struct {
	ID         string `bson:"_id"`
	Name       string `bson:"name"`
	PrivateKey string `bson:"private_key"`
}

func (a *Authority) CommitFields(ctx context.Context, c *Coll, fields Set) error { // want CommitFields:`writes param -1 via CommitFields -> CommitFields -> UpdateOne selecting the keys of param 2`
	return c.CommitFields(ctx, a.ID, a, fields)
}

func newKey() string { return "-----BEGIN PRIVATE KEY-----" }

func Rename(ctx context.Context, c *Coll, id, name string) error {
	a := &Authority{ID: id}
	a.Name = name
	a.PrivateKey = newKey()
	return a.CommitFields(ctx, c, NewSet("name")) // the private key is not selected
}

func Rotate(ctx context.Context, c *Coll, id string) error {
	a := &Authority{ID: id}
	a.PrivateKey = newKey()
	return a.CommitFields(ctx, c, NewSet("private_key")) // want `\*selectfields\.Authority written by CommitFields -> CommitFields -> UpdateOne stores PrivateKey \(key "private_key"\) in plaintext`
}

func RotateDirect(ctx context.Context, c *Coll, id string) error {
	a := &Authority{ID: id}
	a.PrivateKey = newKey()
	fields := NewSet("name", "private_key")
	return c.CommitFields(ctx, a.ID, a, fields) // want `\*selectfields\.Authority written by CommitFields -> UpdateOne stores PrivateKey \(key "private_key"\) in plaintext`
}

func (s Set) Add(keys ...string) {
	for _, k := range keys {
		s[k] = true
	}
}

// RotateMaybe adds the private key to the selection on one path: it may
// be written.
func RotateMaybe(ctx context.Context, c *Coll, id string, rotate bool) error {
	a := &Authority{ID: id}
	a.PrivateKey = newKey()
	fields := NewSet("name")
	if rotate {
		fields.Add("private_key")
	}
	return a.CommitFields(ctx, c, fields) // want `\*selectfields\.Authority written by CommitFields -> CommitFields -> UpdateOne stores PrivateKey \(key "private_key"\) in plaintext`
}

// system is a settings group kept in a package variable.
type system struct {
	ID            string `bson:"_id"`
	CookieAuthKey []byte `bson:"cookie_auth_key"`
	Theme         string `bson:"theme"`
}

var System = &system{ID: "system"}

func randomKey() []byte { return make([]byte, 64) }

func InitCookies(ctx context.Context, c *Coll) error {
	key := randomKey()
	System.CookieAuthKey = key
	return c.CommitFields(ctx, "system", System, NewSet("cookie_auth_key")) // want `\*selectfields\.system written by CommitFields -> UpdateOne stores CookieAuthKey \(key "cookie_auth_key"\) in plaintext`
}
