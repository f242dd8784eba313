// Package generics has generic code with constraints and instantiations.
package generics

type Number interface{ ~int | ~int64 | ~float64 }

func Sum[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return s
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Keys[K comparable, V any](ps []Pair[K, V]) []K {
	var out []K
	for _, p := range ps {
		out = append(out, p.Key)
	}
	return out
}

var _ = Sum(1, 2, 3)

const URI = "mongodb://" + "generics.example.com/app"
