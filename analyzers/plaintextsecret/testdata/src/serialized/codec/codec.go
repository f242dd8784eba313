// Package codec serializes values for the stores of package serialized:
// its facts say which parameter each function writes out.
package codec

import (
	"encoding/json"

	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
)

// Encode returns v as JSON text.
func Encode(v any) (string, error) { // want Encode:`returns param 0 serialized by json.Marshal`
	b, err := json.Marshal(v)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// Spec returns a message as protojson text, as a configuration store keeps
// it.
func Spec(m proto.Message) (string, error) { // want Spec:`returns param 0 serialized by protojson.MarshalOptions.Marshal`
	b, err := protojson.MarshalOptions{UseProtoNames: false}.Marshal(m)
	return string(b), err
}

// Summary writes out only a name: it serializes no parameter of its own.
func Summary(name string, v any) string {
	b, _ := json.Marshal(map[string]string{"name": name})
	return string(b)
}
