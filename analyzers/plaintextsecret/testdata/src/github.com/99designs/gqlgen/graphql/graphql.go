// Package graphql stands in for gqlgen's runtime, which generated
// executors import.
package graphql

// Marshaler is one of the runtime's interfaces.
type Marshaler interface {
	MarshalGQL() string
}
