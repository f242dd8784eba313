package flow

import (
	"go/token"
	"strings"
)

// Kind is one thing a value may be, as far as storing it is concerned.
type Kind uint16

// The kinds of the lattice. Each says where a value comes from or what
// was done to it; an analyzer's policy says which kinds protect what.
const (
	Empty     Kind = 1 << iota // nothing: "", nil, an empty literal
	Constant                   // a constant written in the program
	Hashed                     // a one-way function of it: a hash, MAC or password hash
	Encrypted                  // ciphertext
	Trusted                    // protected by the program's word: a //cryptolint:protected field, a protective type or name, a method that replaces it in place
	Stored                     // read back from the database unchanged: judged where it was first written
	Generated                  // a new random value, or a hash of one: a secret, not a protected one
	Param                      // a parameter, as the caller passed it
	Input                      // decoded from outside input: a request body, a file, a flag
	Plain                      // any other value, as its source gave it
	lastKind
)

// Top is every kind: nothing is known.
const Top = lastKind - 1

var kindNames = [...]string{"empty", "constant", "hashed", "encrypted", "trusted", "stored", "generated", "param", "input", "plain"}

// String returns the kinds of k joined by "|".
func (k Kind) String() string {
	if k == 0 {
		return "none"
	}
	var parts []string
	for i, name := range kindNames {
		if k&(1<<i) != 0 {
			parts = append(parts, name)
		}
	}
	return strings.Join(parts, "|")
}

// Value is what a value may be on the paths that reach a use: a set of
// kinds, ordered by inclusion, the empty set (no path) at the bottom and
// Top (anything) at the top. Join is the union: a value assigned on two
// branches may be either. Witness says where the first possibility that
// no policy counts as protection comes from, for messages.
type Value struct {
	Kinds   Kind
	Witness Witness
}

// Witness is where a value comes from and how to say it.
type Witness struct {
	Pos  token.Pos
	What string // "parameter pw of Register", "the constant \"admin\""
}

// Of returns the value of one kind.
func Of(k Kind) Value { return Value{Kinds: k} }

// Seen returns the value of one kind, with where it comes from.
func Seen(k Kind, pos token.Pos, what string) Value {
	return Value{Kinds: k, Witness: Witness{Pos: pos, What: what}}
}

// Join returns the least value above v and w: either may reach the use.
func (v Value) Join(w Value) Value {
	out := Value{Kinds: v.Kinds | w.Kinds, Witness: v.Witness}
	if !out.Witness.Pos.IsValid() {
		out.Witness = w.Witness
	}
	return out
}

// Within reports whether every kind v may be is one of ks. The bottom
// value (no path reaches the use) is within anything.
func (v Value) Within(ks Kind) bool { return v.Kinds&^ks == 0 }

// May reports whether v may be of kind k.
func (v Value) May(k Kind) bool { return v.Kinds&k != 0 }

// String returns the kinds of v.
func (v Value) String() string { return v.Kinds.String() }
