// Package specstore is the MongoDB implementation of specs.Repository: it
// keeps each provider as JSON text under "spec".
package specstore

import (
	"context"
	"encoding/json"

	"go.mongodb.org/mongo-driver/v2/mongo"

	"example.com/program/specs"
)

type Store struct{ C *mongo.Collection }

type doc struct {
	ID   string `bson:"_id"`
	Spec string `bson:"spec"`
}

func (s *Store) Create(ctx context.Context, p *specs.Provider) error {
	b, err := json.Marshal(p)
	if err != nil {
		return err
	}
	_, err = s.C.InsertOne(ctx, doc{ID: p.Name, Spec: string(b)})
	return err
}

// The conversion main would make: the whole-program step resolves
// specs.Repository.Create to Store.Create from it.
var _ specs.Repository = (*Store)(nil)
