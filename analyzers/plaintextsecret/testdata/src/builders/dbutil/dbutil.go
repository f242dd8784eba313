// Package dbutil has helpers that add a key to the caller's document.
package dbutil

import (
	"reflect"

	"go.mongodb.org/mongo-driver/v2/bson"
)

// AddIfNotNil appends key: value to *data unless value is nil.
func AddIfNotNil(data *bson.D, key string, value interface{}) { // want AddIfNotNil:`sets param 0's key param 1 to param 2`
	if value == nil || reflect.ValueOf(value).Kind() == reflect.Ptr && reflect.ValueOf(value).IsNil() {
		return
	}
	*data = append(*data, bson.E{Key: key, Value: value})
}

// Put sets m[key] = value.
func Put(m bson.M, key string, value any) { // want Put:`sets param 0's key param 1 to param 2`
	m[key] = value
}

// Stamp sets a fixed key: not a helper that sets its caller's key.
func Stamp(m bson.M, value any) {
	m["stamp"] = value
}
