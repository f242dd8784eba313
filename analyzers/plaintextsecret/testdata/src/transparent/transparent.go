// Package transparent writes documents whose types marshal themselves:
// a hook that marshals the type's own fields writes them as they are;
// one that hashes or leaves out the secret does not.
package transparent

import (
	"encoding/json"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"

	"transparent/models"
)

type Session struct {
	UserID       string `bson:"user_id"`
	RefreshToken string `bson:"refresh_token"`
}

func (s *Session) MarshalBSON() ([]byte, error) { // want MarshalBSON:`marshals its own fields`
	type plain Session
	return bson.Marshal((*plain)(s))
}

type input struct {
	NIC, Licence, Token, Password, Number string
}

func Store(c *mongo.Collection) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var in input
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
			return
		}
		ctx := r.Context()
		_, _ = c.InsertOne(ctx, &models.DriverRequest{NIC: in.NIC, DriverLicense: in.Licence}) // want `\*models\.DriverRequest written by InsertOne stores NIC \(key "nic_no"\), DriverLicense \(key "driver_license"\) in plaintext`
		_, _ = c.InsertOne(ctx, &Session{UserID: "u", RefreshToken: in.Token})                 // want `\*transparent\.Session written by InsertOne stores RefreshToken \(key "refresh_token"\) in plaintext`
		_, _ = c.InsertOne(ctx, &models.Account{Email: "e", Password: in.Password})
		_, _ = c.InsertOne(ctx, &models.Card{Holder: "h", Number: in.Number})
	}
}
