package builders

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

// Arrays of sub-documents built by append: onto the stored array, onto
// itself, from a pointer to a literal.

type APIKey struct {
	Name string `bson:"name"`
	Key  string `bson:"key"`
}

type Account struct {
	ID      string   `bson:"_id"`
	APIKeys []APIKey `bson:"apiKeys"`
}

type KeyUpdate struct {
	APIKeys *[]APIKey
}

func load(ctx context.Context, c *mongo.Collection, id string) (*Account, error) { // want load:`returns a stored document`
	var a Account
	err := c.FindOne(ctx, bson.M{"_id": id}).Decode(&a)
	return &a, err
}

func setKeys(ctx context.Context, c *mongo.Collection, id string, u *KeyUpdate) error { // want setKeys:`writes param 3 under "apiKeys" field APIKeys via setKeys -> UpdateOne`
	update := bson.D{}
	if u.APIKeys != nil {
		update = append(update, bson.E{Key: "apiKeys", Value: u.APIKeys})
	}
	_, err := c.UpdateOne(ctx, bson.M{"_id": id}, bson.D{{Key: "$set", Value: update}})
	return err
}

func AddKey(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	a, err := load(ctx, c, r.FormValue("id"))
	if err != nil {
		return err
	}
	keys := append(a.APIKeys, APIKey{Name: r.FormValue("name"), Key: r.FormValue("key")})
	_, err = c.UpdateOne(ctx, bson.M{"_id": a.ID}, bson.M{"$set": bson.M{"apiKeys": keys}}) // want `document written by UpdateOne stores Key \(key "apiKeys.key"\) in plaintext`
	return err
}

func AddKeyPointer(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	a, err := load(ctx, c, r.FormValue("id"))
	if err != nil {
		return err
	}
	k := &APIKey{Name: r.FormValue("name"), Key: "k_" + r.FormValue("key")}
	keys := append(a.APIKeys, *k)
	return setKeys(ctx, c, a.ID, &KeyUpdate{APIKeys: &keys}) // want `field APIKeys of \*builders.KeyUpdate written by setKeys -> UpdateOne stores Key \(key "apiKeys.key"\) in plaintext`
}

func Collect(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	var keys []APIKey
	for _, name := range r.Form["name"] {
		keys = append(keys, APIKey{Name: name, Key: r.FormValue(name)})
	}
	_, err := c.UpdateOne(ctx, bson.M{}, bson.M{"$set": bson.M{"apiKeys": &keys}}) // want `document written by UpdateOne stores Key \(key "apiKeys.key"\) in plaintext`
	return err
}

// The negatives: the appended key is hashed, and the array rebuilt from the
// stored keys (a key removed) writes back what was stored.
func AddHashedKey(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	a, err := load(ctx, c, r.FormValue("id"))
	if err != nil {
		return err
	}
	sum := sha256.Sum256([]byte(r.FormValue("key")))
	keys := append(a.APIKeys, APIKey{Name: r.FormValue("name"), Key: hex.EncodeToString(sum[:])})
	_, err = c.UpdateOne(ctx, bson.M{"_id": a.ID}, bson.M{"$set": bson.M{"apiKeys": keys}})
	return err
}

func RemoveKey(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	a, err := load(ctx, c, r.FormValue("id"))
	if err != nil {
		return err
	}
	keys := make([]APIKey, 0)
	for _, k := range a.APIKeys {
		if k.Name != r.FormValue("name") {
			keys = append(keys, k)
		}
	}
	return setKeys(ctx, c, a.ID, &KeyUpdate{APIKeys: &keys})
}

// Arrays filled by index: keys := make([]APIKey, n); keys[i] = APIKey{...},
// in the writer or in a mapper whose result is written.

type KeyInput struct {
	Name string
	Key  string
}

func toKeys(in []KeyInput) []APIKey { // want toKeys:`fills Key`
	keys := make([]APIKey, len(in))
	for i, k := range in {
		keys[i] = APIKey{Name: k.Name, Key: k.Key}
	}
	return keys
}

func toHashedKeys(in []KeyInput) []APIKey { // want toHashedKeys:`protects Key`
	keys := make([]APIKey, len(in))
	for i, k := range in {
		sum := sha256.Sum256([]byte(k.Key))
		keys[i] = APIKey{Name: k.Name, Key: hex.EncodeToString(sum[:])}
	}
	return keys
}

func FillByIndex(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	keys := make([]APIKey, 2)
	keys[0] = APIKey{Name: "primary", Key: r.FormValue("primary")}
	keys[1] = APIKey{Name: "secondary"}
	_, err := c.UpdateOne(ctx, bson.M{}, bson.M{"$set": bson.M{"apiKeys": keys}}) // want `document written by UpdateOne stores Key \(key "apiKeys.key"\) in plaintext`
	return err
}

func FillByIndexMapped(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	in := []KeyInput{{Name: r.FormValue("name"), Key: r.FormValue("key")}}
	_, err := c.UpdateOne(ctx, bson.M{}, bson.M{"$set": bson.M{"apiKeys": toKeys(in)}}) // want `document written by UpdateOne stores Key \(key "apiKeys.key"\) in plaintext`
	return err
}

func FillByIndexHashed(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	in := []KeyInput{{Name: r.FormValue("name"), Key: r.FormValue("key")}}
	_, err := c.UpdateOne(ctx, bson.M{}, bson.M{"$set": bson.M{"apiKeys": toHashedKeys(in)}})
	return err
}

func FillByIndexNames(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	keys := make([]APIKey, 1)
	keys[0] = APIKey{Name: r.FormValue("name")}
	_, err := c.UpdateOne(ctx, bson.M{}, bson.M{"$set": bson.M{"apiKeys": keys}})
	return err
}
