// Stub of go.mongodb.org/mongo-driver/bson v1.17.10: the aliases of the
// primitive types, as in the real package.
package bson

import "go.mongodb.org/mongo-driver/bson/primitive"

type D = primitive.D
type E = primitive.E
type M = primitive.M
type A = primitive.A
