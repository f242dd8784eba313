// Package selectfields updates a few fields of a model through a helper
// that builds the $set by reflection, keeping the fields a set names.
package selectfields

import (
	"context"
	"encoding/json"
	"net/http"
	"reflect"
	"slices"
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

// UpdateDocument sets the fields of item that are not empty, and those
// that always names even when empty: the list adds keys to those written
// anyway, it selects none.
func UpdateDocument(item any, always []string) bson.M { // want UpdateDocument:`builds a document from param 0$`
	val := reflect.ValueOf(item)
	if val.Kind() == reflect.Pointer {
		val = val.Elem()
	}
	alwaysSet := make(map[string]bool, len(always))
	for _, k := range always {
		alwaysSet[k] = true
	}
	update := bson.M{}
	for i := 0; i < val.NumField(); i++ {
		tag := strings.Split(val.Type().Field(i).Tag.Get("bson"), ",")[0]
		if tag == "" || tag == "-" || tag == "_id" {
			continue
		}
		_, keep := alwaysSet[tag]
		if keep || !val.Field(i).IsZero() {
			update[tag] = val.Field(i).Interface()
		}
	}
	return bson.M{"$set": update}
}

// Pick keeps the fields of obj whose keys are in keys, skipping the
// others first.
func Pick(obj any, keys []string) bson.M { // want Pick:`builds a document from param 0 selecting the keys of param 1`
	v := reflect.ValueOf(obj).Elem()
	out := bson.M{}
	for i := 0; i < v.NumField(); i++ {
		tag := v.Type().Field(i).Tag.Get("bson")
		if !slices.Contains(keys, tag) {
			continue
		}
		out[tag] = v.Field(i).Interface()
	}
	return bson.M{"$set": out}
}

type Member struct {
	ID         string `bson:"_id"`
	Name       string `bson:"name"`
	NationalID string `bson:"national_id"`
}

func nationalID() string { return "AB123456" }

func SetMember(ctx context.Context, c *mongo.Collection, id string) error {
	m := &Member{ID: id, Name: "Ann", NationalID: nationalID()}
	_, err := c.UpdateOne(ctx, bson.M{"_id": m.ID}, UpdateDocument(m, nil)) // want `document written by UpdateOne stores NationalID \(key "national_id"\) in plaintext`
	return err
}

func RenameMember(ctx context.Context, c *mongo.Collection, id string) error {
	m := &Member{ID: id, Name: "Ann", NationalID: nationalID()}
	_, err := c.UpdateOne(ctx, bson.M{"_id": m.ID}, Pick(m, []string{"name"})) // the national ID is not picked
	return err
}

// ToUpdate keys the fields of s that are set by their json tags, as a
// handler's $set of the request it was given.
func ToUpdate(s any) bson.M { // want ToUpdate:`builds a document from param 0 keyed by its json tags`
	values := reflect.ValueOf(s)
	types := values.Type()
	result := bson.M{"updatedAt": 1}
	for i := 0; i < values.NumField(); i++ {
		key := types.Field(i).Tag.Get("json")
		if key != "-" && !values.Field(i).IsZero() {
			result[key] = values.Field(i).Interface()
		}
	}
	return result
}

type UpdateLead struct {
	Name           string `json:"name"`
	TaxID          string `json:"taxId"`
	PassportNumber string `json:"-"`
}

func UpdateLeadDoc(ctx context.Context, c *mongo.Collection, id string, payload UpdateLead) error { // want UpdateLeadDoc:`writes param 3 via UpdateLeadDoc -> UpdateByID keyed by its json tags`
	_, err := c.UpdateByID(ctx, id, bson.D{{Key: "$set", Value: ToUpdate(payload)}})
	return err
}

func HandleUpdateLead(r *http.Request, c *mongo.Collection) error {
	var req UpdateLead
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return err
	}
	return UpdateLeadDoc(r.Context(), c, r.PathValue("id"), req) // want `selectfields\.UpdateLead written by UpdateLeadDoc -> UpdateByID stores TaxID \(key "taxId"\) in plaintext`
}
