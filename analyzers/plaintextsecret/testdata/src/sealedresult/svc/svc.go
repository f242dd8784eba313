// Package svc: a method of a service returns a struct whose secret
// fields it sealed (a wallet's seed and mnemonic); the caller copies them
// into the document it writes.
package svc

import (
	"context"
	"crypto/rand"
	"encoding/hex"

	"go.mongodb.org/mongo-driver/v2/mongo"

	"sealedresult/sealutil"
)

type WalletModel struct {
	PublicKey      string
	PrivateKey     string
	MnemonicPhrase string
}

type Chain struct{}

func newSeed() string { // want newSeed:`returns a new secret`
	b := make([]byte, 32)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func (c *Chain) CreateAccount() (*WalletModel, error) { // want CreateAccount:`protects MnemonicPhrase, PrivateKey`
	seed := newSeed()
	sealed, err := sealutil.Seal(seed)
	if err != nil {
		return nil, err
	}
	mnemonic, err := sealutil.Seal(newSeed())
	if err != nil {
		return nil, err
	}
	return &WalletModel{PublicKey: "G" + seed[:8], PrivateKey: sealed, MnemonicPhrase: mnemonic}, nil
}

func (c *Chain) CreatePlainAccount() (*WalletModel, error) { // want CreatePlainAccount:`fills MnemonicPhrase, PrivateKey`
	seed := newSeed()
	return &WalletModel{PublicKey: "G" + seed[:8], PrivateKey: seed, MnemonicPhrase: newSeed()}, nil
}

type BlockchainWallet struct {
	UserID         string `bson:"user_id"`
	PublicKey      string `bson:"public_key"`
	PrivateKey     string `bson:"private_key"`
	MnemonicPhrase string `bson:"mnemonic_phrase"`
}

type Service struct {
	db    *mongo.Database
	chain *Chain
}

func (s *Service) CreateWallet(ctx context.Context, userID string) error {
	w, err := s.chain.CreateAccount()
	if err != nil {
		return err
	}
	wallet := &BlockchainWallet{UserID: userID, PublicKey: w.PublicKey, PrivateKey: w.PrivateKey, MnemonicPhrase: w.MnemonicPhrase}
	_, err = s.db.Collection("wallets").InsertOne(ctx, wallet)
	return err
}

func (s *Service) CreatePlainWallet(ctx context.Context, userID string) error {
	w, err := s.chain.CreatePlainAccount()
	if err != nil {
		return err
	}
	wallet := &BlockchainWallet{UserID: userID, PublicKey: w.PublicKey, PrivateKey: w.PrivateKey, MnemonicPhrase: w.MnemonicPhrase}
	_, err = s.db.Collection("wallets").InsertOne(ctx, wallet) // want `svc\.BlockchainWallet written by InsertOne stores PrivateKey \(key "private_key"\), MnemonicPhrase \(key "mnemonic_phrase"\) in plaintext`
	return err
}

// RefreshToken returns what an HTTP client filled through the result's
// address: the tokens are the provider's, not sealed, also though one
// return is nil.
type Token struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
}

type httpClient interface {
	Post(url string, result any) error
}

func RefreshToken(c httpClient, refresh string) (*Token, error) {
	var tok *Token
	if err := c.Post("/oauth/token?refresh_token="+refresh, &tok); err != nil {
		return nil, err
	}
	return tok, nil
}

type CodeHost struct {
	ID           int    `bson:"id"`
	AccessToken  string `bson:"access_token"`
	RefreshToken string `bson:"refresh_token"`
}

func (s *Service) Refresh(ctx context.Context, c httpClient, ch *CodeHost) error { // want Refresh:`writes param 2 via Refresh -> ReplaceOne`
	tok, err := RefreshToken(c, ch.RefreshToken)
	if err != nil {
		return err
	}
	ch.AccessToken = tok.AccessToken
	ch.RefreshToken = tok.RefreshToken
	_, err = s.db.Collection("codehosts").ReplaceOne(ctx, map[string]int{"id": ch.ID}, ch) // want `\*svc\.CodeHost written by ReplaceOne stores AccessToken \(key "access_token"\), RefreshToken \(key "refresh_token"\) in plaintext`
	return err
}
