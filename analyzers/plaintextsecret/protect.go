package plaintextsecret

import (
	"encoding/json"
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/cryptolint/cryptolint/internal/bsonenc"
	"github.com/cryptolint/cryptolint/internal/conststr"
	"github.com/cryptolint/cryptolint/internal/mongoapi"
	"github.com/cryptolint/cryptolint/internal/names"
)

// sensitive reports whether a field (or, with field nil, a document key)
// names sensitive data. For a struct field both the Go name and the bson
// key must agree: a negator in either (Password stored as "password_hash",
// PasswordHash stored as "password") cancels the match, read in both
// orders so that it follows the entry either way.
func (x *pass) sensitive(field *types.Var, key string) (names.Match, bool) {
	if field == nil {
		return x.matcher.Match(key)
	}
	goName := field.Name()
	if strings.EqualFold(goName, key) {
		return x.matcher.Match(goName)
	}
	m, ok := x.matcher.Match(goName + "_" + key)
	if !ok {
		return names.Match{}, false
	}
	if _, ok := x.matcher.Match(key + "_" + goName); !ok {
		return names.Match{}, false
	}
	return m, true
}

// eligible reports whether values of t can hold a secret in readable
// form: strings and bytes, numbers for numeric entries (card numbers,
// PINs), through pointers, slices, arrays and sql.Null-style wrappers.
// Interfaces and maps of unknown content, bson.Binary (possibly encrypted)
// and types that marshal themselves are not.
func eligible(t types.Type, numeric bool) bool {
	for range 8 {
		if mongoapi.IsBinary(t) || bsonenc.MarshalOf(t) == bsonenc.ValueMarshal {
			return false
		}
		switch u := types.Unalias(t).Underlying().(type) {
		case *types.Basic:
			return u.Info()&types.IsString != 0 || numeric && u.Info()&types.IsInteger != 0
		case *types.Pointer:
			t = u.Elem()
		case *types.Slice:
			if isBytes(u) {
				return true
			}
			t = u.Elem()
		case *types.Array:
			t = u.Elem()
		case *types.Struct:
			v := nullValue(t)
			if v == nil {
				return false
			}
			t = v
		default:
			return false
		}
	}
	return false
}

