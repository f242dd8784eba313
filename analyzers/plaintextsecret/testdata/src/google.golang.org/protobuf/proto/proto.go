// Package proto is a stub of google.golang.org/protobuf/proto: the names
// and signatures cryptolint reads (Marshal, MarshalOptions.Marshal,
// Clone, CloneOf), checked against v1.36.6.
package proto

type Message interface{ ProtoMessage() }

func Marshal(m Message) ([]byte, error) { return nil, nil }

type MarshalOptions struct{ Deterministic bool }

func (o MarshalOptions) Marshal(m Message) ([]byte, error) { return nil, nil }

func Clone(m Message) Message { return m }

func CloneOf[M Message](m M) M { return m }
