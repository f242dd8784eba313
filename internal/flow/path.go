// Package flow is the value-flow vocabulary the analyzers share: typed
// access paths (a variable's fields, document keys and elements, with the
// embedded fields a promoted selector skips made explicit) and the lattice
// of what a stored value may be (lattice.go).
//
// The analyzers build their per-function summaries on the syntax tree, not
// on SSA (docs/performance.md measures why), and name every location they
// track by an object and a Path from this package, never by a string.
package flow

import (
	"go/types"
	"strings"
)

// Step is one step of an access path: a struct field, the constant key of
// a document map, or an element of a slice, array or map.
type Step struct {
	Field *types.Var // the field selected, for a field step
	Key   string     // the map key, for a key step
	Elem  bool       // an element step
}

// IsField reports whether s selects a struct field.
func (s Step) IsField() bool { return s.Field != nil }

// IsKey reports whether s selects a constant key of a map.
func (s Step) IsKey() bool { return s.Field == nil && !s.Elem }

// String returns s as Go would spell it: ".Password", "[token]", "[]".
func (s Step) String() string {
	switch {
	case s.Field != nil:
		return "." + s.Field.Name()
	case s.Elem:
		return "[]"
	}
	return "[" + s.Key + "]"
}

// Path is an access path from a variable: the steps selected from it, in
// order. Paths are interned by a Table, so equal paths built by one table
// are the same pointer and *Path can key a map. The empty path is nil.
type Path struct {
	parent *Path
	step   Step
	n      int
}

// Len returns the number of steps.
func (p *Path) Len() int {
	if p == nil {
		return 0
	}
	return p.n
}

// Parent returns p without its last step (nil for a path of one step).
func (p *Path) Parent() *Path {
	if p == nil {
		return nil
	}
	return p.parent
}

// Last returns the last step of a non-empty path.
func (p *Path) Last() Step { return p.step }

// Steps returns the steps of p from the variable outwards.
func (p *Path) Steps() []Step {
	out := make([]Step, p.Len())
	for q := p; q != nil; q = q.parent {
		out[q.n-1] = q.step
	}
	return out
}

// First returns the first step of a non-empty path.
func (p *Path) First() Step {
	for p.parent != nil {
		p = p.parent
	}
	return p.step
}

// Prefix returns the first n steps of p.
func (p *Path) Prefix(n int) *Path {
	for p.Len() > n {
		p = p.parent
	}
	return p
}

// HasPrefix reports whether q is a prefix of p (every path has the empty
// path and itself as prefixes). Both must come from one table.
func (p *Path) HasPrefix(q *Path) bool { return p.Prefix(q.Len()) == q }

// Fields reports whether every step of p selects a struct field.
func (p *Path) Fields() bool {
	for q := p; q != nil; q = q.parent {
		if !q.step.IsField() {
			return false
		}
	}
	return true
}

// Keys reports whether every step of p selects a constant map key.
func (p *Path) Keys() bool {
	for q := p; q != nil; q = q.parent {
		if !q.step.IsKey() {
			return false
		}
	}
	return true
}

// String returns p as Go would spell it after the variable:
// ".Credentials.Password", "[user][token]".
func (p *Path) String() string {
	var b strings.Builder
	for _, s := range p.Steps() {
		b.WriteString(s.String())
	}
	return b.String()
}

// Names returns the field names of a field path joined with dots, without
// the leading dot ("Credentials.Password"), as facts and messages name
// fields.
func (p *Path) Names() string {
	return strings.TrimPrefix(p.String(), ".")
}

// Table interns paths. The zero Table is ready to use; it is not safe for
// concurrent use (one per analysis pass).
type Table struct {
	m map[node]*Path
}

type node struct {
	parent *Path
	step   Step
}

// Extend returns p followed by s.
func (t *Table) Extend(p *Path, s Step) *Path {
	k := node{p, s}
	if q, ok := t.m[k]; ok {
		return q
	}
	if t.m == nil {
		t.m = make(map[node]*Path)
	}
	q := &Path{parent: p, step: s, n: p.Len() + 1}
	t.m[k] = q
	return q
}

// Field returns p followed by the field f.
func (t *Table) Field(p *Path, f *types.Var) *Path { return t.Extend(p, Step{Field: f}) }

// Key returns p followed by the map key k.
func (t *Table) Key(p *Path, k string) *Path { return t.Extend(p, Step{Key: k}) }

// Fields returns p followed by the fields fs.
func (t *Table) Fields(p *Path, fs ...*types.Var) *Path {
	for _, f := range fs {
		p = t.Field(p, f)
	}
	return p
}

// Concat returns p followed by the steps of q.
func (t *Table) Concat(p, q *Path) *Path {
	for _, s := range q.Steps() {
		p = t.Extend(p, s)
	}
	return p
}

// Rebase returns the steps of p after its prefix q, as a path of their
// own, and whether q is a prefix of p.
func (t *Table) Rebase(p, q *Path) (*Path, bool) {
	if !p.HasPrefix(q) {
		return nil, false
	}
	var out *Path
	for _, s := range p.Steps()[q.Len():] {
		out = t.Extend(out, s)
	}
	return out, true
}

// Selection returns the fields a field selection reads, in order, with
// the embedded fields of a promoted field made explicit: for u.Password,
// where Password is promoted from an embedded Credentials, it returns
// [Credentials, Password], as for u.Credentials.Password. It returns nil
// for a selection that is not of a field.
func Selection(sel *types.Selection) []*types.Var {
	if sel == nil || sel.Kind() != types.FieldVal {
		return nil
	}
	var out []*types.Var
	t := sel.Recv()
	for _, i := range sel.Index() {
		st := structUnder(t)
		if st == nil || i >= st.NumFields() {
			return nil
		}
		f := st.Field(i)
		out = append(out, f)
		t = f.Type()
	}
	return out
}

// structUnder returns the struct type under t, through one pointer.
func structUnder(t types.Type) *types.Struct {
	if p, ok := types.Unalias(t).Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, _ := types.Unalias(t).Underlying().(*types.Struct)
	return st
}
