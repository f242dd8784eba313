// Stub of go.mongodb.org/mongo-driver/v2/bson v2.10.0: only what cryptolint
// matches, with the real definitions.
package bson

type M map[string]any

type D []E

type E struct {
	Key   string
	Value any
}

type A []any

type Binary struct {
	Subtype byte
	Data    []byte
}

const TypeBinaryEncrypted byte = 0x06

type Raw []byte

func Marshal(val any) ([]byte, error) { return nil, nil }

func Unmarshal(data []byte, val any) error { return nil }
