// Stub of go.mongodb.org/mongo-driver/bson/primitive v1.17.10: only what
// cryptolint matches, with the real definitions.
package primitive

type M map[string]interface{}

type D []E

type E struct {
	Key   string
	Value interface{}
}

type A []interface{}

type Binary struct {
	Subtype byte
	Data    []byte
}
