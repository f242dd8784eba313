package bsonenc_test

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"github.com/cryptolint/cryptolint/internal/bsonenc"
)

const src = `package p

type Doc struct {
	Plain     string
	Tagged    string ` + "`bson:\"tagged_key,omitempty\"`" + `
	Mgo       string ` + "`mgo_key`" + `
	JSONOnly  string ` + "`json:\"json_key\"`" + `
	Skipped   string ` + "`bson:\"-\"`" + `
	Dash      string ` + "`bson:\"-,omitempty\"`" + `
	unexported string
	Inline    Inner ` + "`bson:\",inline\"`" + `
	Bare      Inner2 ` + "`bson:\"inline\"`" + `
	Embedded
	Ptr       *Inner3 ` + "`bson:\"ptr\"`" + `
	List      []Inner4 ` + "`bson:\"list\"`" + `
	Map       map[string]Inner5 ` + "`bson:\"map\"`" + `
	Self      *Doc ` + "`bson:\"self\"`" + `
	Sealed    Sealed ` + "`bson:\"sealed\"`" + `
	PtrSealed PtrSealed ` + "`bson:\"ptr_sealed\"`" + `
	G         Generic[Inner] ` + "`bson:\"g\"`" + `
}

type Inner struct{ A string }
type Inner2 struct{ B string }
type Embedded struct{ C string }
type Inner3 struct{ D string }
type Inner4 struct{ E string }
type Inner5 struct{ F string }
type Generic[T any] struct{ V T }

type Sealed struct{ Secret string }

func (Sealed) MarshalBSON() ([]byte, error) { return nil, nil }

type PtrSealed struct{ Secret string }

func (*PtrSealed) MarshalBSON() ([]byte, error) { return nil, nil }

type Getter string

func (Getter) GetBSON() (interface{}, error) { return nil, nil }
`

func load(t *testing.T) *types.Package {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return pkg
}

