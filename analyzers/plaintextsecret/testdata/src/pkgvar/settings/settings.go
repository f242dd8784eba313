// Package settings keeps groups of settings in package variables and
// writes the fields a set names, by reflection.
package settings

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

func (s Set) Add(k string) { s[k] = true }

func SelectFields(obj any, fields Set) bson.M { // want SelectFields:`builds a document from param 0 selecting the keys of param 1`
	val := reflect.ValueOf(obj).Elem()
	set := bson.M{}
	for i := 0; i < val.NumField(); i++ {
		tag := strings.Split(val.Type().Field(i).Tag.Get("bson"), ",")[0]
		if fields.Contains(tag) {
			set[tag] = val.Field(i).Interface()
		}
	}
	return set
}

func Commit(ctx context.Context, c *mongo.Collection, group interface{}, fields Set) error { // want Commit:`writes param 2 via Commit -> UpdateOne selecting the keys of param 3`
	selector := SelectFields(group, NewSet("_id"))
	updated := SelectFields(group, fields)
	_, err := c.UpdateOne(ctx, selector, &bson.M{"$set": updated})
	return err
}

type system struct {
	ID            string `bson:"_id"`
	CookieAuthKey []byte `bson:"cookie_auth_key"`
	Theme         string `bson:"theme"`
}

var System = &system{ID: "system"}

type elastic struct {
	ID       string `bson:"_id"`
	Username string `bson:"username"`
	Password string `bson:"password"`
}

var Elastic = &elastic{ID: "elastic"}

type twilio struct {
	ID      string `bson:"_id"`
	Account string `bson:"account"`
	Number  string `bson:"number"`
	Secret  string `bson:"secret"`
}

var Twilio = &twilio{ID: "twilio"}

type Provider struct {
	Type         string `bson:"type"`
	ClientID     string `bson:"client_id"`
	ClientSecret string `bson:"client_secret"`
	// OneLoginSecret is a secret, though "one" often starts a one-time
	// code that a client never posts.
	OneLoginSecret string `bson:"one_login_secret"`
}

func (p *Provider) Validate() error {
	if p.Type == "" {
		p.Type = "oidc"
	}
	return nil
}

type auth struct {
	ID        string      `bson:"_id"`
	Providers []*Provider `bson:"providers"`
	Expire    int         `bson:"expire"`
}

var Auth = &auth{ID: "auth"}

// LoadAuth reads the group back: what it holds was stored before.
func LoadAuth(ctx context.Context, c *mongo.Collection) error {
	return c.FindOne(ctx, bson.M{"_id": "auth"}).Decode(Auth)
}
