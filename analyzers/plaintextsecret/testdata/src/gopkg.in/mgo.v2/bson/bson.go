// Stub of gopkg.in/mgo.v2/bson: only what cryptolint matches.
package bson

type M map[string]interface{}

type D []DocElem

type DocElem struct {
	Name  string
	Value interface{}
}