func TestWalk(t *testing.T) {
	pkg := load(t)
	doc := pkg.Scope().Lookup("Doc").Type()
	var got []string
	bsonenc.Walk(doc, false, func(f *bsonenc.Field) bool {
		s := f.Path + "=" + f.Names()
		if f.Addressable {
			s += "&"
		}
		got = append(got, s)
		return true
	})
	want := []string{
		"plain=Plain",
		"tagged_key=Tagged",
		"mgo_key=Mgo",
		"jsononly=JSONOnly", // json tags are ignored by default
		"-=Dash",            // only a bare "-" skips
		"a=Inline.A",        // ,inline flattens the key; the Go path keeps the inline field
		"b=Bare.B",          // bson:"inline" without a comma inlines too
		"embedded=Embedded", // an embedded struct is a sub-document
		"embedded.c=Embedded.C",
		"ptr=Ptr",
		"ptr.d=Ptr.D&", // through a pointer: addressable
		"list=List",
		"list.e=List.E&", // slice elements are addressable
		"map=Map",
		"map.f=Map.F", // map values are not
		"self=Self",   // recursion stops at the type already on the path
		"sealed=Sealed",
		"ptr_sealed=PtrSealed",
		"ptr_sealed.secret=PtrSealed.Secret", // a skipped pointer marshaller: the default codec walks it
		"g=G",
		"g.v=G.V",
		"g.v.a=G.V.A", // generic instantiation
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Walk:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestWalkAddressable checks that through a pointer the pointer-receiver
// marshaller runs, so its fields are not walked.
func TestWalkAddressable(t *testing.T) {
	pkg := load(t)
	doc := types.NewPointer(pkg.Scope().Lookup("Doc").Type())
	var got []string
	bsonenc.Walk(doc, false, func(f *bsonenc.Field) bool {
		if strings.HasPrefix(f.Path, "ptr_sealed") {
			got = append(got, f.Path)
		}
		return true
	})
	if strings.Join(got, ",") != "ptr_sealed" {
		t.Errorf("through *Doc: %v, want only ptr_sealed (its marshaller runs)", got)
	}
}

func TestMarshalOf(t *testing.T) {
	pkg := load(t)
	typ := func(name string) types.Type { return pkg.Scope().Lookup(name).Type() }
	embeds := types.NewStruct([]*types.Var{types.NewField(token.NoPos, pkg, "Sealed", typ("Sealed"), true)}, nil)
	for _, tc := range []struct {
		t    types.Type
		want bsonenc.Marshal
	}{
		{typ("Sealed"), bsonenc.ValueMarshal},
		{types.NewPointer(typ("Sealed")), bsonenc.ValueMarshal},
		{typ("PtrSealed"), bsonenc.PointerMarshal},
		{types.NewPointer(typ("PtrSealed")), bsonenc.ValueMarshal},
		{typ("Getter"), bsonenc.ValueMarshal},
		{typ("Inner"), bsonenc.NoMarshal},
		{types.Typ[types.String], bsonenc.NoMarshal},
		// An unnamed struct has the methods its embedded fields promote;
		// a slice or map of a marshaller has none itself.
		{embeds, bsonenc.ValueMarshal},
		{types.NewPointer(embeds), bsonenc.ValueMarshal},
		{types.NewSlice(typ("Sealed")), bsonenc.NoMarshal},
		{types.NewMap(types.Typ[types.String], typ("Sealed")), bsonenc.NoMarshal},
	} {
		if got := bsonenc.MarshalOf(tc.t); got != tc.want {
			t.Errorf("MarshalOf(%s) = %v, want %v", tc.t, got, tc.want)
		}
	}
}

// TestUntyped checks that an untyped expression (a nil type, as in code
// that does not type-check) is not encoded and does not panic.
func TestUntyped(t *testing.T) {
	if m := bsonenc.MarshalOf(nil); m != bsonenc.NoMarshal {
		t.Errorf("MarshalOf(nil) = %v, want NoMarshal", m)
	}
	if bsonenc.EncodesItself(nil, true) {
		t.Error("EncodesItself(nil) = true")
	}
	bsonenc.Walk(nil, false, func(f *bsonenc.Field) bool {
		t.Errorf("Walk(nil) visited %s", f.Names())
		return true
	})
}

const jsonSrc = `package j

type Agree struct {
	Email string ` + "`bson:\"email\" json:\"email\"`" + `
	V     *Verif ` + "`bson:\"verification\" json:\"verification,omitempty\"`" + `
	Skip  string ` + "`bson:\"-\" json:\"-\"`" + `
}

type Verif struct {
	Token string ` + "`bson:\"token\" json:\"token\"`" + `
}

type Disagree struct {
	Token string ` + "`bson:\"token\"`" + `
	Anon  struct{ Code string } ` + "`bson:\"anon\" json:\"anon\"`" + `
}

type SkipOne struct {
	Token string ` + "`bson:\"token\" json:\"-\"`" + `
}

type Message struct {
	APIKey string ` + "`protobuf:\"bytes,3,opt,name=api_key,json=apiKey,proto3\" json:\"api_key,omitempty\"`" + `
	Name   string ` + "`protobuf:\"bytes,1,opt,name=name,proto3\" json:\"name,omitempty\"`" + `
	Plain  string ` + "`json:\"plain\"`" + `
	Hidden string ` + "`json:\"-\"`" + `
}
`

// TestJSON checks which keys a JSON round trip keeps where BSON puts
// them: the whole type (JSONAgrees) and each field's path (JSONPath).
func TestJSON(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "j.go", jsonSrc, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := (&types.Config{}).Check("j", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	typ := func(name string) types.Type { return pkg.Scope().Lookup(name).Type() }
	for name, want := range map[string]bool{"Agree": true, "Disagree": false, "SkipOne": false} {
		if got := bsonenc.JSONAgrees(typ(name)); got != want {
			t.Errorf("JSONAgrees(%s) = %v, want %v", name, got, want)
		}
	}
	paths := map[string]string{}
	for _, name := range []string{"Agree", "Disagree"} {
		bsonenc.Walk(typ(name), false, func(fld *bsonenc.Field) bool {
			p, ok := bsonenc.JSONPath(fld)
			if !ok {
				p = "?"
			}
			paths[name+" "+fld.Path] = p
			return true
		})
	}
	want := map[string]string{
		"Agree email":              "email",
		"Agree verification":       "verification",
		"Agree verification.token": "verification.token",
		"Disagree token":           "Token",
		"Disagree anon":            "anon",
		"Disagree anon.code":       "?", // a field of an anonymous struct: its tags are not read
	}
	for k, w := range want {
		if paths[k] != w {
			t.Errorf("JSONPath of %s = %q, want %q", k, paths[k], w)
		}
	}
	// protojson names a generated message's fields by their protobuf
	// tag's json= (or name=), not by the json tag.
	proto := map[string]string{}
	bsonenc.Walk(typ("Message"), false, func(fld *bsonenc.Field) bool {
		p, ok := bsonenc.KeyPath(fld, bsonenc.ProtoJSONKey)
		if !ok {
			p = "?"
		}
		proto[fld.Path] = p
		return true
	})
	for k, w := range map[string]string{"apikey": "apiKey", "name": "name", "plain": "plain", "hidden": "?"} {
		if proto[k] != w {
			t.Errorf("KeyPath(%s, ProtoJSONKey) = %q, want %q (all: %v)", k, proto[k], w, proto)
		}
	}
}

// TestInlined: fields tagged inline (with or without the comma) are
// flattened, named or embedded; an embedded field without the tag, a
// sub-document and a field of another struct are not.
func TestInlined(t *testing.T) {
	pkg := load(t)
	st := pkg.Scope().Lookup("Doc").Type().Underlying().(*types.Struct)
	other := pkg.Scope().Lookup("Inner").Type().Underlying().(*types.Struct).Field(0)
	want := map[string]bool{"Inline": true, "Bare": true, "Embedded": false, "Ptr": false, "Plain": false}
	for i := range st.NumFields() {
		v := st.Field(i)
		if w, ok := want[v.Name()]; ok {
			if got := bsonenc.Inlined(st, v); got != w {
				t.Errorf("Inlined(%s) = %v, want %v", v.Name(), got, w)
			}
		}
	}
	if bsonenc.Inlined(st, other) {
		t.Errorf("Inlined(Inner.A) on Doc = true, want false")
	}
}

// TestWalkDepth walks types that refer to one another in a ring of
// twenty: the paths that repeat no type are as long as the ring, and
// Walk stops twelve documents down.
func TestWalkDepth(t *testing.T) {
	var b strings.Builder
	b.WriteString("package q\n")
	const n = 20
	for i := range n {
		// Each type holds the next two, so the paths double at each level.
		fmt.Fprintf(&b, "type T%d struct { Name string; A *T%d; B []T%d }\n", i, (i+1)%n, (i+2)%n)
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "q.go", b.String(), 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := (&types.Config{}).Check("q", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	deepest, fields := 0, 0
	bsonenc.Walk(pkg.Scope().Lookup("T0").Type(), false, func(f *bsonenc.Field) bool {
		fields++
		deepest = max(deepest, strings.Count(f.Path, ".")+1)
		return true
	})
	if deepest != 12 {
		t.Errorf("deepest field %d documents down, want 12", deepest)
	}
	if fields > 3*(1<<12) {
		t.Errorf("Walk visited %d fields, want at most %d", fields, 3*(1<<12))
	}
}
