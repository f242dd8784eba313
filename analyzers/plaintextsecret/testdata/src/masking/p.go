// Package masking: values that keep at most the last (or first) four
// characters of a number, numeric sentinels, and strings assembled from
// constants and other values.
package masking

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"strings"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Profile struct {
	Name       string `bson:"name"`
	SSN        string `bson:"ssn"`
	CardNumber string `bson:"card_number"`
	PIN        int    `bson:"pin"`
	APIToken   string `bson:"api_token"`
}

type User struct {
	ID      string  `bson:"_id"`
	Profile Profile `bson:"profile"`
}

// Masked keeps the last four digits of the SSN and the card: nothing is
// stored in plaintext. The PIN is a sentinel for "none chosen yet".
func Masked(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	ssn := r.FormValue("ssn")
	card := r.FormValue("card")
	p := Profile{
		Name:       r.FormValue("name"),
		SSN:        fmt.Sprintf("%s%s", "###-##-", ssn[len(ssn)-4:]),
		CardNumber: strings.Repeat("*", 12) + card[len(card)-4:],
		PIN:        -1,
	}
	_, err := c.InsertOne(ctx, p)
	return err
}

// MaskedField masks a field of a sub-document in place before the write.
func MaskedField(ctx context.Context, c *mongo.Collection, u *User) error {
	u.Profile.SSN = "###-##-" + u.Profile.SSN[len(u.Profile.SSN)-4:]
	_, err := c.UpdateOne(ctx, bson.M{"_id": u.ID}, bson.M{"$set": bson.M{"profile.ssn": u.Profile.SSN}})
	return err
}

// HashedToken stores a prefixed hash: still a hash.
func HashedToken(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	sum := sha256.Sum256([]byte(r.FormValue("token")))
	_, err := c.InsertOne(ctx, Profile{APIToken: "sha256:" + hex.EncodeToString(sum[:])})
	return err
}

// The positives: a slice that keeps more than four characters, or the
// other end of the number; a prefix added to the secret; a PIN the
// client chose.
func Unmasked(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	ssn := r.FormValue("ssn")
	_, err := c.InsertOne(ctx, Profile{SSN: "###-" + ssn[len(ssn)-7:]}) // want `masking\.Profile written by InsertOne stores SSN \(key "ssn"\) in plaintext`
	return err
}

func AllButLast(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	ssn := r.FormValue("ssn")
	_, err := c.InsertOne(ctx, Profile{SSN: ssn[:len(ssn)-4] + "****"}) // want `masking\.Profile written by InsertOne stores SSN \(key "ssn"\) in plaintext`
	return err
}

func Prefixed(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	_, err := c.InsertOne(ctx, Profile{APIToken: "tok_" + r.FormValue("token")}) // want `masking\.Profile written by InsertOne stores APIToken \(key "api_token"\) in plaintext`
	return err
}

func Formatted(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	_, err := c.InsertOne(ctx, Profile{APIToken: fmt.Sprintf("%s-%s", "tok", r.FormValue("token"))}) // want `masking\.Profile written by InsertOne stores APIToken \(key "api_token"\) in plaintext`
	return err
}

func ChosenPIN(ctx context.Context, c *mongo.Collection, pin int) error { // want ChosenPIN:`writes param 2 as "pin" via ChosenPIN -> InsertOne`
	_, err := c.InsertOne(ctx, Profile{PIN: pin})
	return err
}

func SetPIN(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	var pin int
	fmt.Sscan(r.FormValue("pin"), &pin)
	return ChosenPIN(ctx, c, pin) // want `value written by ChosenPIN -> InsertOne stores key "pin" in plaintext`
}

// SaveNew masks the SSN of the user's profile before the insert: what its
// callers pass there is not stored.
func (u *User) SaveNew(ctx context.Context, c *mongo.Collection) error { // want SaveNew:`writes param -1 via SaveNew -> InsertOne replacing Profile.SSN`
	if u.Profile.SSN != "" {
		ssn := u.Profile.SSN
		u.Profile.SSN = "###-##-" + ssn[len(ssn)-4:]
	}
	_, err := c.InsertOne(ctx, u)
	return err
}

// SaveRaw does not.
func (u *User) SaveRaw(ctx context.Context, c *mongo.Collection) error { // want SaveRaw:`writes param -1 via SaveRaw -> InsertOne`
	_, err := c.InsertOne(ctx, u)
	return err
}

func Register(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	u := &User{Profile: Profile{Name: r.FormValue("name"), SSN: r.FormValue("ssn")}}
	if err := u.SaveNew(ctx, c); err != nil {
		return err
	}
	return u.SaveRaw(ctx, c) // want `\*masking.User written by SaveRaw -> InsertOne stores SSN \(key "profile.ssn"\) in plaintext`
}

// A payment provider returns only the last four digits of a card: a
// converter that keeps them as the card's Number masks it, and so do the
// cards a listing returns and the documents made from them.
type providerCard struct {
	ID    string
	Last4 string
	PAN   string
}

type Card struct {
	ID     string
	Number string
}

type UserCard struct {
	ID     string `bson:"id"`
	Number string `bson:"number"`
}

func convertCard(c *providerCard) *Card { return &Card{ID: c.ID, Number: c.Last4} } // want convertCard:`protects Number`

func convertFull(c *providerCard) *Card { return &Card{ID: c.ID, Number: c.PAN} } // want convertFull:`fills Number`

func listCards(src []*providerCard) []*Card { // want listCards:`protects Number`
	var out []*Card
	for _, c := range src {
		out = append(out, convertCard(c))
	}
	return out
}

func SyncCards(ctx context.Context, c *mongo.Collection, src []*providerCard) error {
	var stored []UserCard
	for _, k := range listCards(src) {
		stored = append(stored, UserCard{ID: k.ID, Number: k.Number})
	}
	_, err := c.UpdateOne(ctx, bson.M{}, bson.M{"$set": bson.M{"cards": stored}})
	return err
}

func SyncFull(ctx context.Context, c *mongo.Collection, src *providerCard) error {
	k := convertFull(src)
	_, err := c.InsertOne(ctx, UserCard{ID: k.ID, Number: k.Number}) // want `masking\.UserCard written by InsertOne stores Number \(key "number"\) in plaintext`
	return err
}
