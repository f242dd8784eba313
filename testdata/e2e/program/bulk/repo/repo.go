// Package repo writes cards through store.Collection: a slice of any
// that it fills with the documents it is given.
package repo

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/bson"

	"example.com/program/bulk/store"
)

type Card struct {
	ID         string `bson:"_id"`
	Holder     string `bson:"holder"`
	CardNumber string `bson:"card_number"`
	Brand      string `bson:"brand"`
}

type Repo struct{ coll store.Collection }

func New(c store.Collection) *Repo { return &Repo{coll: c} }

// AddMany stores each card as it is given.
func (r *Repo) AddMany(ctx context.Context, cards []Card) error {
	docs := make([]any, len(cards))
	for i, c := range cards {
		docs[i] = c
	}
	_, err := r.coll.InsertMany(ctx, docs)
	return err
}

// AddBrands stores only each card's brand.
func (r *Repo) AddBrands(ctx context.Context, cards []Card) error {
	docs := make([]any, 0, len(cards))
	for _, c := range cards {
		docs = append(docs, bson.M{"brand": c.Brand})
	}
	_, err := r.coll.InsertMany(ctx, docs)
	return err
}