// isBytes reports whether s is a byte slice.
func isBytes(s *types.Slice) bool {
	b, ok := types.Unalias(s.Elem()).Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

// isNullWrapper reports whether t is a sql.NullString-like wrapper.
func isNullWrapper(t types.Type) bool { return nullValue(t) != nil }

// nullValue returns the value type of a nullable wrapper (database/sql
// NullString, Null[T], and look-alikes: a struct of a value and Valid bool).
func nullValue(t types.Type) types.Type {
	st, ok := types.Unalias(t).Underlying().(*types.Struct)
	if !ok || st.NumFields() != 2 || st.Field(1).Name() != "Valid" {
		return nil
	}
	return st.Field(0).Type()
}

// hashes are functions whose result is a one-way function of their input:
// protection for secrets that are only verified, not for key material.
var hashes = map[string]bool{
	"golang.org/x/crypto/bcrypt.GenerateFromPassword": true,
	"golang.org/x/crypto/argon2.IDKey":                true,
	"golang.org/x/crypto/argon2.Key":                  true,
	"golang.org/x/crypto/scrypt.Key":                  true,
	"golang.org/x/crypto/pbkdf2.Key":                  true,
	"crypto/pbkdf2.Key":                               true,
	"crypto/sha256.Sum256":                            true,
	"crypto/sha256.Sum224":                            true,
	"crypto/sha512.Sum512":                            true,
	"crypto/sha512.Sum384":                            true,
	"crypto/sha512.Sum512_256":                        true,
	"crypto/sha3.Sum256":                              true,
	"crypto/sha3.Sum384":                              true,
	"crypto/sha3.Sum512":                              true,
	"(*crypto/sha3.SHA3).Sum":                         true,
	"golang.org/x/crypto/sha3.Sum256":                 true,
	"golang.org/x/crypto/sha3.Sum512":                 true,
	"golang.org/x/crypto/blake2b.Sum256":              true,
	"golang.org/x/crypto/blake2b.Sum512":              true,
	"crypto/md5.Sum":                                  true, // broken, but not plaintext: weakalgo's concern
	"crypto/sha1.Sum":                                 true,
	"(hash.Hash).Sum":                                 true, // sha256.New(), hmac.New(...)
}

// encryptions are functions whose result is ciphertext.
var encryptions = map[string]bool{
	"(crypto/cipher.AEAD).Seal":                                                           true,
	"crypto/rsa.EncryptOAEP":                                                              true,
	"golang.org/x/crypto/nacl/secretbox.Seal":                                             true,
	"golang.org/x/crypto/nacl/box.Seal":                                                   true,
	"golang.org/x/crypto/nacl/box.SealAfterPrecomputation":                                true,
	"golang.org/x/crypto/nacl/box.SealAnonymous":                                          true,
	"(*go.mongodb.org/mongo-driver/mongo.ClientEncryption).Encrypt":                       true,
	"(*go.mongodb.org/mongo-driver/v2/mongo.ClientEncryption).Encrypt":                    true,
	"(github.com/tink-crypto/tink-go/v2/tink.AEAD).Encrypt":                               true,
	"(github.com/tink-crypto/tink-go/v2/tink.DeterministicAEAD).EncryptDeterministically": true,
	"github.com/fernet/fernet-go.EncryptAndSign":                                          true,
}

// encoders turn bytes into text without hiding anything: the protection
// is that of their argument.
var encoders = map[string]bool{
	"encoding/hex.EncodeToString":                true,
	"(*encoding/base64.Encoding).EncodeToString": true,
	"(*encoding/base32.Encoding).EncodeToString": true,
	"(*encoding/base64.Encoding).AppendEncode":   true,
	"strings.ToLower":                            true,
	"strings.TrimSpace":                          true,
}

// hashWords and encryptWords in a function's name say it protects its
// result: project helpers and interface methods (Hasher.Hash, Vault.Seal).
var (
	hashWords    = map[string]bool{"hash": true, "hashed": true, "digest": true, "hmac": true, "bcrypt": true, "scrypt": true, "argon2": true, "pbkdf2": true, "mask": true, "masked": true, "redact": true, "redacted": true}
	encryptWords = map[string]bool{"encrypt": true, "encrypted": true, "seal": true, "sealed": true, "cipher": true, "encipher": true}
)

// protects reports whether a call to fn protects a value of category c.
func (x *pass) protects(fn *types.Func, c names.Category) bool {
	full := fn.Origin().FullName()
	if encryptions[full] || x.protectors != nil && hasKey(x.protectors, full) {
		return true
	}
	if hashes[full] {
		return c != names.PrivateKey // key material must be recoverable: only encryption protects it
	}
	for _, w := range names.Tokenize(fn.Name()) {
		if encryptWords[w] || hashWords[w] && c != names.PrivateKey {
			return true
		}
	}
	return false
}

// hasKey reports whether m has key k.
func hasKey(m funcList, k string) bool {
	_, ok := m[k]
	return ok
}

// protected reports whether the value a leaf stores is protected.
func (f *function) protected(l leaf) bool {
	x := f.x
	if l.field != nil {
		if x.isProtectedField(l.field) || protectiveTypeName(x, l.field.Type()) {
			return true
		}
	}
	if x.encrypted[l.path] {
		return true
	}
	if l.value != nil {
		return f.protectedExpr(l.value, l.match.Category, 0)
	}
	if k, ok := f.location(l.root); ok {
		k.path += l.fieldPath
		if as := f.assigns[k]; len(as) > 0 {
			return f.protectedAssignments(as, l.match.Category, 0)
		}
	}
	return false
}

// protectiveTypeName reports whether a field's named type says it holds a
// protected value (HashedPassword, EncryptedString).
func protectiveTypeName(x *pass, t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	for _, w := range names.Tokenize(n.Obj().Name()) {
		if hashWords[w] || encryptWords[w] || w == "ciphertext" {
			return true
		}
	}
	return false
}

// protectedAssignments reports whether every assignment holds a protected value.
func (f *function) protectedAssignments(as []assignment, c names.Category, depth int) bool {
	for _, a := range as {
		if !f.protectedExpr(a.rhs, c, depth+1) {
			return false
		}
	}
	return true
}

// protectedExpr reports whether e evaluates to a protected value in the
// function: ciphertext, a hash of the secret, or nothing at all.
func (f *function) protectedExpr(e ast.Expr, c names.Category, depth int) bool {
	if depth > 6 {
		return false
	}
	info := f.x.pass.TypesInfo
	e = ast.Unparen(e)
	if tv := info.Types[e]; tv.IsNil() {
		return true
	} else if tv.Value != nil {
		return tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == "" // an empty constant stores nothing
	}
	switch n := e.(type) {
	case *ast.CallExpr:
		if len(n.Args) == 1 && info.Types[n.Fun].IsType() {
			return f.protectedExpr(n.Args[0], c, depth+1) // a conversion
		}
		fn, _ := typeutil.Callee(info, n).(*types.Func)
		if fn == nil {
			return false
		}
		if encoders[fn.Origin().FullName()] && len(n.Args) > 0 {
			return f.protectedExpr(n.Args[len(n.Args)-1], c, depth+1)
		}
		return f.x.protects(fn, c)
	case *ast.SliceExpr:
		return f.protectedExpr(n.X, c, depth+1)
	case *ast.Ident, *ast.SelectorExpr:
		k, ok := f.location(n)
		if !ok {
			return false
		}
		as := f.assigns[k]
		if len(as) == 0 {
			return false
		}
		for _, a := range as {
			rhs := a.rhs
			if a.index >= 0 {
				if call, ok := ast.Unparen(rhs).(*ast.CallExpr); !ok || a.index != 0 {
					return false // only the first result of a call is the value
				} else {
					rhs = call
				}
			}
			if !f.protectedExpr(rhs, c, depth+1) {
				return false
			}
		}
		return true
	}
	return false
}

// collectEncrypted records the key paths that a CSFLE schema map or a
// Queryable Encryption encrypted-fields map in this call covers: bson
// literals passed to SetSchemaMap, SetEncryptedFieldsMap or
// SetEncryptedFields, and JSON schema constants anywhere in them.
func (x *pass) collectEncrypted(call *ast.CallExpr) {
	fn, _ := typeutil.Callee(x.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil || !x.drivers.IsDriverPackage(fn.Pkg().Path()) {
		return
	}
	switch fn.Name() {
	case "SetSchemaMap", "SetEncryptedFieldsMap", "SetEncryptedFields":
	default:
		return
	}
	for _, arg := range call.Args {
		ast.Inspect(arg, func(n ast.Node) bool {
			if e, ok := n.(ast.Expr); ok {
				if t := conststr.Eval(x.pass.TypesInfo, e); t.Constant() && strings.Contains(t.Join(0), "{") {
					var v any
					if json.Unmarshal([]byte(t.Join(0)), &v) == nil {
						schemaPaths(v, "", x.encrypted)
					}
				}
			}
			if lit, ok := n.(*ast.CompositeLit); ok {
				schemaPaths(x.literalValue(lit), "", x.encrypted)
				return false
			}
			return true
		})
	}
}

// literalValue converts a bson literal to plain maps and slices, as far as
// its keys and values are constants.
func (x *pass) literalValue(lit *ast.CompositeLit) any {
	info := x.pass.TypesInfo
	t := info.TypeOf(lit)
	val := func(e ast.Expr) any {
		if l, ok := ast.Unparen(e).(*ast.CompositeLit); ok {
			return x.literalValue(l)
		}
		if s := conststr.Eval(info, e); s.Constant() {
			var v any
			if json.Unmarshal([]byte(s.Join(0)), &v) == nil {
				return v // a JSON schema constant
			}
			return s.Join(0)
		}
		return nil
	}
	switch {
	case mongoapi.IsDocumentMap(t):
		m := map[string]any{}
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if k := conststr.Eval(info, kv.Key); k.Constant() {
					m[k.Join(0)] = val(kv.Value)
				}
			}
		}
		return m
	case mongoapi.IsOrderedDocument(t):
		m := map[string]any{}
		for _, elt := range lit.Elts {
			if e, ok := ast.Unparen(elt).(*ast.CompositeLit); ok {
				if k, v := elemKV(info, e); k != nil {
					if ks := conststr.Eval(info, k); ks.Constant() {
						m[ks.Join(0)] = val(v)
					}
				}
			}
		}
		return m
	case isSliceOrArray(t):
		var s []any
		for _, elt := range lit.Elts {
			s = append(s, val(elt))
		}
		return s
	}
	return nil
}

