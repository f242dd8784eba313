package plaintextsecret

import (
	"go/ast"
	"go/types"
	"reflect"
	"strings"

	"github.com/cryptolint/cryptolint/internal/bsonenc"
	"github.com/cryptolint/cryptolint/internal/cryptoapi"
	"github.com/cryptolint/cryptolint/internal/mongoapi"
)

// Serialized documents: a struct written out as text or bytes (a JSON
// string, a protobuf message) and stored under a key that says nothing
// ("spec", "data") still holds every field the serializer writes, the
// secrets too:
//
//	b, _ := json.Marshal(provider) // provider.APIKey from the request
//	coll.InsertOne(ctx, configDoc{Spec: string(b)})
//
// The stored string is walked as the document it serializes, its keys
// named as the serializer names them (json tags; protojson's names of a
// generated message), each sensitive one
// noted as serialized.

// serializedFrom returns the value that e writes out as text or bytes,
// and the serializer ("json.Marshal"): a call of a serializer of the
// cryptoapi table, of bson.Marshal, or of a function whose result fact
// says it serializes a parameter, seen through conversions (string(b))
// and variables with one value (b, err := json.Marshal(p)).
func (f *function) serializedFrom(e ast.Expr) (ast.Expr, string, bool) {
	info := f.x.pass.TypesInfo
	for range 4 {
		e = unconvert(info, ast.Unparen(e))
		switch n := ast.Unparen(e).(type) {
		case *ast.CallExpr:
			fn := f.callee(n)
			if fn == nil || len(n.Args) == 0 || n.Ellipsis.IsValid() {
				return nil, "", false
			}
			if cryptoapi.Has(fn.FullName(), cryptoapi.Serialize) || mongoapi.IsMarshal(fn) && len(n.Args) == 1 {
				return n.Args[0], shortName(fn), true
			}
			if r := f.x.resultOf(fn); r != nil && r.Serializes > 0 && r.Serializes <= len(n.Args) {
				return n.Args[r.Serializes-1], r.SerializedBy, true
			}
			return nil, "", false
		case *ast.Ident:
			v, ok := info.ObjectOf(n).(*types.Var)
			if !ok {
				return nil, "", false
			}
			if _, isParam := f.param(n); isParam {
				return nil, "", false
			}
			rhs, ok := f.onlyValue(v, true)
			if !ok {
				return nil, "", false
			}
			e = rhs
		default:
			return nil, "", false
		}
	}
	return nil, "", false
}

// shortName is a function's name as its callers write it: json.Marshal,
// protojson.MarshalOptions.Marshal.
func shortName(fn *types.Func) string {
	name := fn.Name()
	if recv := fn.Signature().Recv(); recv != nil {
		if n, ok := types.Unalias(derefType(recv.Type())).(*types.Named); ok {
			name = n.Obj().Name() + "." + name
		}
	}
	if fn.Pkg() != nil {
		name = fn.Pkg().Name() + "." + name
	}
	return name
}

// serializesParam reports whether every return that is not nil or a
// constant writes out the
// same parameter (resultFact.Serializes), which, and by which serializer.
func (f *function) serializesParam(results []ast.Expr) (int, string, bool) {
	param, by := -1, ""
	for _, e := range results {
		if tv := f.x.pass.TypesInfo.Types[e]; tv.IsNil() || tv.Value != nil {
			continue // return "", err
		}
		if src, _ := f.recodedVia(e); src != nil {
			return 0, "", false // bson.Marshal(v): a recoded document (resultFact.Recodes)
		}
		src, how, ok := f.serializedFrom(e)
		if !ok {
			return 0, "", false
		}
		i, isParam := f.param(ast.Unparen(unaddr(src)))
		if !isParam || i < 0 || param >= 0 && (i != param || how != by) {
			return 0, "", false
		}
		param, by = i, how
	}
	return param, by, param >= 0
}

// serialized walks the value that the text or bytes v stored under path
// serializes, if it is a document, as a document under path, and marks
// what the walk found as serialized by the serializer.
func (ev *evaluation) serialized(v ast.Expr, path string) {
	src, by, ok := ev.f.serializedFrom(v)
	if !ok {
		return
	}
	t := ev.f.x.pass.TypesInfo.TypeOf(src)
	if t == nil || !isDocumentType(t) || mongoapi.IsBinary(t) || mongoapi.IsRawDocument(t) {
		return
	}
	leaves, params := len(ev.leaves), len(ev.params)
	ev.doc(src, mongoapi.Document, path, false)
	ev.serializedKeys(t, path, by, leaves, params)
}

