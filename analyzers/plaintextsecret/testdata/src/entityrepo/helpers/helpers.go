// Package helpers re-encodes values as documents.
package helpers

import "go.mongodb.org/mongo-driver/v2/bson"

func ToDoc(v any) (*bson.D, error) { // want ToDoc:`returns param 0 re-encoded`
	data, err := bson.Marshal(v)
	if err != nil {
		return nil, err
	}
	doc := &bson.D{}
	err = bson.Unmarshal(data, doc)
	return doc, err
}