// schemaPaths adds the field paths that a CSFLE JSON schema
// (properties.<field>.encrypt) or a QE map (fields: [{path: ...}]) encrypts.
func schemaPaths(v any, prefix string, out map[string]bool) {
	switch v := v.(type) {
	case map[string]any:
		if props, ok := v["properties"].(map[string]any); ok {
			for name, sub := range props {
				p := join(prefix, name)
				if m, ok := sub.(map[string]any); ok {
					if _, enc := m["encrypt"]; enc {
						out[p] = true
					}
				}
				schemaPaths(sub, p, out)
			}
		}
		if fields, ok := v["fields"].([]any); ok {
			for _, f := range fields {
				if m, ok := f.(map[string]any); ok {
					if p, ok := m["path"].(string); ok {
						out[p] = true
					}
				}
			}
		}
		for k, sub := range v {
			if k != "properties" && k != "fields" {
				schemaPaths(sub, prefix, out) // "db.coll": schema
			}
		}
	case []any:
		for _, sub := range v {
			schemaPaths(sub, prefix, out)
		}
	}
}

// unconvert strips conversions, to find the variable under string(p).
func unconvert(info *types.Info, e ast.Expr) ast.Expr {
	for {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || !info.Types[call.Fun].IsType() {
			return e
		}
		e = call.Args[0]
	}
}
