// Package codecinput: a request body decoded by a codec package's Decode
// (a service's own kit/codec/json) is input, and a wrapper whose
// parameter is reassigned only after it is written still passes the
// caller's value on.
package codecinput

import (
	"bytes"
	"context"
	"net/http"

	"example.com/kit/codec/json"

	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Cloud struct {
	ID           string `bson:"_id" json:"id"`
	ClientSecret string `bson:"client_secret" json:"clientSecret"`
}

type Store struct{ c *mongo.Collection }

func (s *Store) LoadOrCreate(ctx context.Context, cloud Cloud) (Cloud, error) { // want LoadOrCreate:`writes param 1 via LoadOrCreate -> InsertOne`
	if _, err := s.c.InsertOne(ctx, cloud); err != nil {
		return Cloud{}, err
	}
	cloud, _ = normalize(cloud)
	return cloud, nil
}

func normalize(c Cloud) (Cloud, bool) { return c, true } // want normalize:`returns param 0`

func Add(s *Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var buf bytes.Buffer
		if _, err := buf.ReadFrom(r.Body); err != nil {
			return
		}
		var c Cloud
		if err := json.Decode(buf.Bytes(), &c); err != nil {
			return
		}
		s.LoadOrCreate(r.Context(), c) // want `codecinput\.Cloud written by LoadOrCreate -> InsertOne stores ClientSecret \(key "client_secret"\) in plaintext`
	}
}

// In a loop, a reassignment later in the body reaches the write on the
// next iteration: the parameter is not followed to the callers.
func (s *Store) Retry(ctx context.Context, cloud Cloud) {
	for i := 0; i < 3; i++ {
		s.c.InsertOne(ctx, cloud)
		cloud = Cloud{ID: cloud.ID}
	}
}