// serializedKeys renames the key paths of the leaves and parameter sinks
// that a walk of a serialized value of type t added (from leaves and
// params on) to those the serializer writes (the json tags), drops those
// it skips (json:"-"), notes in each leaf that it is serialized, and
// marks the parameters passed on whole as serialized by it.
func (ev *evaluation) serializedKeys(t types.Type, prefix, by string, leaves, params int) {
	keyOf := serializedKey(by)
	rename := make(map[string]string) // BSON path -> the serializer's, "" when it skips the field
	if keyOf != nil {
		ev.f.x.enc.Walk(t, false, func(fld *bsonenc.Field) bool {
			p, ok := bsonenc.KeyPath(fld, keyOf)
			if !ok {
				if _, known := rename[fld.Path]; !known && skips(fld, keyOf) {
					rename[fld.Path] = ""
				}
				return false
			}
			rename[fld.Path] = p
			return true
		})
	}
	rekey := func(path string) (string, bool) {
		rel := path
		if prefix != "" {
			var under bool
			if rel, under = strings.CutPrefix(path, prefix+"."); !under {
				return path, true
			}
		}
		// The longest prefix of rel that names a field: keys under a map
		// or an element keep their own spelling.
		for end := len(rel); end > 0; end = strings.LastIndexByte(rel[:end], '.') {
			if to, known := rename[rel[:end]]; known {
				if to == "" {
					return "", false
				}
				return join(prefix, to+rel[end:]), true
			}
		}
		return path, true
	}
	note := serializedNote(by)
	kept := ev.leaves[:leaves]
	for _, l := range ev.leaves[leaves:] {
		p, ok := rekey(l.path)
		if !ok {
			continue
		}
		l.path = p
		if l.embeds == "" {
			l.embeds = note
		}
		kept = append(kept, l)
	}
	ev.leaves = kept
	ps := ev.params[:params]
	for _, s := range ev.params[params:] {
		if s.Path == prefix && !s.Leaf {
			s.Serialized = by // walked by the callers, under the serializer's keys
			ps = append(ps, s)
			continue
		}
		p, ok := rekey(s.Path)
		if !ok {
			continue
		}
		s.Path, s.Serialized = p, by
		ps = append(ps, s)
	}
	ev.params = ps
}

// serializedNote is what a leaf's message says of a value serialized by
// by: APIKey (key "spec.apiKey", which is serialized by protojson.Marshal).
func serializedNote(by string) string { return "is serialized by " + by }

// skips reports whether the serializer that names fields by keyOf leaves
// the field out (json:"-").
func skips(fld *bsonenc.Field, keyOf func(*types.Struct, int) (string, bool)) bool {
	if fld.Owner == nil || fld.Var.Embedded() {
		return false
	}
	st, ok := fld.Owner.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := range st.NumFields() {
		if st.Field(i) == fld.Var {
			_, ok := keyOf(st, i)
			return !ok
		}
	}
	return false
}

// serializedKey returns how a serializer names a struct's fields, or nil
// for one that names them as BSON does (bson.Marshal, bson.MarshalExtJSON).
func serializedKey(by string) func(*types.Struct, int) (string, bool) {
	pkg, _, _ := strings.Cut(by, ".")
	switch pkg {
	case "bson":
		return nil
	case "protojson":
		return bsonenc.ProtoJSONKey
	case "proto", "prototext":
		return protoNameKey
	case "yaml":
		return tagKey("yaml", strings.ToLower)
	case "xml":
		return tagKey("xml", func(name string) string { return name })
	}
	return bsonenc.JSONKey
}

// protoNameKey names a generated message's field by its protobuf tag's
// name= (prototext; the binary form numbers fields, and the name is the
// one to show).
func protoNameKey(st *types.Struct, i int) (string, bool) {
	tag, ok := reflect.StructTag(st.Tag(i)).Lookup("protobuf")
	if !ok {
		return bsonenc.JSONKey(st, i)
	}
	for part := range strings.SplitSeq(tag, ",") {
		if v, ok := strings.CutPrefix(part, "name="); ok {
			return v, true
		}
	}
	return st.Field(i).Name(), true
}

// tagKey names a field by its tag under key (yaml, xml), or, without one,
// by its Go name as def spells it; "-" skips the field.
func tagKey(key string, def func(string) string) func(*types.Struct, int) (string, bool) {
	return func(st *types.Struct, i int) (string, bool) {
		tag, _ := reflect.StructTag(st.Tag(i)).Lookup(key)
		if tag == "-" {
			return "", false
		}
		if name, _, _ := strings.Cut(tag, ","); name != "" {
			return name, true
		}
		return def(st.Field(i).Name()), true
	}
}

// cloners return a deep copy of their only argument.
var cloners = map[string]bool{
	"google.golang.org/protobuf/proto.Clone":   true,
	"github.com/golang/protobuf/proto.Clone":   true,
	"google.golang.org/protobuf/proto.CloneOf": true, // generic: CloneOf[M Message](m M) M
}

// cloneOf returns what e is a copy of: the argument of a call of a cloner,
// type-asserted back or not (proto.Clone(p).(*pb.Provider)), or of the
// only value of a variable holding one whose sensitive fields the
// function does not set (clone.WorkspaceId = id is fine).
func (f *function) cloneOf(e ast.Expr) ast.Expr {
	e = ast.Unparen(e)
	id, ok := e.(*ast.Ident)
	if !ok {
		return f.clonedArg(e)
	}
	v, isVar := f.x.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !isVar {
		return nil
	}
	if _, isParam := f.param(id); isParam {
		return nil
	}
	rhs, ok := f.onlyValue(v, false)
	if !ok {
		return nil
	}
	src := f.clonedArg(rhs)
	if src == nil {
		return nil
	}
	for k := range f.assigns {
		if k.obj == v && k.path != nil {
			if _, sensitive := f.x.matcher.Match(goName(k.path)); sensitive {
				return nil
			}
		}
	}
	return src
}

// clonedArg returns the argument of a call of a cloner, type-asserted back
// or not, or nil.
func (f *function) clonedArg(e ast.Expr) ast.Expr {
	e = ast.Unparen(e)
	if ta, ok := e.(*ast.TypeAssertExpr); ok && ta.Type != nil {
		e = ast.Unparen(ta.X)
	}
	call, ok := e.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return nil
	}
	if fn := f.callee(call); fn != nil && cloners[fn.Origin().FullName()] {
		return call.Args[0]
	}
	return nil
}

// textOrBytes reports whether t is a string or a byte slice: what a
// serializer's result is stored as.
func textOrBytes(t types.Type) bool {
	if isString(t) {
		return true
	}
	s, ok := types.Unalias(t).Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := types.Unalias(s.Elem()).Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}
