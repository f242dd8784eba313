package bsonenc_test

import (
	"go/types"
	"testing"

	"github.com/cryptolint/cryptolint/internal/bsonenc"
)

// BenchmarkWalk walks the test document type (tags, inline, embedding,
// pointers, slices, maps, recursion, marshallers, a generic instance), as
// the analyzers do for every document written to MongoDB.
//
// Measured with go1.26.8 on linux/amd64 (2 shared cores) by
//
//	go test -run='^$' -bench=. -benchmem -count=3 ./internal/bsonenc/
//
// (figures in docs/performance.md).
func BenchmarkWalk(b *testing.B) {
	pkg := load(&testing.T{})
	doc := types.NewPointer(pkg.Scope().Lookup("Doc").Type())
	for b.Loop() {
		n := 0
		bsonenc.Walk(doc, false, func(*bsonenc.Field) bool { n++; return true })
		if n == 0 {
			b.Fatal("no fields")
		}
	}
}

// BenchmarkMarshalOf checks a type for marshallers, done for every field.
func BenchmarkMarshalOf(b *testing.B) {
	pkg := load(&testing.T{})
	ts := []types.Type{pkg.Scope().Lookup("Sealed").Type(), pkg.Scope().Lookup("PtrSealed").Type(), pkg.Scope().Lookup("Inner").Type(), types.Typ[types.String]}
	for b.Loop() {
		for _, t := range ts {
			bsonenc.MarshalOf(t)
		}
	}
}
