package mongoapi

import (
	"go/types"
	"strings"
)

// bsonPackages hold the driver's document types: v2 defines bson.M/D/E/A,
// v1 defines them in bson/primitive (bson.M and friends are aliases), mgo
// defines bson.M and bson.D of DocElem.
var bsonPackages = map[string]bool{
	"go.mongodb.org/mongo-driver/v2/bson":        true,
	"go.mongodb.org/mongo-driver/bson":           true,
	"go.mongodb.org/mongo-driver/bson/primitive": true,
	MgoV2 + "/bson":         true,
	GlobalsignMgo + "/bson": true,
}

// isBSONPackage reports whether path is a bson package of the drivers or
// of a fork recognised by IsFork.
func isBSONPackage(path string) bool {
	if bsonPackages[path] {
		return true
	}
	for _, sub := range []string{"/bson", "/bson/primitive"} {
		if mod, ok := strings.CutSuffix(path, sub); ok && IsFork(mod) {
			return true
		}
	}
	return false
}

// isBSONNamed reports whether t (through aliases) is the named type name
// of a bson package.
func isBSONNamed(t types.Type, names ...string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || !isBSONPackage(n.Obj().Pkg().Path()) {
		return false
	}
	for _, name := range names {
		if n.Obj().Name() == name {
			return true
		}
	}
	return false
}

// IsElem reports whether t is an ordered-document element: bson.E or
// primitive.E {Key, Value}, or mgo's bson.DocElem {Name, Value}.
func IsElem(t types.Type) bool { return isBSONNamed(t, "E", "DocElem") }

// ElemKeyField returns the name of the key field of an element type.
func ElemKeyField(t types.Type) string {
	if isBSONNamed(t, "DocElem") {
		return "Name"
	}
	return "Key"
}

// IsBinary reports whether t is a bson Binary type, whose subtype (6 for
// encrypted values) is only known at run time.
func IsBinary(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	return isBSONNamed(t, "Binary")
}

// IsDocumentMap reports whether t is a map with string keys encoded as a
// document: bson.M, primitive.M, map[string]any and the like.
func IsDocumentMap(t types.Type) bool {
	if t == nil {
		return false
	}
	m, ok := types.Unalias(t).Underlying().(*types.Map)
	if !ok {
		return false
	}
	b, ok := types.Unalias(m.Key()).Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// IsOrderedDocument reports whether t is a slice of elements: bson.D,
// primitive.D, mgo's bson.D, []bson.E, mongo.Pipeline's stages.
func IsOrderedDocument(t types.Type) bool {
	if t == nil {
		return false
	}
	s, ok := types.Unalias(t).Underlying().(*types.Slice)
	return ok && IsElem(s.Elem())
}

// IsRawDocument reports whether t holds encoded BSON whose keys are known
// only at run time: bson.Raw and bson.RawValue (v1 and v2), and the
// driver's bsoncore.Document, Array and Value. A byte slice of this kind
// is a document, not a secret string.
func IsRawDocument(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	path, name := n.Obj().Pkg().Path(), n.Obj().Name()
	switch {
	case isBSONPackage(path):
		return name == "Raw" || name == "RawValue"
	case strings.HasSuffix(path, "/x/bsonx/bsoncore"):
		return name == "Document" || name == "Array" || name == "Value"
	}
	return false
}

// IsUnmarshal reports whether fn decodes BSON bytes into a value:
// bson.Unmarshal of the driver (v1, v2) and of mgo. Marshal then
// Unmarshal into a bson.D or bson.M turns a struct into a document of the
// same keys and values.
func IsUnmarshal(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && isBSONPackage(fn.Pkg().Path()) && fn.Name() == "Unmarshal" && fn.Signature().Recv() == nil
}

// IsMarshal reports whether fn encodes a value into BSON bytes, which the
// program may then write as a raw document: bson.Marshal of the driver
// (v1, v2) and of mgo.
func IsMarshal(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && isBSONPackage(fn.Pkg().Path()) && fn.Name() == "Marshal" && fn.Signature().Recv() == nil
}
