// Package entity declares the documents, each encoding itself through
// helpers.ToDoc, and the interface a generic repository takes.
package entity

import (
	"entityrepo/helpers"

	"go.mongodb.org/mongo-driver/v2/bson"
)

type IEntity interface {
	SetID()
	ToBson() (*bson.D, error)
}

type Base struct {
	ID string `bson:"uuid"`
}

func (b *Base) SetID() { b.ID = "id" }

type Wallet struct {
	Base      `bson:",inline"`
	Address   string `bson:"address"`
	Mnemonic  string `bson:"mnemonic"`
	SegwitKey string `bson:"segwit_key"`
}

func (u Wallet) ToBson() (*bson.D, error) { return helpers.ToDoc(u) } // want ToBson:`returns the receiver re-encoded`

type DeveloperKey struct {
	Base   `bson:",inline"`
	UserID string `bson:"user_id"`
	APIKey string `bson:"api_key"`
}

func (u DeveloperKey) ToBson() (*bson.D, error) { return helpers.ToDoc(u) } // want ToBson:`returns the receiver re-encoded`
