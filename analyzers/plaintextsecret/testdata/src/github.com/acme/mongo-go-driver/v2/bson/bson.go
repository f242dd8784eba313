// Package bson is a stub of a fork's bson package, copying the signatures
// of go.mongodb.org/mongo-driver/v2 v2.10.0 bson that the tests use.
package bson

type M map[string]any

type E struct {
	Key   string
	Value any
}

type D []E
