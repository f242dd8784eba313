// Package usecase makes wallets and developer keys.
package usecase

import (
	"crypto/rand"
	"encoding/hex"

	"entityrepo/entity"
	"entityrepo/repository"

	"go.mongodb.org/mongo-driver/v2/bson"
)

type Usecase struct{ Repo repository.Repository }

func newMnemonic() string { return "abandon abandon abandon" }

func (u Usecase) CreateWallet(addr string) error {
	w := &entity.Wallet{Address: addr, Mnemonic: newMnemonic()}
	return u.Repo.InsertWallet(w) // want `\*entity\.Wallet written by InsertWallet -> InsertOne -> InsertOne stores Mnemonic \(key "mnemonic"\) in plaintext`
}

func (u Usecase) CreateKey(userID string) error {
	b := make([]byte, 16)
	rand.Read(b)
	k := &entity.DeveloperKey{UserID: userID, APIKey: hex.EncodeToString(b)}
	return u.Repo.InsertOne("keys", k) // want `\*entity\.DeveloperKey written by InsertOne -> InsertOne stores APIKey \(key "api_key"\) in plaintext`
}

// A wallet with only its address: nothing sensitive is set.
func (u Usecase) Watch(addr string) error {
	return u.Repo.UpdateOne("wallets", bson.D{{Key: "address", Value: addr}}, &entity.Wallet{Address: addr})
}
