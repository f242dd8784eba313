// Package recvcopy: a method copies fields of its parameter into the
// receiver's sub-document and writes that sub-document; the receiver was
// read from the database, the parameter is what the client sent.
package recvcopy

import (
	"context"
	"encoding/json"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Profile struct {
	Name string `bson:"name" json:"name"`
	SSN  string `bson:"ssn" json:"ssn"`
}

type User struct {
	ID      string  `bson:"_id"`
	Profile Profile `bson:"profile"`
}

func load(ctx context.Context, c *mongo.Collection, id string) (*User, error) { // want load:`returns a stored document`
	var u User
	err := c.FindOne(ctx, bson.M{"_id": id}).Decode(&u)
	return &u, err
}

func (u *User) UpdateProfile(ctx context.Context, c *mongo.Collection, p *Profile) error { // want UpdateProfile:`writes param -1 under "profile" field Profile via UpdateProfile -> UpdateOne, param 2 field SSN as "profile.ssn" via UpdateProfile -> UpdateOne`
	u.Profile.Name = p.Name
	if p.SSN != "" {
		u.Profile.SSN = p.SSN
	}
	_, err := c.UpdateOne(ctx, bson.M{"_id": u.ID}, bson.M{"$set": bson.M{"profile": u.Profile}})
	return err
}

// UpdateName leaves the stored SSN as it was.
func (u *User) UpdateName(ctx context.Context, c *mongo.Collection, p *Profile) error { // want UpdateName:`writes param -1 under "profile" field Profile via UpdateName -> UpdateOne`
	u.Profile.Name = p.Name
	_, err := c.UpdateOne(ctx, bson.M{"_id": u.ID}, bson.M{"$set": bson.M{"profile": u.Profile}})
	return err
}

func PutMe(c *mongo.Collection) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Profile *Profile `json:"profile"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			return
		}
		u, err := load(r.Context(), c, r.FormValue("id"))
		if err != nil {
			return
		}
		_ = u.UpdateName(r.Context(), c, req.Profile)
		_ = u.UpdateProfile(r.Context(), c, req.Profile) // want `\*recvcopy.Profile written by UpdateProfile -> UpdateOne stores SSN \(key "profile.ssn"\) in plaintext`
	}
}
