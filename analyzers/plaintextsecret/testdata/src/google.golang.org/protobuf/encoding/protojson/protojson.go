// Package protojson is a stub of
// google.golang.org/protobuf/encoding/protojson (Marshal,
// MarshalOptions.Marshal), checked against v1.36.6.
package protojson

import "google.golang.org/protobuf/proto"

func Marshal(m proto.Message) ([]byte, error) { return nil, nil }

type MarshalOptions struct{ UseProtoNames bool }

func (o MarshalOptions) Marshal(m proto.Message) ([]byte, error) { return nil, nil }
