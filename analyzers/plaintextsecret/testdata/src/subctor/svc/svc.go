// Package svc makes services whose sub-structs hold secrets: a
// constructor that fills a sub-struct (Credential: newCredential()) fills
// the sub-struct's secret in what it returns.
package svc

import (
	"crypto/rand"
	"encoding/hex"
)

type Credential struct {
	ClientID     string `bson:"client_id"`
	ClientSecret string `bson:"client_secret"`
}

type Security struct {
	EncryptKey string `bson:"encrypt_key"`
}

type Spec struct {
	Name string `bson:"name"`
}

type Service struct {
	ID         string      `bson:"_id"`
	Spec       *Spec       `bson:"spec"`
	Credential *Credential `bson:"credential"`
	Security   *Security   `bson:"security"`
}

func bearer(n int) string { // want bearer:`returns a new secret`
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func NewRandomCredential() *Credential { // want NewRandomCredential:"fills ClientSecret"
	return &Credential{ClientID: bearer(12), ClientSecret: bearer(32)}
}

// NewService fills the secrets of both sub-structs: one through a
// constructor, one through a nested literal.
func NewService(spec *Spec) (*Service, error) { // want NewService:"fills Credential, Credential.ClientSecret, Security.EncryptKey"
	s := &Service{
		Spec:       spec,
		Credential: NewRandomCredential(),
		Security:   &Security{EncryptKey: bearer(64)},
	}
	s.ID = spec.Name
	return s, nil
}

// NewPublicService names its client but gives it no secret (the fact
// lists Credential, a struct the name alone calls sensitive, not its
// ClientSecret).
func NewPublicService(spec *Spec) *Service { // want NewPublicService:"fills Credential$"
	return &Service{Spec: spec, Credential: &Credential{ClientID: spec.Name}}
}

// NewRevokedService makes the credential, then drops it: the
// sub-struct is assigned again after the literal.
func NewRevokedService(spec *Spec) *Service { // want NewRevokedService:"protects Credential"
	s := &Service{Spec: spec, Credential: NewRandomCredential()}
	s.Credential = nil
	return s
}

// Chain is a linked list built in a loop (c = &Chain{Next: c}): reading
// what it fills ends.
type Chain struct {
	Name string `bson:"name"`
	Next *Chain `bson:"next"`
}

func NewChain(names []string) *Chain {
	var c *Chain
	for _, n := range names {
		c = &Chain{Name: n, Next: c}
	}
	return c
}

// Model is a custom model a user adds, with the provider's API key.
type Model struct {
	Name   string `bson:"name"`
	APIKey string `bson:"api_key"`
}

type Settings struct {
	Theme  string  `bson:"theme"`
	Models []Model `bson:"models"`
}

// ModelInput is a custom model as the request gives it.
type ModelInput struct{ Name, Key string }

// SettingsFromRequest maps the request's models into a slice filled by
// index: every element holds the API key it was given.
func SettingsFromRequest(theme string, in []ModelInput) *Settings { // want SettingsFromRequest:"fills Models.APIKey"
	models := make([]Model, len(in))
	for i, m := range in {
		models[i] = Model{Name: m.Name, APIKey: m.Key}
	}
	return &Settings{Theme: theme, Models: models}
}

// SettingsNamesOnly keeps the models' names: the type could hold a key,
// but no element has one.
func SettingsNamesOnly(theme string, in []ModelInput) *Settings {
	var models []Model
	for _, m := range in {
		models = append(models, Model{Name: m.Name})
	}
	return &Settings{Theme: theme, Models: models}
}
