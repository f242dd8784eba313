package plaintextsecret

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"iter"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/cryptolint/cryptolint/internal/bsonenc"
	"github.com/cryptolint/cryptolint/internal/conststr"
	"github.com/cryptolint/cryptolint/internal/cryptoapi"
	"github.com/cryptolint/cryptolint/internal/flow"
	"github.com/cryptolint/cryptolint/internal/mongoapi"
	"github.com/cryptolint/cryptolint/internal/names"
	"github.com/cryptolint/cryptolint/internal/rules"
)

// sensitive reports whether a field (or, with field nil, a document key)
// names sensitive data. A field is read in context (names.Matcher.MatchField):
// its Go name and bson key must agree, and a generic name (Key, Value, Code)
// is read with its struct's type name, owner, and its sibling fields, so
// that APIKey.Value is an API key, Certificate.Key a private key and a Code
// beside Email and ExpiresAt a one-time code.
func (x *pass) sensitive(field *types.Var, key string, owner types.Type) (names.Match, bool) {
	if field == nil {
		return x.sensitiveKey(key, nil)
	}
	k := namedKey{field, key, owner}
	if a, ok := x.named[k]; ok {
		return a.m, a.ok
	}
	m, ok := x.sensitiveField(field, key, owner)
	if x.named == nil {
		x.named = make(map[namedKey]namedAnswer)
	}
	x.named[k] = namedAnswer{m, ok}
	return m, ok
}

// namedKey and namedAnswer are the question and answer of sensitive for a
// field.
type (
	namedKey struct {
		field *types.Var
		key   string
		owner types.Type
	}
	namedAnswer struct {
		m  names.Match
		ok bool
	}
)

// sensitiveField is sensitive for a field, read in context.
func (x *pass) sensitiveField(field *types.Var, key string, owner types.Type) (names.Match, bool) {
	f := names.Field{Name: field.Name(), Key: key, Several: several(field.Type())}
	if n, ok := types.Unalias(owner).(*types.Named); ok {
		f.Owner = n.Obj().Name()
		if n.Obj().Pkg() != nil {
			f.Package = n.Obj().Pkg().Name()
		}
		if st, ok := n.Underlying().(*types.Struct); ok && names.ReadsSiblings(f.Name) {
			for i := range st.NumFields() {
				if sib := st.Field(i); sib != field {
					f.Siblings = append(f.Siblings, sib.Name())
				}
			}
		}
	}
	return x.matcher.MatchField(f)
}

// sensitiveKey reports whether a document key names sensitive data: the
// key itself; else, when the last segment of a dotted path is generic, that
// segment read with its parent ("azure.credentials.key" is a credential's
// key); else, when the key is written as a named constant (keyNode), the
// constant's name read with its value (const fieldResetToken = "rt").
func (x *pass) sensitiveKey(key string, keyNode ast.Node) (names.Match, bool) {
	if m, ok := x.matcher.Match(key); ok {
		return m, true
	}
	if i := strings.LastIndexByte(key, '.'); i > 0 && names.Generic(key[i+1:]) {
		parent := key[:i]
		if j := strings.LastIndexByte(parent, '.'); j >= 0 {
			parent = parent[j+1:]
		}
		if m, ok := x.matcher.MatchField(names.Field{Name: key[i+1:], Owner: parent}); ok {
			return m, true
		}
	}
	if m, ok := x.keyAlias(key); ok {
		return m, true
	}
	var id *ast.Ident
	switch k := keyNode.(type) {
	case *ast.Ident:
		id = k
	case *ast.SelectorExpr:
		id = k.Sel
	}
	if id == nil {
		return names.Match{}, false
	}
	if c, ok := x.pass.TypesInfo.Uses[id].(*types.Const); ok {
		words, kw := names.Tokenize(c.Name()), names.Tokenize(key)
		if n := len(words) - len(kw); len(kw) > 0 && n > 0 && slices.Equal(words[n:], kw) {
			// A generated field constant, <Type><Key>
			// (CredentialUsername = "username"): the key of the type's
			// field, read in its owner.
			return x.matcher.MatchField(names.Field{Name: key, Key: key, Owner: strings.Join(words[:n], "_")})
		}
		return x.matcher.MatchField(names.Field{Name: c.Name(), Key: key})
	}
	return names.Match{}, false
}

// keyAlias reports whether a document key that says nothing by itself is
// the bson key of a sensitive field of a struct the package declares or
// imports (RefreshToken stored as "rf": {"$set": {"rf": t}} writes it),
// and no field of those structs is stored under the same key without
// being sensitive. Fields whose names are sensitive only in their
// context (APIKey.Value) and "_id" are not aliases: their keys name
// other things elsewhere.
func (x *pass) keyAlias(key string) (names.Match, bool) {
	if x.aliases == nil {
		x.aliases = make(map[string]names.Match)
		other := make(map[string]bool)
		for _, p := range append([]*types.Package{x.pass.Pkg}, x.pass.Pkg.Imports()...) {
			if standardLibrary(p, x.pass.Pkg) || x.drivers.IsDriverPackage(p.Path()) {
				continue // the standard library, the drivers
			}
			scope := p.Scope()
			for _, name := range scope.Names() {
				tn, ok := scope.Lookup(name).(*types.TypeName)
				if !ok || tn.IsAlias() {
					continue
				}
				if _, ok := tn.Type().Underlying().(*types.Struct); !ok {
					continue
				}
				x.enc.Walk(tn.Type(), false, func(f *bsonenc.Field) bool {
					if f.Parent != nil || f.Key == "_id" || strings.Contains(f.Key, ".") {
						return false
					}
					if _, ok := x.matcher.Match(f.Key); ok {
						return false // the key says it: sensitiveKey reads it
					}
					owner := f.Owner
					if owner == nil {
						owner = tn.Type()
					}
					if m, ok := x.sensitive(f.Var, f.Key, owner); ok && !names.Generic(f.Var.Name()) {
						if _, seen := x.aliases[f.Key]; !seen {
							x.aliases[f.Key] = m
						}
					} else {
						other[f.Key] = true
					}
					return false
				})
			}
		}
		for k := range other {
			delete(x.aliases, k)
		}
	}
	m, ok := x.aliases[key]
	return m, ok
}

// standardLibrary reports whether p, imported by pkg, is a package of the
// standard library: its path's first element has no dot, and it is not
// in pkg's own module (a module named "facebook-bot" has no dot either).
func standardLibrary(p, pkg *types.Package) bool {
	if p == pkg {
		return false
	}
	first := func(path string) string { return strings.Split(path, "/")[0] }
	root := first(p.Path())
	return !strings.Contains(root, ".") && root != first(pkg.Path())
}

// several reports whether values of t hold several strings or byte
// strings: a slice, array or map of them.
func several(t types.Type) bool {
	var elem types.Type
	switch u := types.Unalias(t).Underlying().(type) {
	case *types.Slice:
		if isBytes(u) {
			return false
		}
		elem = u.Elem()
	case *types.Array:
		elem = u.Elem()
	case *types.Map:
		elem = u.Elem()
	default:
		return false
	}
	switch u := types.Unalias(elem).Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		return isBytes(u)
	}
	return false
}

// eligible reports whether values of t can hold a secret in readable
// form: strings and bytes, numbers for numeric entries (card numbers,
// PINs), through pointers, slices, arrays and sql.Null-style wrappers.
// Interfaces and maps of unknown content, bson.Binary (possibly encrypted)
// and types that marshal themselves are not.
func eligible(t types.Type, numeric bool) bool {
	if _, ok := protectingType(t); ok {
		return false // fieldcrypt ciphertext or keyed digest, by type identity
	}
	for range 8 {
		if mongoapi.IsBinary(t) || mongoapi.IsRawDocument(t) || bsonenc.MarshalOf(t) == bsonenc.ValueMarshal {
			return false // possibly ciphertext, a document of unknown keys, or self-encoding
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

// protectingType returns how the type of a value protects it when stored:
// a type of cryptoapi's table (fieldcrypt.String, Bytes, Digest), matched by
// package path and type name, directly or as the element of pointers,
// slices and arrays.
func protectingType(t types.Type) (cryptoapi.Protection, bool) {
	for range 8 {
		t = types.Unalias(t)
		if n, ok := t.(*types.Named); ok && n.Obj().Pkg() != nil {
			if p, ok := cryptoapi.LookupType(n.Obj().Pkg().Path(), n.Obj().Name()); ok {
				return p, true
			}
		}
		switch u := t.(type) {
		case *types.Pointer:
			t = u.Elem()
		case *types.Slice:
			t = u.Elem()
		case *types.Array:
			t = u.Elem()
		default:
			return 0, false
		}
	}
	return 0, false
}

// checkDigestFields reports fields of a struct type declared as a
// fieldcrypt.Digest whose names say they hold key material, which a
// one-way digest loses (CL104).
func (x *pass) checkDigestFields(cur inspector.Cursor, st *ast.StructType) {
	t := x.pass.TypesInfo.TypeOf(st)
	if t == nil {
		return
	}
	var owner types.Type = t
	if ts, ok := cur.Parent().Node().(*ast.TypeSpec); ok && ts.Type == st {
		if obj := x.pass.TypesInfo.Defs[ts.Name]; obj != nil {
			owner = obj.Type()
		}
	}
	for _, fld := range st.Fields.List {
		if p, ok := protectingType(x.pass.TypesInfo.TypeOf(fld.Type)); !ok || p != cryptoapi.Hashed {
			continue
		}
		for _, id := range fld.Names {
			v, ok := x.pass.TypesInfo.Defs[id].(*types.Var)
			if !ok {
				continue
			}
			key, ok := bsonenc.KeyOf(t, v)
			if !ok {
				continue // not encoded (bson:"-", unexported)
			}
			m, ok := x.sensitive(v, key, owner)
			if !ok || m.Category != names.PrivateKey {
				continue // passwords, tokens and identifiers may well be only verified
			}
			x.rep.Report(rules.DigestOfKey, fld.Type, fmt.Sprintf("field %s (key %q) holds key material (%s), but fieldcrypt.Digest is one-way: the key can never be read back; declare it fieldcrypt.Bytes or fieldcrypt.String", v.Name(), key, m.Entry))
		}
	}
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

// hashes reports whether fn's result is a one-way function of its input:
// protection for secrets that are only verified, not for key material. A
// broken hash (MD5, SHA-1) is not plaintext either: that is weakalgo's
// concern.
func hashes(full string) bool {
	f, _ := cryptoapi.Lookup(full)
	return f.Is(cryptoapi.PasswordHash) || f.Is(cryptoapi.Hash) && (f.Form == cryptoapi.OneShot || f.Form == cryptoapi.Method)
}

// encoders reports whether fn turns bytes into text without hiding
// anything, or normalizes text: the protection is that of its argument.
func encoders(full string) bool {
	return cryptoapi.Has(full, cryptoapi.Encode) || textTransforms[full]
}

// textTransforms normalize text without hiding it, taking only the text:
// encoders, read through their one argument.
var textTransforms = map[string]bool{
	"strings.ToLower":   true,
	"strings.TrimSpace": true,
}

// textEdits tidy the text they take first, with more arguments saying
// how (the cut to trim, the escape to replace): what they return is that
// text in another form. keepsOwn reads them, with textTransforms'
// encoders.
var textEdits = map[string]bool{
	"strings.Trim": true, "strings.TrimLeft": true, "strings.TrimRight": true,
	"strings.TrimPrefix": true, "strings.TrimSuffix": true, "strings.ReplaceAll": true, "strings.Replace": true,
	"strings.ToUpper": true, "bytes.TrimSpace": true, "bytes.Trim": true, "bytes.ReplaceAll": true,
}

// hashWord and encryptWord report whether a word of a function's name says
// it protects its result: project helpers and interface methods
// (Hasher.Hash, Vault.Seal).
func hashWord(w string) bool {
	v, ok := cryptoapi.LookupWord(w)
	return ok && !v.Plural && !v.Ciphertext && (v.Protection == cryptoapi.Hashed || v.Protection == cryptoapi.Masked)
}

func encryptWord(w string) bool {
	v, ok := cryptoapi.LookupWord(w)
	return ok && !v.Ciphertext && v.Protection == cryptoapi.Encrypted
}

// protectiveWord reports whether a word of a value's or type's name says it
// holds a hash or ciphertext.
func protectiveWord(w string) bool {
	v, ok := cryptoapi.LookupWord(w)
	return ok && !v.Plural
}

// displayOnly reports whether a protective word, in a type's name,
// describes how values are shown (MarshalJSON, MarshalYAML, String
// returning "***"): the BSON encoder calls none of those and stores the
// value itself. A function so named (maskCard) returns the masked value,
// which is stored.
func displayOnly(w string) bool {
	v, ok := cryptoapi.LookupWord(w)
	return ok && v.Protection == cryptoapi.Masked
}

// protection is what a function does to its input.
type protection int

const (
	none       protection = iota
	hashing               // one-way: protects secrets that are only verified
	encryption            // reversible with a key: protects anything
)

// protectionOf says how a call to fn protects its result: by the tables,
// the -protectors flag, a fact about its body, or its name.
func (x *pass) protectionOf(fn *types.Func) protection {
	full := fn.Origin().FullName()
	if cryptoapi.Has(full, cryptoapi.Encrypt) || hasKey(x.protectors, full) {
		return encryption
	}
	if hashes(full) {
		return hashing
	}
	r := x.resultOf(fn)
	if r != nil && r.Encoded {
		return none // named like a protector, but its body only encodes
	}
	if r != nil && (r.Encrypted || r.Hashed) {
		if r.Encrypted {
			return encryption
		}
		return hashing
	}
	return x.protectionByName(fn.Name())
}

// protectionByName returns what a function's name says it does.
func (x *pass) protectionByName(name string) protection {
	p := none
	for _, w := range names.Tokenize(name) {
		if _, known := cryptoapi.LookupWord(w); !known {
			w = x.runTogetherVerb(w)
		}
		if encryptWord(w) {
			return encryption
		}
		if hashWord(w) {
			p = hashing
		}
	}
	return p
}

// runTogetherVerb returns the protection word a run-together word starts
// with when the rest of it names a secret ("hashpassword" of Hashpassword,
// "encrypttoken"), as names read run-together field names; otherwise w.
// The rest must be sensitive by itself: "hashkey" (a shard key) and
// "hashmap" say nothing about protecting a secret. The rest is read with
// the pass's dictionary (the -words flags and configuration included).
func (x *pass) runTogetherVerb(w string) string {
	for i := len(w) - 3; i >= 4; i-- {
		if _, ok := cryptoapi.LookupWord(w[:i]); !ok {
			continue
		}
		if _, ok := x.matcher.Match(w[i:]); ok {
			return w[:i]
		}
	}
	return w
}

// hasKey reports whether m has key k.
func hasKey(m funcList, k string) bool {
	_, ok := m[k]
	return ok
}

// protected reports whether the value a leaf stores is protected.
func (f *function) protected(l leaf) bool {
	return protects(f.leafValue(l), l.match.Category)
}

// leafValue evaluates what a leaf stores on the lattice.
func (f *function) leafValue(l leaf) flow.Value {
	x := f.x
	if l.field != nil {
		if x.isProtectedField(l.field) || protectiveTypeName(x, l.field.Type()) {
			return flow.Of(flow.Trusted)
		}
	}
	if x.encrypted[l.path] {
		return flow.Of(flow.Encrypted) // CSFLE or Queryable Encryption
	}
	if l.field != nil && l.owner != nil && f.mutated(l.owner, l.field.Name()) {
		return flow.Of(flow.Trusted) // a method of the variable replaced the field (u.HashPassword())
	}
	if l.value != nil {
		return f.valueOf(l.value, 0)
	}
	if k, ok := f.location(l.root); ok {
		k.path = f.x.paths.Concat(k.path, l.fieldPath)
		if as := f.assignsBefore(k, l.at); len(as) > 0 {
			if l.owner != nil && l.field != nil && f.fillsAfter(l.owner, l.field.Name(), as[len(as)-1].rhs.Pos()) {
				return flow.Of(flow.Generated) // usr.Secret = "" on one branch, usr.GenerateToken() after
			}
			return f.assignedValue(as, 0)
		}
		if nl, ok := f.viaPart(l); ok {
			return f.leafValue(nl) // src.Minio = minio; i.Source = src: minio.SecretKey
		}
		if nl, ok := f.viaMethodCopy(l); ok {
			return f.leafValue(nl) // u.Update(&req): req.FeishuToken.AccessToken
		}
		if call := f.subFilledBy(l); call != nil {
			return flow.Seen(flow.Plain, call.Pos(), "what "+f.x.exprString(call.Fun)+" returns") // st.Pages = listPages(...)
		}
		if f.readBackBy(k.obj, l.at) && f.fromDatabase(k) && !f.filledPath(l) && !f.inputPart(l) {
			return flow.Of(flow.Stored) // a stored document written back, except the parts replaced with posted ones: judged where it was first written
		}
	}
	// A setter called on the document before the write, after nothing
	// assigned the field: what it was given (u.SetPassword(hashed)).
	if l.field != nil && topField(l.fieldPath) && l.root != nil {
		if id, ok := unaddr(l.root).(*ast.Ident); ok {
			if v, ok := f.x.pass.TypesInfo.ObjectOf(id).(*types.Var); ok {
				if val, ok := f.filledByMethod(v, l.field.Name(), token.NoPos, l.at); ok {
					return val
				}
			}
		}
	}
	// A struct returned by a function that protects the field (a
	// constructor hashing the password), directly or through a variable.
	if l.field != nil && topField(l.fieldPath) {
		if call := f.producerAt(l.root, l.at); call != nil {
			if fn := f.callee(call); fn != nil {
				if id, ok := unaddr(l.root).(*ast.Ident); ok {
					if v, ok := f.x.pass.TypesInfo.ObjectOf(id).(*types.Var); ok {
						if val, ok := f.filledByMethod(v, l.field.Name(), call.End(), l.at); ok {
							return val // company := NewCompany(code); company.SetToken(t)
						}
					}
				}
				if x.resultOf(fn).protectsField(l.field.Name()) {
					return flow.Of(flow.Trusted)
				}
				if i, sub, ok := x.resultOf(fn).fromParam(l.field.Name()); ok && i < len(call.Args) && !call.Ellipsis.IsValid() {
					if sub != "" {
						return f.fieldValue(call.Args[i], sub, call.Pos()) // NewUser(entity): entity.Password
					}
					return f.valueOf(call.Args[i], 0) // NewSecret(desc, sealed): what the caller passed
				}
				return flow.Seen(flow.Plain, call.Pos(), "what "+fn.Name()+" returns")
			}
		}
	}
	if l.root != nil && f.fromInput(l.root) {
		return flow.Seen(flow.Input, l.root.Pos(), "what the client sent, decoded into "+f.x.exprString(l.root))
	}
	return flow.Of(flow.Plain)
}

// isSelector reports whether e is a selector expression (x.F).
func isSelector(e ast.Expr) bool {
	_, ok := ast.Unparen(e).(*ast.SelectorExpr)
	return ok
}

// fieldRead reports whether e reads a field: a selector, or a protobuf
// getter (in.GetPassword()).
func (f *function) fieldRead(e ast.Expr) bool {
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		_, fld := f.getter(call)
		return fld != nil
	}
	return isSelector(e)
}

// fieldValue evaluates field sub of the struct e holds at pos (what a
// mapper copies from its argument: NewUser(entity) takes entity.Password).
func (f *function) fieldValue(e ast.Expr, sub string, pos token.Pos) flow.Value {
	t := f.x.pass.TypesInfo.TypeOf(e)
	fv := fieldByPath(t, sub) // Body.Password: a field of a field
	k, ok := f.location(unaddr(e))
	if fv == nil || !ok {
		return flow.Seen(flow.Plain, e.Pos(), sub+" of "+f.x.exprString(e))
	}
	if f.mutated(k.obj, sub) {
		return flow.Of(flow.Trusted) // entity.HashPassword() before
	}
	k.path = f.x.paths.Concat(k.path, f.x.namedPath(t, sub))
	if as := f.assignsBefore(k, pos); len(as) > 0 {
		return f.assignedValue(as, 0)
	}
	if f.fromDatabase(k) {
		return flow.Of(flow.Stored)
	}
	if f.fromInput(unaddr(e)) {
		return flow.Seen(flow.Input, e.Pos(), "what the client sent, decoded into "+f.x.exprString(e))
	}
	return flow.Seen(flow.Plain, e.Pos(), sub+" of "+f.x.exprString(e))
}

// assignsBefore returns the assignments to k that come before pos in the
// source, all of them when pos is not known.
func (f *function) assignsBefore(k assignKey, pos token.Pos) []assignment {
	as := f.assigns[k]
	if !pos.IsValid() {
		return as
	}
	i := len(as)
	for i > 0 && as[i-1].rhs.End() > pos {
		i-- // after pos, or holding it: x, err = save(x) assigns after the call
	}
	return f.reaching(as[:i], pos)
}

// reachingUse returns the assignments to k that may reach a use at pos:
// those before it that no later one replaces (assignsBefore), and those
// after it in the source that a loop or a function literal brings back
// to it. Assignments only after the use (kept = append(kept, fresh)
// after writing kept) are not what the use reads.
func (f *function) reachingUse(k assignKey, pos token.Pos) []assignment {
	as := f.assigns[k]
	if len(as) == 0 || !pos.IsValid() || f.jumps() || !f.cur.Valid() {
		return as
	}
	out := f.assignsBefore(k, pos)
	for _, a := range as {
		if a.rhs.End() > pos && flow.MayReachBack(f.cur, a.rhs.Pos(), pos) {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return as // none before it: a definition the walk did not place (a closure's capture)
	}
	return out
}

// reaching drops from as, assignments to one location in source order
// before pos, those that a later one replaces on every path to pos
// (u.Password = p; u.Password = hash(p); write(u)). Assignments on
// different branches all reach: the value written is any of theirs.
func (f *function) reaching(as []assignment, pos token.Pos) []assignment {
	if len(as) == 0 || f.jumps() {
		return as
	}
	// The statement of each assignment, found once; an element's
	// assignment replaces nothing.
	stmts := make([]inspector.Cursor, len(as))
	for i, a := range as[1:] {
		if a.elem {
			continue
		}
		if c, ok := f.cur.FindNode(a.rhs); ok {
			stmts[i+1], _ = flow.Statement(c)
		}
	}
	var out []assignment
	for i, a := range as {
		if flow.Exclusive(f.cur, a.rhs.Pos(), pos) {
			continue // if x { u.P = a } else { u.P = b; write(u) }: the other arm
		}
		killed := slices.ContainsFunc(stmts[i+1:], func(s inspector.Cursor) bool {
			return s.Valid() && flow.Kills(s, a.rhs.Pos(), pos)
		})
		if !killed {
			out = append(out, a)
		}
	}
	return out
}

// jumps reports whether the function's body holds a goto, which makes the
// order of its statements not the order they run in.
func (f *function) jumps() bool {
	if f.hasJumps == 0 {
		f.hasJumps = 1
		if flow.Jumps(f.decl.Body) {
			f.hasJumps = 2
		}
	}
	return f.hasJumps == 2
}

// producer returns the call whose first result e is: the call itself, or
// the only assignment of a variable.
func (f *function) producer(e ast.Expr) *ast.CallExpr { return f.producerAt(e, token.NoPos) }

// producerAt is producer for a use at pos: a variable assigned several
// times is read as its last definition before pos (m := NewModel(...);
// m, err = repo.Save(m) writes what NewModel returned).
func (f *function) producerAt(e ast.Expr, pos token.Pos) *ast.CallExpr {
	for range 4 {
		switch n := ast.Unparen(e).(type) {
		case *ast.CallExpr:
			return n
		case *ast.Ident:
			obj := f.x.pass.TypesInfo.ObjectOf(n)
			rhs, ok := f.onlyValue(obj, true)
			if !ok && pos.IsValid() {
				rhs = f.lastDefinition(obj, f.assigns[assignKey{obj: obj}], pos)
				ok = rhs != nil
			}
			if !ok {
				return nil
			}
			e = rhs
		default:
			return nil
		}
	}
	return nil
}

// producedProtected reports whether e is a field of a variable that a
// call returned, or that ranges over what a call returned, when that
// call's function protects the field in every struct it returns
// (resultFact.Fields): c.Number, with c ranging over ListCards(id),
// whose cards hold only the last four digits there.
func (f *function) producedProtected(e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return false
	}
	var src ast.Expr = id
	if over, ok := f.ranges[f.x.pass.TypesInfo.ObjectOf(id)]; ok {
		src = over
	}
	call := f.producer(src)
	if call == nil {
		return false
	}
	fn := f.callee(call)
	return fn != nil && f.x.resultOf(fn).protectsField(sel.Sel.Name)
}

// isRandom reports whether e is (a slice or conversion of) a variable
// that crypto/rand fills in the function.
func (f *function) isRandom(e ast.Expr) bool {
	e = unconvert(f.x.pass.TypesInfo, e)
	if s, ok := ast.Unparen(e).(*ast.SliceExpr); ok {
		e = s.X
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && f.random[f.x.pass.TypesInfo.ObjectOf(id)]
}

// mixesRandom reports whether e is random bytes or is made from them with
// something else: converted, sliced, encoded, concatenated or formatted,
// directly or through variables assigned once (base64(string(b) + email)).
// It adds the variables it went through to vars.
func (f *function) mixesRandom(e ast.Expr, depth int, vars map[types.Object]bool) bool {
	if depth > 4 {
		return false
	}
	info := f.x.pass.TypesInfo
	if f.isRandom(e) {
		if v := f.rootVar(e); v != nil {
			vars[v] = true
		}
		return true
	}
	switch n := ast.Unparen(e).(type) {
	case *ast.SliceExpr:
		return f.mixesRandom(n.X, depth+1, vars)
	case *ast.BinaryExpr:
		x, y := f.mixesRandom(n.X, depth+1, vars), f.mixesRandom(n.Y, depth+1, vars)
		return n.Op == token.ADD && (x || y)
	case *ast.CallExpr:
		if len(n.Args) == 1 && info.Types[n.Fun].IsType() {
			return f.mixesRandom(n.Args[0], depth+1, vars) // string(b)
		}
		fn := f.callee(n)
		if fn == nil {
			return false
		}
		if encoders(fn.Origin().FullName()) || fn.Origin().FullName() == "fmt.Sprintf" || fn.Origin().FullName() == "fmt.Sprint" {
			mixed := false
			for _, a := range n.Args {
				mixed = f.mixesRandom(a, depth+1, vars) || mixed
			}
			return mixed
		}
	case *ast.Ident:
		v := info.ObjectOf(n)
		if rhs, ok := f.onlyValue(v, false); ok && f.mixesRandom(rhs, depth+1, vars) {
			vars[v] = true
			return true
		}
	}
	return false
}

// hashesNewSecret reports whether call, a hash of arg, makes a new secret
// rather than protecting one: arg is made from random bytes, and neither
// those bytes nor what was made from them on the way is used anywhere but
// in the hash (newToken hashes random bytes and returns the hash). When
// the random value is also kept (returned, sent, stored elsewhere), the
// hash protects it: plain[i] = code; hashed[i] = bcrypt(code).
func (f *function) hashesNewSecret(call *ast.CallExpr, arg ast.Expr) bool {
	vars := map[types.Object]bool{}
	if !f.mixesRandom(arg, 0, vars) {
		return false
	}
	info := f.x.pass.TypesInfo
	// Where each variable may be used: the hash's argument, the
	// definitions of the others, the call that fills it with randomness.
	var allowed [][2]token.Pos
	allowed = append(allowed, [2]token.Pos{call.Pos(), call.End()})
	for v := range vars {
		for _, a := range f.assigns[assignKey{obj: v}] {
			allowed = append(allowed, [2]token.Pos{a.rhs.Pos(), a.rhs.End()})
		}
	}
	escapes := false
	ast.Inspect(f.decl.Body, func(n ast.Node) bool {
		if escapes {
			return false
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			if _, ok := randomCall(info, n); ok {
				return false // rand.Read(b), io.ReadFull(rand.Reader, b)
			}
		case *ast.Ident:
			if v := info.Uses[n]; v != nil && vars[v] && !slices.ContainsFunc(allowed, func(r [2]token.Pos) bool { return n.Pos() >= r[0] && n.Pos() < r[1] }) {
				escapes = true
			}
		}
		return true
	})
	return !escapes
}

// resultFact returns what the function is known to protect: its first
// result (a hash or ciphertext, or a struct whose sensitive fields every
// return fills with protected values), and the fields of its pointer
// receiver that it replaces with protected values.
func (f *function) resultFact() *resultFact {
	r := f.returnedFact()
	if recv := f.receiverFields(); len(recv) > 0 {
		if r == nil {
			r = &resultFact{}
		}
		r.Receiver = recv
	}
	if protected, filled := f.receiverKeys(); len(protected)+len(filled) > 0 {
		if r == nil {
			r = &resultFact{}
		}
		r.ReceiverKeys, r.FillsKeys = protected, filled
	}
	if fills, defaults := f.receiverFills(); len(fills)+len(defaults) > 0 {
		if r == nil {
			r = &resultFact{}
		}
		r.Fills, r.Defaults = fills, defaults
		r.FillsFrom = f.fillsFromParams(fills)
	}
	if copies := f.receiverCopies(); len(copies) > 0 {
		if r == nil {
			r = &resultFact{}
		}
		r.Copies = copies
	}
	if req := f.requiredFields(); len(req) > 0 {
		if r == nil {
			r = &resultFact{}
		}
		r.Requires = req
	}
	return r
}

// receiverCopies returns the sub-documents of the pointer receiver that
// every assignment in the method sets to the same parameter, or the same
// field of one, as it is (i.FeishuToken = req.FeishuToken), when nothing
// assigns below them.
func (f *function) receiverCopies() []FieldParam {
	if f.decl.Recv == nil {
		return nil
	}
	recv := f.pointerParam(-1)
	if recv == nil {
		return nil
	}
	var out []FieldParam
	for k, as := range f.assigns {
		if k.obj != recv || k.path == nil || k.path.Len() != 1 || !k.path.Last().IsField() || len(as) == 0 {
			continue
		}
		fv := k.path.Last().Field
		switch derefType(fv.Type()).Underlying().(type) {
		case *types.Struct, *types.Slice, *types.Map:
		default:
			continue // a scalar: Fills and FillsFrom say what it holds
		}
		if f.assignedBelow(recv, k.path) {
			continue
		}
		var got *FieldParam
		for _, a := range as {
			if a.index >= 0 || a.elem {
				got = nil
				break
			}
			rhs := unaddr(ast.Unparen(a.rhs))
			fp := FieldParam{Field: fv.Name(), Index: -1}
			if i, ok := f.param(rhs); ok {
				fp.Index = i
			} else if i, sub, _, ok := f.paramField(rhs); ok {
				fp.Index, fp.Sub = i, sub
			}
			if fp.Index < 0 || got != nil && *got != fp {
				got = nil
				break
			}
			got = &fp
		}
		if got != nil {
			out = append(out, *got)
		}
	}
	slices.SortFunc(out, func(a, b FieldParam) int { return strings.Compare(a.Field, b.Field) })
	return out
}

// assignedBelow reports whether the function assigns a path strictly
// below p of the variable v.
func (f *function) assignedBelow(v types.Object, p *flow.Path) bool {
	for k := range f.assignsUnder(v, p) {
		if k.path.Len() > p.Len() {
			return true
		}
	}
	return false
}

// requiredFields returns the sensitive top-level fields of the
// function's struct parameters that a statement of its body, before any
// other return, tests for empty and returns a non-nil error for: if
// p.AccessKey == "" || p.SecretKey == "" { return fmt.Errorf(...) }.
func (f *function) requiredFields() []FieldParam {
	sig := f.obj.Signature()
	if sig.Params().Len() == 0 || sig.Results().Len() == 0 || !isErrorType(sig.Results().At(sig.Results().Len()-1).Type()) {
		return nil
	}
	// The guards first: most functions have none, and reading the
	// parameters' fields costs more.
	var guards []ast.Expr
	for _, st := range f.decl.Body.List {
		if _, isReturn := st.(*ast.ReturnStmt); isReturn {
			break
		}
		ifs, ok := st.(*ast.IfStmt)
		if !ok || ifs.Else != nil || ifs.Init != nil || len(ifs.Body.List) == 0 || !testsEquality(ifs.Cond) {
			continue
		}
		ret, ok := ifs.Body.List[len(ifs.Body.List)-1].(*ast.ReturnStmt)
		if !ok || len(ret.Results) == 0 || f.x.pass.TypesInfo.Types[ret.Results[len(ret.Results)-1]].IsNil() {
			continue
		}
		guards = append(guards, ifs.Cond)
	}
	if len(guards) == 0 {
		return nil
	}
	var out []FieldParam
	for i := range sig.Params().Len() {
		v := sig.Params().At(i)
		if _, ok := derefType(v.Type()).Underlying().(*types.Struct); !ok {
			continue
		}
		for _, enc := range f.x.orderedFields(derefType(v.Type()), isPointer(v.Type())) {
			fp := f.x.fieldPath(enc)
			if goName(fp) == "" {
				continue
			}
			if !slices.ContainsFunc(guards, func(c ast.Expr) bool { return f.testsEmpty(c, v, fp) }) {
				continue
			}
			if _, ok := f.x.sensitive(enc.Var, enc.Key, enc.Owner); ok {
				out = append(out, FieldParam{Field: goName(fp), Index: i})
			}
		}
	}
	return out
}

// testsEquality reports whether cond is a comparison with ==, or an ||
// of conditions one of which is.
func testsEquality(cond ast.Expr) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	if b.Op == token.LOR {
		return testsEquality(b.X) || testsEquality(b.Y)
	}
	return b.Op == token.EQL
}

// isErrorType reports whether t is the error interface.
func isErrorType(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// receiverFills returns the sensitive fields of a method's pointer
// receiver that it sets to an unprotected value, directly or through the
// methods it calls on the receiver, and that nothing in it protects after.
func (f *function) receiverFills() (fills, defaults []string) {
	if f.decl.Recv == nil {
		return nil, nil
	}
	recv := f.pointerParam(-1)
	if recv == nil {
		return nil, nil
	}
	defaulted := f.defaultedFields(recv)
	var out []string
	f.eachReceiverField(recv, func(name string, m names.Match, as []assignment) {
		as = slices.DeleteFunc(slices.Clone(as), func(a assignment) bool { return f.selfDerived(a, recv, name) })
		if len(as) == 0 || f.protectedAssignments(as, m.Category, 0) || f.mutatedAfter(recv, name, as[len(as)-1].rhs.Pos()) {
			return
		}
		if fv := fieldByName(recv.Type(), name); fv == nil || !eligible(fv.Type(), m.Numeric) {
			return // a sub-document: its fields are judged (subDocumentFills)
		}
		if defaulted[name] {
			defaults = append(defaults, name)
		} else {
			out = append(out, name)
		}
	})
	for _, path := range f.subDocumentFills(recv) {
		if top, _, _ := strings.Cut(path, "."); defaulted[top] {
			defaults = append(defaults, path)
		} else {
			out = append(out, path)
		}
	}
	for _, c := range f.methodCalls[recv] {
		if r := f.x.resultOf(c.fn); r != nil {
			for _, name := range r.Fills {
				if f.mutatedAfter(recv, name, c.pos) {
					continue
				}
				if defaulted[name] {
					defaults = append(defaults, name)
				} else {
					out = append(out, name)
				}
			}
			for _, name := range r.Defaults {
				if !f.mutatedAfter(recv, name, c.pos) {
					defaults = append(defaults, name)
				}
			}
		}
	}
	slices.Sort(out)
	slices.Sort(defaults)
	out = slices.Compact(out)
	defaults = slices.DeleteFunc(slices.Compact(defaults), func(n string) bool { return slices.Contains(out, n) })
	return out, defaults
}

// fillsFromParams returns the fields among fills that every assignment in
// the method sets to the same parameter (c.AccessToken = accessToken).
func (f *function) fillsFromParams(fills []string) []FieldParam {
	recv := f.pointerParam(-1)
	var out []FieldParam
	for _, name := range fills {
		if strings.Contains(name, ".") {
			continue
		}
		fv := fieldByName(recv.Type(), name)
		if fv == nil {
			continue
		}
		index := -1
		for _, a := range f.assigns[assignKey{obj: recv, path: f.x.paths.Fields(nil, fv)}] {
			id, ok := ast.Unparen(a.rhs).(*ast.Ident)
			if !ok || a.index >= 0 {
				index = -1
				break
			}
			i, isParam := f.params[f.x.pass.TypesInfo.ObjectOf(id)]
			if !isParam || i < 0 || index >= 0 && i != index {
				index = -1
				break
			}
			index = i
		}
		if index >= 0 {
			out = append(out, FieldParam{Field: name, Index: index})
		}
	}
	return out
}

// filledByMethod returns the value a method called on v between from and
// to sets its field name to (company.UpdateMetaCredentials(id, token)
// after company := NewCompany(code)): the argument when the method sets
// the field to a parameter, else a plain value; false when no method
// called there fills it.
func (f *function) filledByMethod(v types.Object, name string, from, to token.Pos) (flow.Value, bool) {
	var last *methodCall
	for i, c := range f.methodCalls[v] {
		if c.pos <= from || to.IsValid() && c.pos >= to {
			continue
		}
		if r := f.x.resultOf(c.fn); r != nil && slices.Contains(r.Fills, name) {
			last = &f.methodCalls[v][i]
		}
	}
	if last == nil {
		return flow.Value{}, false
	}
	for _, fp := range f.x.resultOf(last.fn).FillsFrom {
		if fp.Field == name && fp.Index < len(last.call.Args) && !last.call.Ellipsis.IsValid() {
			return f.valueOf(last.call.Args[fp.Index], 0), true
		}
	}
	return flow.Seen(flow.Plain, last.pos, "what "+last.fn.Name()+" sets"), true
}

// selfDerived reports whether an assignment to recv.name only rearranges
// the field's own value (a.HostTokens = append(a.HostTokens[:i],
// a.HostTokens[i+1:]...)): what was there, not a new value.
func (f *function) selfDerived(a assignment, recv types.Object, name string) bool {
	if a.index >= 0 {
		return false
	}
	info := f.x.pass.TypesInfo
	return rearranges(info, a.rhs, func(e ast.Expr) bool {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != name {
			return false
		}
		id, ok := ast.Unparen(sel.X).(*ast.Ident)
		return ok && info.ObjectOf(id) == recv
	})
}

// rearranges reports whether e is made only of what is says is the
// original value: that value, slices of it, and append of those.
func rearranges(info *types.Info, e ast.Expr, is func(ast.Expr) bool) bool {
	e = ast.Unparen(e)
	if s, ok := e.(*ast.SliceExpr); ok {
		e = ast.Unparen(s.X)
	}
	if call, ok := e.(*ast.CallExpr); ok && isAppend(info, call) {
		for _, a := range call.Args {
			if !rearranges(info, a, is) {
				return false
			}
		}
		return len(call.Args) > 0
	}
	return is(e)
}

// subDocumentFills returns the sensitive fields of sub-documents that the
// function sets on recv with a literal holding an unprotected value
// (e.ClientKey = &ClientKey{Secret: secret}), as "ClientKey.Secret".
func (f *function) subDocumentFills(recv types.Object) []string {
	info := f.x.pass.TypesInfo
	var out []string
	for k, as := range f.assigns {
		if k.obj != recv || !topField(k.path) {
			continue
		}
		for _, a := range as {
			lit, ok := unaddr(a.rhs).(*ast.CompositeLit)
			if !ok || a.index >= 0 {
				continue
			}
			t := info.TypeOf(lit)
			if _, ok := types.Unalias(t).Underlying().(*types.Struct); !ok {
				continue
			}
			for _, el := range lit.Elts {
				kv, ok := el.(*ast.KeyValueExpr)
				if !ok {
					break
				}
				id, ok := kv.Key.(*ast.Ident)
				if !ok {
					continue
				}
				fv := fieldByName(t, id.Name)
				if fv == nil {
					continue
				}
				key, _ := bsonenc.KeyOf(t, fv)
				m, ok := f.x.sensitive(fv, key, t)
				if !ok || !eligible(fv.Type(), m.Numeric) || f.protectedExpr(kv.Value, m.Category, 0) {
					continue
				}
				path := goName(k.path) + "." + id.Name
				if !slices.Contains(out, path) {
					out = append(out, path)
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

// defaultedFields returns the receiver fields that the method sets only
// under a condition that reads the same field (if u.Secret == "" {
// u.Secret = gen() }): a default for a missing value, which a document
// read back from the database already has. They are not Fills.
func (f *function) defaultedFields(recv types.Object) map[string]bool {
	out := make(map[string]bool)
	unguarded := make(map[string]bool)
	info := f.x.pass.TypesInfo
	var conds []ast.Expr
	reads := func(field string) bool {
		field, _, _ = strings.Cut(field, ".") // ClientKey.Secret is missing when ClientKey is
		for _, c := range conds {
			found := false
			ast.Inspect(c, func(n ast.Node) bool {
				if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel.Name == field {
					if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && info.ObjectOf(id) == recv {
						found = true
					}
				}
				return !found
			})
			if found {
				return true
			}
		}
		return false
	}
	var walk func(n ast.Node) bool
	walk = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IfStmt:
			if n.Init != nil {
				ast.Inspect(n.Init, walk)
			}
			conds = append(conds, n.Cond)
			ast.Inspect(n.Body, walk)
			conds = conds[:len(conds)-1]
			if n.Else != nil {
				ast.Inspect(n.Else, walk)
			}
			return false
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok {
					if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && info.ObjectOf(id) == recv {
						if reads(sel.Sel.Name) {
							out[sel.Sel.Name] = true
						} else if len(n.Rhs) != len(n.Lhs) || !emptyValue(info, n.Rhs[i]) && !f.selfDerived(assignment{rhs: n.Rhs[i], index: -1}, recv, sel.Sel.Name) {
							unguarded[sel.Sel.Name] = true // a.HostTokens = append(a.HostTokens, token)
						}
					}
				}
			}
		case *ast.CallExpr:
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
				if id, ok := unaddr(sel.X).(*ast.Ident); ok && info.ObjectOf(id) == recv {
					if fn, ok := info.Uses[sel.Sel].(*types.Func); ok {
						if r := f.x.resultOf(fn); r != nil {
							for _, name := range r.Fills {
								if reads(name) {
									out[name] = true
								} else {
									unguarded[name] = true
								}
							}
						}
					}
				}
			}
		}
		return true
	}
	ast.Inspect(f.decl.Body, walk)
	for name := range unguarded {
		delete(out, name) // filled on every call, not only when missing
	}
	return out
}

// receiverFields returns the sensitive fields of a pointer receiver that
// the method assigns, each time with a protected value.
func (f *function) receiverFields() []string {
	// The pointer receiver of a method, or the first parameter of a
	// function that takes a pointer there (hashPassword(u *User)).
	first := -1
	if f.decl.Recv == nil {
		first = 0
	}
	recv := f.pointerParam(first)
	var out []string
	f.eachReceiverField(recv, func(name string, m names.Match, as []assignment) {
		if f.protectedAssignments(as, m.Category, 0) && slices.ContainsFunc(as, func(a assignment) bool { return f.everyPath(a, recv, name) }) && !f.fills(recv, name) && !f.defaults(recv, name) {
			out = append(out, name)
		}
	})
	slices.Sort(out)
	return out
}

// receiverKeys returns the sensitive keys of a function's first
// parameter, a map, that it sets: those it replaces with a protected value
// on every path (data["password"] = string(hashed) after the error
// checks), and those it sets to anything else (data["password"] =
// "changeme").
func (f *function) receiverKeys() (protected, filled []string) {
	if f.decl.Recv != nil {
		return nil, nil
	}
	obj := f.paramVar(0)
	if obj == nil || !mongoapi.IsDocumentMap(obj.Type()) {
		return nil, nil
	}
	f.eachKeyAssigned(obj, func(key string, m names.Match, named bool, as []assignment) {
		switch {
		case !named:
		case f.protectedAssignments(as, m.Category, 0) && slices.ContainsFunc(as, func(a assignment) bool { return f.everyPath(a, obj, key) }):
			protected = append(protected, key)
		default:
			filled = append(filled, key)
		}
	})
	slices.Sort(protected)
	slices.Sort(filled)
	return protected, filled
}

// keyReplaced reports whether e, a constant key of a map variable
// (data["password"], or data["password"].(string)), was last set before
// e by a function given the map that puts a protected value there
// (GenerateAndHashOTP(data) putting a bcrypt hash under "password"), and
// not assigned since.
func (f *function) keyReplaced(e ast.Expr) bool {
	ix, k, ok := f.mapKeyRead(e)
	return ok && f.keyReplacedAt(k.obj, k.path.Last().Key, ix.Pos())
}

// keyReplacedAt reports whether key of map variable v was last set before
// pos by a function given the map that puts a protected value there, and
// not assigned since.
func (f *function) keyReplacedAt(v types.Object, key string, pos token.Pos) bool {
	k := assignKey{obj: v, path: f.x.paths.Extend(nil, flow.Step{Key: key})}
	var last token.Pos // the last call before pos that sets the key
	protected := false
	for _, c := range f.methodCalls[v] {
		if c.pos >= pos {
			break
		}
		r := f.x.resultOf(c.fn)
		if r == nil {
			continue
		}
		switch {
		case slices.Contains(r.ReceiverKeys, key):
			last, protected = c.pos, true
		case slices.Contains(r.FillsKeys, key):
			last, protected = c.pos, false
		}
	}
	if !protected {
		return false
	}
	for _, a := range f.assigns[k] {
		if a.rhs.Pos() > last && a.rhs.Pos() < pos {
			return false // data["password"] = r.FormValue("password") after the call
		}
	}
	return true
}

// everyPath reports whether an assignment to recv.name runs whenever the
// function returns normally: it is not inside a loop, a switch, a select
// or a function literal, and every if around it tests an error or, for a
// value that is not empty, the field itself (if u.Password != "" {
// u.Password = hash(u.Password) }: an empty field has nothing to protect). Secret.Validate clearing Value in
// one case of a switch on the type does not protect the field.
func (f *function) everyPath(a assignment, recv types.Object, name string) bool {
	c, ok := f.cur.FindByPos(a.rhs.Pos(), a.rhs.End())
	if !ok {
		return true
	}
	for p := c.Parent(); p != f.cur && p.Node() != nil; p = p.Parent() {
		switch n := p.Node().(type) {
		case *ast.FuncLit, *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
			return false
		case *ast.IfStmt:
			if (f.clears(a.rhs) || !f.testsField(n.Cond, recv, name)) && !f.testsError(n.Cond) {
				return false // clearing under a test of the field is a default (if a.Tokens == nil { a.Tokens = []string{} })
			}
		}
	}
	return true
}

// emptyString reports whether a value is the constant "".
func emptyString(tv types.TypeAndValue) bool {
	return tv.Value != nil && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == ""
}

// clears reports whether e stores nothing: nil, "", an empty literal.
func (f *function) clears(e ast.Expr) bool {
	info := f.x.pass.TypesInfo
	return emptyValue(info, e) || info.Types[e].IsNil() || emptyString(info.Types[e])
}

// testsField reports whether cond reads recv.name.
func (f *function) testsField(cond ast.Expr, recv types.Object, name string) bool {
	info := f.x.pass.TypesInfo
	found := false
	ast.Inspect(cond, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel.Name == name {
			if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && info.ObjectOf(id) == recv {
				found = true
			}
		}
		return !found
	})
	return found
}

// testsError reports whether cond compares an error with nil (err == nil,
// e != nil): the other branch is a failure the caller sees.
func (f *function) testsError(cond ast.Expr) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || b.Op != token.EQL && b.Op != token.NEQ {
		return false
	}
	info := f.x.pass.TypesInfo
	isErr := func(e ast.Expr) bool {
		t := info.TypeOf(e)
		return t != nil && isError(t)
	}
	return isErr(b.X) && info.Types[b.Y].IsNil() || isErr(b.Y) && info.Types[b.X].IsNil()
}

// defaults reports whether a method called on v fills its field when it
// is missing (Validate generating a secret the document lacks).
func (f *function) defaults(v types.Object, field string) bool {
	return f.calledLists(v, field, func(r *resultFact) []string { return r.Defaults })
}

// calledLists reports whether the list that list picks from the result
// fact of some method called on v names field.
func (f *function) calledLists(v types.Object, field string, list func(*resultFact) []string) bool {
	return f.calledListsAfter(v, field, token.NoPos, list)
}

// calledListsAfter is calledLists for the methods called after pos.
func (f *function) calledListsAfter(v types.Object, field string, pos token.Pos, list func(*resultFact) []string) bool {
	return f.calledListsIn(v, field, pos, token.NoPos, list)
}

// calledListsIn is calledLists for the methods called after from and,
// when to is valid, before to.
func (f *function) calledListsIn(v types.Object, field string, from, to token.Pos, list func(*resultFact) []string) bool {
	for _, c := range f.methodCalls[v] {
		if c.pos <= from || to.IsValid() && c.pos >= to {
			continue
		}
		if r := f.x.resultOf(c.fn); r != nil && slices.Contains(list(r), field) {
			return true
		}
	}
	return false
}

// pointerParam returns parameter i (-1: the receiver) when it is a
// pointer, or nil.
func (f *function) pointerParam(i int) types.Object {
	if obj := f.paramVar(i); obj != nil && isPointer(obj.Type()) {
		return obj
	}
	return nil
}

// paramVar returns parameter i (-1: the receiver), or nil.
func (f *function) paramVar(i int) types.Object {
	for obj, j := range f.params {
		if j == i {
			return obj
		}
	}
	return nil
}

// eachReceiverField calls fn for each sensitive top-level field of recv
// that the function assigns, with the assignments.
func (f *function) eachReceiverField(recv types.Object, fn func(name string, m names.Match, as []assignment)) {
	if recv == nil {
		return
	}
	for k, as := range f.assigns {
		if k.obj != recv || !topField(k.path) {
			continue
		}
		name := goName(k.path)
		fv := k.path.Last().Field
		if m, ok := f.x.sensitive(fv, strings.ToLower(name), derefType(recv.Type())); ok {
			fn(name, m, as)
		}
	}
}

// derefType returns the type a pointer points to, or t.
func derefType(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// fieldByPath is fieldByName for a dotted path of field names
// (StoragePolicy.S3.SecretKey): the last field, or nil.
func fieldByPath(t types.Type, path string) *types.Var {
	var v *types.Var
	for name := range strings.SplitSeq(path, ".") {
		if t == nil {
			return nil
		}
		if v = fieldByName(t, name); v == nil {
			return nil
		}
		t = v.Type()
	}
	return v
}

// fieldByName returns the field name of the struct that t points to.
func fieldByName(t types.Type, name string) *types.Var {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name)
	v, _ := obj.(*types.Var)
	return v
}

// mutated reports whether the function calls, on the variable v, a method
// that replaces field with a protected value (u.HashPassword()).
func (f *function) mutated(v types.Object, field string) bool {
	return f.calledLists(v, field, func(r *resultFact) []string { return r.Receiver })
}

// fillsAfter is fills for the methods called after pos.
func (f *function) fillsAfter(v types.Object, field string, pos token.Pos) bool {
	return f.calledListsAfter(v, field, pos, func(r *resultFact) []string { return r.Fills })
}

// mutatedBefore is mutated for the methods called before pos (any, when
// pos is not known): what a write at pos stores.
func (f *function) mutatedBefore(v types.Object, field string, pos token.Pos) bool {
	return f.calledListsIn(v, field, token.NoPos, pos, func(r *resultFact) []string { return r.Receiver })
}

// mutatedAfter is mutated for the methods called after pos: a value
// assigned after u.SetPassword(p) cleared the field stays.
func (f *function) mutatedAfter(v types.Object, field string, pos token.Pos) bool {
	return f.calledListsAfter(v, field, pos, func(r *resultFact) []string { return r.Receiver })
}

// returnedFact is the part of resultFact about the first result.
func (f *function) returnedFact() *resultFact {
	r := f.firstResultFact()
	if at := f.hashedResults(); len(at) > 0 {
		if r == nil {
			r = &resultFact{}
		}
		r.HashedAt = at
	}
	if f.mapsReceiver() {
		if r == nil {
			r = &resultFact{}
		}
		r.MapsReceiver = true
	}
	return r
}

// mapsReceiver reports whether the function is a method whose every
// non-nil first result is a struct whose sensitive values, one at least,
// are all fields of the receiver as they are (func (u mUser) toUser()
// *User { return &User{TOTPSecret: u.TOTPSecret} }).
func (f *function) mapsReceiver() bool {
	if f.decl.Recv == nil || f.obj == nil || f.obj.Signature().Results().Len() == 0 {
		return false
	}
	info := f.x.pass.TypesInfo
	found := false
	for _, ret := range f.returns {
		if len(ret.Results) == 0 {
			return false
		}
		e := ret.Results[0]
		if info.Types[e].IsNil() {
			continue
		}
		ok := true
		f.sensitiveValues(e, func(_ string, _ names.Match, val ast.Expr) {
			if val == nil {
				ok = false
				return
			}
			sel, isSel := unconvert(info, val).(*ast.SelectorExpr)
			if !isSel {
				ok = false
				return
			}
			if s := info.Selections[sel]; s == nil || s.Kind() != types.FieldVal {
				ok = false
				return
			}
			if i, isParam := f.param(sel.X); !isParam || i != -1 {
				ok = false // not a field of the receiver itself
				return
			}
			found = true
		})
		if !ok {
			return false
		}
	}
	return found
}

// hashedResults returns the indexes, after the first, of the results
// that every return makes a hash of a secret (plain and hashed codes
// returned together: the second is what may be stored).
func (f *function) hashedResults() []int {
	sig := f.obj.Signature()
	n := sig.Results().Len()
	if n < 2 {
		return nil
	}
	per := make([][]ast.Expr, n)
	for _, nd := range f.returns {
		switch {
		case len(nd.Results) == n:
			for i, e := range nd.Results {
				per[i] = append(per[i], e)
			}
		case len(nd.Results) == 0 && f.decl.Type.Results != nil:
			i := 0
			for _, field := range f.decl.Type.Results.List {
				for _, name := range field.Names {
					if i < n {
						per[i] = append(per[i], name)
					}
					i++
				}
			}
		}
	}
	var out []int
	for i := 1; i < n; i++ {
		if len(per[i]) == 0 || !eligible(sig.Results().At(i).Type(), true) {
			continue
		}
		hashed, real := true, false
		for _, e := range per[i] {
			tv := f.x.pass.TypesInfo.Types[e]
			if tv.IsNil() || tv.Value != nil {
				continue // nil, "": the error return
			}
			real = true
			v := f.valueOf(e, 0)
			hashed = hashed && protects(v, names.Credential) && !protects(v, names.PrivateKey) && v.May(flow.Hashed)
		}
		if real && hashed {
			out = append(out, i)
		}
	}
	return out
}

// firstResultFact is what the function's first result is known to be.
func (f *function) firstResultFact() *resultFact {
	var results []ast.Expr
	for _, n := range f.returns {
		if len(n.Results) > 0 && (len(n.Results) > 1 || f.x.pass.TypesInfo.TypeOf(n.Results[0]) != nil) {
			results = append(results, n.Results[0])
		} else if len(n.Results) == 0 && f.namedResult() != nil {
			results = append(results, f.namedResult()) // a bare return of named results
		}
	}
	if len(results) == 0 {
		return nil
	}
	if f.x.protectionByName(f.obj.Name()) != none && !slices.ContainsFunc(results, func(e ast.Expr) bool { _, ok := f.encodedParam(e, false); return !ok }) {
		return &resultFact{Encoded: true}
	}
	if i, drops, ok := f.returnsParam(results); ok && !hasKey(f.x.protectors, f.obj.FullName()) {
		return &resultFact{Passes: i + 1, Drops: drops}
	}
	if drops, ok := f.returnsReceiver(results); ok {
		return &resultFact{PassesReceiver: true, Drops: drops}
	}
	if i, by, ok := f.serializesParam(results); ok {
		return &resultFact{Serializes: i + 1, SerializedBy: by}
	}
	r := &resultFact{}
	if sig := f.obj.Signature(); sig.Results().Len() > 0 && eligible(sig.Results().At(0).Type(), false) {
		// Every return a hash or ciphertext, and at least one not merely
		// nil or an empty constant.
		// Or every return that is not empty or a constant a new secret,
		// and one is (return "" on an error, the random token otherwise).
		r.Hashed, r.Encrypted = true, true
		real, generated, someGenerated := false, true, false
		for _, e := range results {
			v := f.valueOf(e, 0)
			r.Encrypted = r.Encrypted && protects(v, names.PrivateKey)
			r.Hashed = r.Hashed && protects(v, names.Credential)
			generated = generated && v.Within(flow.Generated|flow.Empty|flow.Constant)
			someGenerated = someGenerated || v.May(flow.Generated)
			real = real || f.x.pass.TypesInfo.Types[e].Value == nil && !f.x.pass.TypesInfo.Types[e].IsNil()
		}
		if real && (r.Hashed && !r.Encrypted && f.generates() || generated && someGenerated) {
			return &resultFact{Generated: true} // newToken hashes random bytes: the result is the secret
		}
		if real && (r.Hashed || r.Encrypted) {
			r.Hashed = r.Hashed && !r.Encrypted
			return r
		}
		return nil
	}
	if f.returnsStored(results) {
		return &resultFact{Stored: true}
	}
	if i, ok := f.copiesElems(results); ok {
		return &resultFact{Elems: i + 1}
	}
	if i, ok, viaJSON := f.recodesParam(results); ok {
		if i < 0 {
			return &resultFact{RecodesReceiver: true}
		}
		return &resultFact{Recodes: i + 1, RecodesJSON: viaJSON}
	}
	if slices.ContainsFunc(results, func(e ast.Expr) bool { return f.isInput(e) }) && !slices.ContainsFunc(results, func(e ast.Expr) bool {
		return !f.isInput(e) && !f.x.pass.TypesInfo.Types[e].IsNil()
	}) {
		return &resultFact{Input: true} // every return is decoded input (or nil)
	}
	sets := f.filledFields(results)
	wraps := f.wrappedParams(results)
	fields := intersectEach(results, f.protectedFields)
	if len(fields) == 0 {
		// return nil, err gives the caller nothing: the fields that every
		// other return sets to a protected value are protected
		// (return &Wallet{PrivateKey: sealed}, nil). Only values set
		// there count: a variable filled elsewhere (by a decode through
		// its address) names no value of its own.
		fields = intersectEach(f.usedResults(results), f.sealedFields)
	}
	if len(fields) == 0 && len(sets) == 0 && len(wraps) == 0 {
		return nil
	}
	slices.Sort(fields)
	r.Fields, r.Sets, r.Wraps = fields, sets, wraps
	r.FromParams = f.fieldsFromParams(results)
	return r
}

// recodesParam reports whether every non-nil return is the BSON encoding
// of one parameter (bson.Marshal of it, or a document it was unmarshalled
// into), which, and whether by a JSON round trip.
func (f *function) recodesParam(results []ast.Expr) (int, bool, bool) {
	param, seen, viaJSON := 0, false, false
	for _, e := range results {
		if f.x.pass.TypesInfo.Types[e].IsNil() {
			continue
		}
		src, json := f.recodedVia(e)
		if src == nil {
			return 0, false, false
		}
		i, ok := f.param(src)
		if !ok || i < -1 || seen && i != param {
			return 0, false, false
		}
		param, seen, viaJSON = i, true, viaJSON || json
	}
	return param, seen, viaJSON
}

// copiesElems reports whether every return is one slice variable that the
// function fills with the elements of one of its slice parameters
// (out[i] = ts[i], or out = append(out, t) ranging over ts), and which.
func (f *function) copiesElems(results []ast.Expr) (int, bool) {
	info := f.x.pass.TypesInfo
	var out types.Object
	for _, e := range results {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return 0, false
		}
		v := info.ObjectOf(id)
		if out != nil && v != out || !isSliceOrArray(v.Type()) {
			return 0, false
		}
		out = v
	}
	if out == nil {
		return 0, false
	}
	paramOf := func(e ast.Expr) (int, bool) {
		if ix, ok := ast.Unparen(e).(*ast.IndexExpr); ok {
			e = ix.X
		}
		i, ok := f.param(e)
		return i, ok && i >= 0 && isSliceOrArray(info.TypeOf(e))
	}
	rangeOver := make(map[types.Object]int) // range value variable -> parameter
	param := -1
	ast.Inspect(f.decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.RangeStmt:
			if i, ok := paramOf(n.X); ok && n.Value != nil {
				if id, ok := n.Value.(*ast.Ident); ok {
					rangeOver[info.ObjectOf(id)] = i
				}
			}
		case *ast.AssignStmt:
			for k, l := range n.Lhs {
				if k >= len(n.Rhs) {
					break
				}
				rhs := n.Rhs[k]
				if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok {
					if id, ok := ast.Unparen(ix.X).(*ast.Ident); ok && info.ObjectOf(id) == out {
						if i, ok := paramOf(rhs); ok {
							param = i
						} else if id, ok := ast.Unparen(rhs).(*ast.Ident); ok {
							if i, ok := rangeOver[info.ObjectOf(id)]; ok {
								param = i
							}
						}
					}
				}
				if id, ok := ast.Unparen(l).(*ast.Ident); ok && info.ObjectOf(id) == out {
					if call, ok := ast.Unparen(rhs).(*ast.CallExpr); ok && len(call.Args) == 2 {
						if isAppend(info, call) {
							if i, ok := paramOf(call.Args[1]); ok {
								param = i
							} else if id, ok := ast.Unparen(call.Args[1]).(*ast.Ident); ok {
								if i, ok := rangeOver[info.ObjectOf(id)]; ok {
									param = i
								}
							}
						}
					}
				}
			}
		}
		return true
	})
	return param, param >= 0
}

// isAppend reports whether call is the builtin append.
func isAppend(info *types.Info, call *ast.CallExpr) bool {
	return isBuiltin(info, call, "append")
}

// namedResult returns the identifier of the function's first named
// result, or nil.
func (f *function) namedResult() *ast.Ident {
	rs := f.decl.Type.Results
	if rs == nil || len(rs.List) == 0 || len(rs.List[0].Names) == 0 {
		return nil
	}
	return rs.List[0].Names[0]
}

// returnsStored reports whether every non-nil return is a variable the
// driver decoded a stored document into (or a stored document from
// another function), and at least one is.
func (f *function) returnsStored(results []ast.Expr) bool {
	found := false
	for _, e := range results {
		if f.x.pass.TypesInfo.Types[e].IsNil() {
			continue
		}
		if !f.storedResult(e) {
			return false
		}
		found = true
	}
	return found
}

// storedResult reports whether e is a document read back from the
// database and not changed since: a call that returns one, or a variable
// that holds one and whose fields the function does not assign.
func (f *function) storedResult(e ast.Expr) bool {
	if f.storedExpr(e, -1) {
		return true
	}
	id, ok := unaddr(ast.Unparen(e)).(*ast.Ident)
	if !ok {
		return false
	}
	v := f.x.pass.TypesInfo.ObjectOf(id)
	return f.fromDatabase(assignKey{obj: v}) && len(f.assignedFields(v)) == 0
}

// assignedFields reports the field paths of v the function assigns.
func (f *function) assignedFields(v types.Object) []*flow.Path {
	var out []*flow.Path
	for k := range f.assigns {
		if k.obj == v && k.path != nil {
			out = append(out, k.path)
		}
	}
	return out
}

// generates reports whether the function makes a new secret: it reads
// crypto/rand and its name names a secret (token, newAPIKey,
// generateCode), not a protection (hashPassword keeps its salt).
func (f *function) generates() bool {
	if len(f.random) == 0 || f.x.protectionByName(f.obj.Name()) != none {
		return false
	}
	_, ok := f.x.matcher.Match(f.obj.Name())
	return ok
}

// fieldsFromParams returns the sensitive fields that every non-nil return
// sets to a parameter as it is (Secret{Secret: secret}), sorted.
func (f *function) fieldsFromParams(results []ast.Expr) []FieldParam {
	info := f.x.pass.TypesInfo
	out := intersectEach(f.usedResults(results), func(e ast.Expr) []FieldParam {
		var got []FieldParam
		f.sensitiveValues(e, func(name string, _ names.Match, val ast.Expr) {
			if val == nil {
				return
			}
			if i, ok := f.param(unconvert(info, val)); ok && i >= 0 {
				got = append(got, FieldParam{Field: name, Index: i})
			} else if i, sub, ok := f.paramFieldOf(unconvert(info, val)); ok && i >= 0 && f.fieldRead(unconvert(info, val)) {
				got = append(got, FieldParam{Field: name, Index: i, Sub: sub}) // a mapper: User{Password: e.Password}
			}
		})
		return got
	})
	slices.SortFunc(out, func(a, b FieldParam) int { return strings.Compare(a.Field, b.Field) })
	return out
}

// wrappedParams returns the struct-typed fields that every used return
// sets to a parameter as it is, in the literal it returns or the literal
// of the variable it returns (d := &Domain{Spec: req}; return d, nil).
func (f *function) wrappedParams(results []ast.Expr) []FieldParam {
	out := intersectEach(f.usedResults(results), f.wrappedIn)
	slices.SortFunc(out, func(a, b FieldParam) int { return strings.Compare(a.Field, b.Field) })
	return out
}

// wrappedIn returns the struct-typed fields that the literal e returns,
// or the literal of the variable e, sets to a parameter as it is.
func (f *function) wrappedIn(e ast.Expr) []FieldParam {
	info := f.x.pass.TypesInfo
	lit, _ := unaddr(e).(*ast.CompositeLit)
	var v types.Object
	if id, ok := unaddr(e).(*ast.Ident); ok && lit == nil {
		lit, v = f.literalBefore(id, e.Pos())
	}
	if lit == nil {
		return nil
	}
	var got []FieldParam
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		id, _ := kv.Key.(*ast.Ident)
		if id == nil {
			continue
		}
		fv, ok := info.ObjectOf(id).(*types.Var)
		if !ok || !fv.IsField() {
			continue
		}
		if _, isParam := types.Unalias(derefType(fv.Type())).(*types.TypeParam); isParam {
			// Msg *T of a generic envelope (connect.NewRequest(msg)):
			// the caller's instance says whether it is a document.
		} else if _, isStruct := derefType(fv.Type()).Underlying().(*types.Struct); !isStruct || f.x.enc.EncodesItself(fv.Type(), true) || len(f.x.enc.TopFields(fv.Type(), true)) == 0 {
			continue // not a document (a *mongo.Collection holds no exported field)
		}
		if v != nil && len(f.assigns[assignKey{obj: v, path: f.x.paths.Extend(nil, flow.Step{Field: fv})}]) > 0 {
			continue // d.Spec = clean(req) after the literal: not the parameter as it is
		}
		if i, ok := f.param(unconvert(info, kv.Value)); ok && i >= 0 {
			got = append(got, FieldParam{Field: fv.Name(), Index: i})
		}
	}
	return got
}

// intersect keeps the names of a that b has too.
func intersect[T comparable](a, b []T) []T {
	return slices.DeleteFunc(a, func(n T) bool { return !slices.Contains(b, n) })
}

// intersectEach returns the names that get gives for every one of xs (none
// for no xs).
func intersectEach[T comparable](xs []ast.Expr, get func(ast.Expr) []T) []T {
	var out []T
	for i, x := range xs {
		if got := get(x); i == 0 {
			out = got
		} else {
			out = intersect(out, got)
		}
	}
	return out
}

// filledFields returns the sensitive fields of the returned struct that
// every non-nil return fills with a value nothing protects: a constructor
// that sets the token it makes (t := Token{}; t.Token = newToken()).
func (f *function) filledFields(results []ast.Expr) []string {
	out := intersectEach(f.usedResults(results), f.filled)
	slices.Sort(out)
	return out
}

// usedResults drops from the returned values those the caller does not
// use: nil, and a zero value beside an error when some return gives more
// (return TokenPair{}, err).
func (f *function) usedResults(results []ast.Expr) []ast.Expr {
	nonNil := slices.DeleteFunc(slices.Clone(results), func(e ast.Expr) bool { return f.x.pass.TypesInfo.Types[e].IsNil() })
	if full := slices.DeleteFunc(slices.Clone(nonNil), func(e ast.Expr) bool { return emptyValue(f.x.pass.TypesInfo, ast.Unparen(e)) }); len(full) > 0 {
		return full
	}
	return nonNil
}

// filled returns the sensitive fields of a struct literal (or a variable
// defined by one) that hold an unprotected value; for a slice built by
// appending such literals (pages = append(pages, Page{AccessToken: t})),
// those that every element's literal fills.
func (f *function) filled(e ast.Expr) []string {
	return f.filledIn(e, 0)
}

// maxSubDepth bounds how deep filledIn follows sub-structs.
const maxSubDepth = 3

// filledIn is filled for a struct depth levels below the document.
func (f *function) filledIn(e ast.Expr, depth int) []string {
	if elems, ok := f.appended(e); ok {
		return intersectEach(elems, func(e ast.Expr) []string { return f.filledIn(e, depth) })
	}
	var out []string
	f.sensitiveValues(e, func(name string, m names.Match, val ast.Expr) {
		if val != nil && !f.protectedExpr(val, m.Category, 0) && !publicName(unconvert(f.x.pass.TypesInfo, val)) {
			out = append(out, name)
		}
	})
	if depth < maxSubDepth {
		out = mergeSorted(out, f.subFilledFields(e, depth))
	}
	if made := f.constructorSets(e); len(made) > 0 {
		return mergeSorted(out, made)
	}
	return out
}

// subFilledFields returns, as dotted Go names, the sensitive fields that
// the struct literal e (or the literal defining the variable e) fills in
// its sub-structs: those of a nested literal, and those a constructor
// fills (&Service{Credential: NewRandomCredential()}, whose ClientSecret
// is a new token, gives "Credential.ClientSecret"), and those every
// element of a slice of structs fills (Models: models, with models[i] =
// Model{APIKey: in.Key}, gives "Models.APIKey"). A sub-struct that the
// function assigns again after the literal is left out.
func (f *function) subFilledFields(e ast.Expr, depth int) []string {
	info := f.x.pass.TypesInfo
	lit, _ := unaddr(e).(*ast.CompositeLit)
	var v types.Object
	if id, ok := unaddr(e).(*ast.Ident); ok {
		lit, v = f.literalDefinition(id)
	}
	if lit == nil {
		return nil
	}
	t := info.TypeOf(lit)
	if _, ok := derefType(t).Underlying().(*types.Struct); !ok {
		return nil
	}
	var out []string
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		id, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		if !structOrStructs(info.TypeOf(kv.Value)) {
			continue
		}
		if v != nil && f.assignedUnder(v, f.x.namedPath(t, id.Name)) {
			continue
		}
		var sub []string
		if call, ok := ast.Unparen(kv.Value).(*ast.CallExpr); ok {
			if fn := f.callee(call); fn != nil {
				if r := f.x.resultOf(fn); r != nil {
					sub = r.Sets
				}
			}
		} else {
			sub = f.filledIn(kv.Value, depth+1)
		}
		for _, n := range sub {
			out = append(out, id.Name+"."+n)
		}
	}
	slices.Sort(out)
	return out
}

// structOrStructs reports whether t is a struct, a pointer to one, or a
// slice or array of them: a sub-document whose fields a literal fills.
func structOrStructs(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Slice:
		t = u.Elem()
	case *types.Array:
		t = u.Elem()
	}
	_, ok := derefType(t).Underlying().(*types.Struct)
	return ok
}

// assignedUnder reports whether the function assigns the variable v's
// path p, or a path below it.
func (f *function) assignedUnder(v types.Object, p *flow.Path) bool {
	for range f.assignsUnder(v, p) {
		return true
	}
	return false
}

// assignsUnder yields the locations of the variable v at its path p, or a
// path below it, that the function assigns, with their assignments;
// nothing for a nil p.
func (f *function) assignsUnder(v types.Object, p *flow.Path) iter.Seq2[assignKey, []assignment] {
	return func(yield func(assignKey, []assignment) bool) {
		if p == nil {
			return
		}
		for k, as := range f.assigns {
			if k.obj == v && len(as) > 0 && k.path != nil && k.path.HasPrefix(p) && !yield(k, as) {
				return
			}
		}
	}
}

// onlyFieldUses reports whether the function uses the variable v only
// through its fields and methods, in assignments to it and as a result:
// nothing else can fill it (a decode into it, a call given it).
func (f *function) onlyFieldUses(v types.Object) bool {
	if v == nil || f.decl.Body == nil {
		return false
	}
	info := f.x.pass.TypesInfo
	allowed := make(map[*ast.Ident]bool)
	mark := func(e ast.Expr) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok && info.ObjectOf(id) == v {
			allowed[id] = true
		}
	}
	ast.Inspect(f.decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			mark(n.X)
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				mark(r)
			}
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				mark(l)
			}
		}
		return true
	})
	ok := true
	ast.Inspect(f.decl.Body, func(n ast.Node) bool {
		if id, isID := n.(*ast.Ident); isID && info.ObjectOf(id) == v && !allowed[id] {
			ok = false
		}
		return ok
	})
	return ok
}

// constructorSets returns the fields that the constructor which made the
// variable e fills (its resultFact.Sets), when the function does not
// assign them since: t := token.New(scope); t.Scope = s; return t.
func (f *function) constructorSets(e ast.Expr) []string {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	call := f.producer(id)
	if call == nil {
		return nil
	}
	fn := f.callee(call)
	if fn == nil {
		return nil
	}
	r := f.x.resultOf(fn)
	if r == nil || len(r.Sets) == 0 || !f.onlyFieldUses(f.x.pass.TypesInfo.ObjectOf(id)) {
		return nil // the body is scanned only for a constructor that fills
	}
	var out []string
	for _, name := range r.Sets {
		obj, _, _ := types.LookupFieldOrMethod(f.x.pass.TypesInfo.TypeOf(id), true, fn.Pkg(), name)
		if fv, ok := obj.(*types.Var); ok && fv.IsField() && !f.assignedSince(id, fv) {
			out = append(out, name)
		}
	}
	return out
}

// returnsParam reports whether every return is one parameter, as it is,
// by address, converted or encoded, and which: a pointer helper (func
// Ptr(s string) *string { return &s }), a document helper (func
// MapToBson(m map[string]any) bson.M { return bson.M(m) }).
func (f *function) returnsParam(results []ast.Expr) (int, []string, bool) {
	at := -1
	var drops []string
	for _, e := range results {
		e = ast.Unparen(e)
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
			e = ast.Unparen(u.X)
		}
		i, ok := f.encodedParam(e, true)
		if !ok {
			var d []string
			i, d, ok = f.copyOf(e) // n := *m; n.Email = strings.TrimSpace(n.Email); return &n
			drops = mergeSorted(drops, d)
		}
		if !ok || at >= 0 && i != at {
			return 0, nil, false
		}
		at = i
	}
	if at < 0 {
		return 0, nil, false
	}
	return at, drops, true
}

// copyOf returns the parameter (-1: the receiver) that e, a local
// variable or its address, is a copy of: defined once as *p or p (or as
// what a call passing p on returns: *m.Normalized()). A sensitive field
// assigned since to anything but its own value normalised
// (strings.TrimSpace) holds the function's own value (a hash, "" once
// hashed, a new token) and is returned as dropped; the copy's other
// fields hold what the caller passed. A dropped field is judged nowhere,
// as no field of a returned copy was before copies were followed.
func (f *function) copyOf(e ast.Expr) (int, []string, bool) {
	info := f.x.pass.TypesInfo
	id, ok := unaddr(e).(*ast.Ident)
	if !ok {
		return 0, nil, false
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || !f.declaredInBody(v) {
		return 0, nil, false
	}
	if _, isStruct := derefType(v.Type()).Underlying().(*types.Struct); !isStruct {
		return 0, nil, false
	}
	rhs, ok := f.onlyValue(v, false)
	if !ok {
		return 0, nil, false
	}
	src := ast.Unparen(rhs)
	if st, isStar := src.(*ast.StarExpr); isStar {
		src = ast.Unparen(st.X)
	}
	var inherited []string
	i, isParam := f.param(src)
	if !isParam {
		call, isCall := src.(*ast.CallExpr)
		if !isCall {
			return 0, nil, false
		}
		fn := f.callee(call)
		if fn == nil {
			return 0, nil, false
		}
		r := f.x.resultOf(fn)
		switch {
		case r != nil && r.Passes > 0 && r.Passes <= len(call.Args) && !call.Ellipsis.IsValid():
			i, isParam = f.param(call.Args[r.Passes-1])
		case r != nil && r.PassesReceiver:
			if sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr); isSel {
				i, isParam = f.param(sel.X)
			}
		}
		if !isParam {
			return 0, nil, false
		}
		inherited = r.Drops // *m.Normalized(): what it left out stays out
	}
	drops := slices.Clone(inherited)
	for k, as := range f.assigns {
		if k.obj != v || k.path == nil {
			continue
		}
		fv := k.path.Last().Field
		if fv == nil {
			return 0, nil, false // an element or key of it
		}
		if _, sensitive := f.x.sensitive(fv, fv.Name(), nil); !sensitive {
			continue
		}
		for _, a := range as {
			if a.index >= 0 || !f.keepsOwn(a.rhs, k, 0) {
				// A value of the function's own (a hash, "" once hashed,
				// a new token): not the caller's. The copy's other fields
				// are still the caller's.
				if name := goName(k.path); name != "" && !slices.Contains(drops, name) {
					drops = append(drops, name)
				}
				break
			}
		}
	}
	slices.Sort(drops)
	return i, drops, true
}

// returnsReceiver reports whether every result is the method's receiver,
// unchanged (a named accessor of the document itself: GetValue, Self), or
// a copy of it (copyOf), and which fields the copies drop.
func (f *function) returnsReceiver(results []ast.Expr) ([]string, bool) {
	if f.decl.Recv == nil {
		return nil, false
	}
	info := f.x.pass.TypesInfo
	var drops []string
	for _, e := range results {
		if i, d, ok := f.copyOf(e); ok && i == -1 {
			drops = mergeSorted(drops, d)
			continue // n := *u; n.Email = strings.TrimSpace(n.Email); return &n
		}
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return nil, false
		}
		recv := info.Uses[id]
		if i, isParam := f.params[recv]; !isParam || i != -1 {
			return nil, false
		}
		for k := range f.assigns {
			if k.obj == recv {
				return nil, false // u.Password = "": a changed copy
			}
		}
	}
	return drops, true
}

// encodedParam returns the parameter e is, or encodes or converts
// ([]byte(s), base64, hex), and whether it is one. With unchanged, a
// parameter the body assigns does not count: what it holds is no longer
// only what the caller passed.
func (f *function) encodedParam(e ast.Expr, unchanged bool) (int, bool) {
	info := f.x.pass.TypesInfo
	switch n := ast.Unparen(e).(type) {
	case *ast.Ident:
		if unchanged && len(f.assigns[assignKey{obj: info.Uses[n]}]) > 0 {
			return 0, false
		}
		return f.param(n)
	case *ast.CallExpr:
		if len(n.Args) == 1 && info.Types[n.Fun].IsType() {
			return f.encodedParam(n.Args[0], unchanged)
		}
		fn, _ := typeutil.Callee(info, n).(*types.Func)
		if fn != nil && encoders(fn.Origin().FullName()) && len(n.Args) > 0 {
			return f.encodedParam(n.Args[len(n.Args)-1], unchanged)
		}
	}
	return 0, false
}

// protectedFields returns the sensitive top-level fields of a returned
// struct literal (or variable defined by one) that hold protected values
// or are left empty.
func (f *function) protectedFields(e ast.Expr) []string {
	return f.protectedIn(e, true)
}

// sealedFields is protectedFields without the fields e leaves unset:
// those that e sets to a protected value, or that a callee returning e
// protects.
func (f *function) sealedFields(e ast.Expr) []string {
	return f.protectedIn(e, false)
}

// protectedIn returns the sensitive fields of e, a returned struct, that
// hold a protected value; with unset, also those e leaves unset.
func (f *function) protectedIn(e ast.Expr, unset bool) []string {
	if elems, ok := f.appended(e); ok {
		if !unset {
			return nil
		}
		return intersectEach(elems, f.protectedFields) // cards = append(cards, convertCard(c))
	}
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		if fn := f.callee(call); fn != nil {
			if r := f.x.resultOf(fn); r != nil {
				return slices.Clone(r.Fields) // return convertCard(c): what it protects
			}
		}
		return nil
	}
	var out []string
	f.sensitiveValues(e, func(name string, m names.Match, val ast.Expr) {
		if val == nil && unset || val != nil && f.protectedExpr(val, m.Category, 0) {
			out = append(out, name)
		}
	})
	return out
}

// namedResultVar reports whether obj is a named result of the function.
func (f *function) namedResultVar(obj types.Object) bool {
	if f.obj == nil {
		return false
	}
	for r := range f.obj.Signature().Results().Variables() {
		if r == obj {
			return true
		}
	}
	return false
}

// settledField returns the value of the last assignment to k, a field of
// v, made by a statement of the body's top level after every assignment
// to v itself and before pos: on every path to pos the field holds it,
// whatever v was given. It returns nil when there is none, or when the
// body has a goto.
func (f *function) settledField(v types.Object, k assignKey, pos token.Pos) ast.Expr {
	if f.jumps() {
		return nil
	}
	var last token.Pos
	for _, a := range f.assigns[assignKey{obj: v}] {
		last = max(last, a.rhs.End())
	}
	var val ast.Expr
	for as, rhs := range f.topLevelAssigns(k) {
		if as.Pos() >= pos {
			break
		}
		if as.Pos() >= last && len(as.Lhs) == len(as.Rhs) {
			val = rhs // not one result of a tuple: u.Token, err = sign(u)
		}
	}
	return val
}

// declaredInBody reports whether obj is a local variable of the
// function (not a parameter, not a package-level variable).
func (f *function) declaredInBody(obj types.Object) bool {
	_, isVar := obj.(*types.Var)
	return isVar && f.decl.Body.Pos() <= obj.Pos() && obj.Pos() < f.decl.Body.End()
}

// sensitiveValues calls fn for each sensitive field of a struct literal
// (or of a variable defined by one) with the value it ends up holding in
// the function: the literal's, or the last assignment's; nil when unset.
func (f *function) sensitiveValues(e ast.Expr, fn func(name string, m names.Match, val ast.Expr)) bool {
	var lit *ast.CompositeLit
	var v types.Object
	var t types.Type
	var settled token.Pos // only the fields set after every value v was given, before here
	switch n := unaddr(e).(type) {
	case *ast.CompositeLit:
		lit, t = n, f.x.pass.TypesInfo.TypeOf(n)
	case *ast.Ident:
		lit, v = f.literalDefinition(n)
		if lit != nil {
			t = f.x.pass.TypesInfo.TypeOf(lit)
		} else if obj := f.x.pass.TypesInfo.ObjectOf(n); obj != nil && f.declaredInBody(obj) && len(f.assigns[assignKey{obj: obj}]) == 0 {
			v, t = obj, obj.Type() // var s T: the zero value, then its fields' assignments
		} else if obj != nil && (f.declaredInBody(obj) || f.namedResultVar(obj)) {
			// if old != nil { c = old.DeepCopy() } else { c = &Cluster{} };
			// c.KubeConfig = req.KubeConfig: whichever value c was given,
			// the field holds what the body sets it to afterwards.
			v, t, settled = obj, derefType(obj.Type()), n.Pos()
		}
	}
	if t == nil {
		return false
	}
	values := map[string]ast.Expr{}
	if lit != nil {
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					values[id.Name] = kv.Value
				}
			}
		}
	}
	for _, enc := range f.x.orderedFields(t, false) {
		fv := enc.Var
		m, ok := f.x.sensitive(fv, enc.Key, enc.Owner)
		if !ok {
			continue
		}
		val := values[fv.Name()]
		if settled.IsValid() {
			if val = f.settledField(v, assignKey{obj: v, path: f.x.fieldPath(enc)}, settled); val == nil {
				continue // what v was given holds it
			}
		} else if v != nil {
			if as := f.assigns[assignKey{obj: v, path: f.x.fieldPath(enc)}]; len(as) > 0 {
				val = as[len(as)-1].rhs
			}
		}
		fn(fv.Name(), m, val)
	}
	return true
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
		if displayOnly(w) {
			continue // MaskedString masks itself for JSON and logs; BSON gets the value
		}
		if protectiveWord(w) {
			return true
		}
	}
	return false
}

// keyReading says whether a key that says nothing itself is read with
// the name of the value it holds, and how.
type keyReading int

const (
	notByValue keyReading = iota
	// genericKey is a generic key or an identity (code, value, _id): any
	// sensitive name of the value counts.
	genericKey
	// someKey names some key without saying which (SegwitKey, eth_key,
	// WalletKey): only a private key's name counts, since a variable
	// named token or secret under it may identify one (CacheKey: token).
	someKey
)

// readByValue says how a value stored under key (in field, if a
// struct's) is read with its own name; it looks at names only, so
// callers ask it before looking for the value.
func readByValue(key string, field *types.Var) keyReading {
	last := key[strings.LastIndexByte(key, '.')+1:]
	generic := func(name string) bool { return names.Generic(name) || idKey(name) }
	if generic(last) && (field == nil || generic(field.Name())) {
		return genericKey
	}
	some := func(name string) bool {
		words := names.Tokenize(name)
		return len(words) > 1 && words[len(words)-1] == "key" && !publicName(ast.NewIdent(name))
	}
	if some(last) && (field == nil || some(field.Name())) {
		return someKey
	}
	return notByValue
}

// namedValue reports whether a value stored under a key that says nothing
// (readByValue) is named as sensitive data: {"code": resetCode},
// Setting{Value: apiKey}, order.ETHKey = privKey. The name must match by
// itself; a generic or protective name (code, hashedKey) says nothing, and
// neither does any name in a type whose name cancels (Country.Code).
func (x *pass) namedValue(key string, field *types.Var, owner types.Type, v ast.Expr) (names.Match, bool) {
	reading := readByValue(key, field)
	if reading == notByValue {
		return names.Match{}, false
	}
	last := key[strings.LastIndexByte(key, '.')+1:]
	info := x.pass.TypesInfo
	if n, ok := types.Unalias(owner).(*types.Named); ok && reading == genericKey && field != nil && x.matcher.OwnerCancels(n.Obj().Name()) {
		return names.Match{}, false // Country.Code: a public code, whatever the variable is called
	}
	if info.Types[unconvert(info, v)].Value != nil {
		return names.Match{}, false // credentialKey = "credential": a constant names a key, it is not one
	}
	if reading == someKey && publicName(unconvert(info, v)) {
		return names.Match{}, false // SegwitKey: pubKey
	}
	name := valueName(info, v)
	if name == "" || protectiveName(ast.NewIdent(name)) {
		return names.Match{}, false
	}
	if reading == genericKey && names.Generic(name) {
		// {"code": code}: nothing said. Under _id a variable named token
		// holds one ({"_id": token}), where an id holds an identifier; a
		// field named so is read in its struct (an ACME challenge's
		// Token is public).
		if _, isVar := unconvert(info, v).(*ast.Ident); !isVar || !idKey(last) {
			return names.Match{}, false
		}
	}
	if (reading == someKey || idKey(last)) && pluralSecret(name) {
		// Delete(ctx, customerpasswords string) filtering {"_id": ...}:
		// one value named after the collection of records it picks, an
		// identifier of one of them.
		return names.Match{}, false
	}
	m, ok := x.matcher.Match(name)
	if reading == someKey && m.Category != names.PrivateKey {
		return names.Match{}, false
	}
	return m, ok
}

// pluralSecret reports whether a name ends in the plural of a word for a
// secret (customerpasswords, apiTokens): a collection of them, which a
// single scalar value does not hold.
func pluralSecret(name string) bool {
	lower := strings.ToLower(name)
	for _, w := range []string{"passwords", "tokens", "secrets", "keys", "codes", "otps", "pins"} {
		if strings.HasSuffix(lower, w) {
			return true
		}
	}
	return false
}

// idKey reports whether a key or field names a document's identity (_id,
// id, ID): it says nothing of what it holds, and a token stored as the
// document's _id ({"_id": token}, Secondary{Id: token}) is still a token.
func idKey(name string) bool {
	switch name {
	case "_id", "id", "Id", "ID":
		return true
	}
	return false
}

// valueName returns the name a value goes by: a variable's, a field's
// (req.ResetCode), or that of the variable a pointer is read from; else
// "".
func valueName(info *types.Info, v ast.Expr) string {
	switch n := unconvert(info, v).(type) {
	case *ast.Ident:
		return n.Name
	case *ast.SelectorExpr:
		return n.Sel.Name
	case *ast.StarExpr:
		if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
			return id.Name
		}
	}
	return ""
}

// publicName reports whether a value's own name says it is public
// (chal.PubKey, publicKey, PublicCert): a public key stored under
// "ssh_key" is not a secret. So is a name that ends in a word for where
// the secret is kept rather than the secret (cfg.PreSharedKeyFile,
// PasswordPath, TokenEnv): the path or variable name is stored.
func publicName(e ast.Expr) bool {
	name, ok := exprName(e)
	if !ok {
		return false
	}
	words := names.Tokenize(name)
	for _, w := range words {
		if w == "pub" || w == "public" || w == "pubkey" {
			return true
		}
	}
	if n := len(words); n > 1 {
		switch words[n-1] {
		case "file", "filename", "path", "filepath", "dir", "env", "ref", "location":
			return true
		}
	}
	return false
}

// protectiveName reports whether a variable's or field's name says it
// holds a hash or ciphertext.
func protectiveName(e ast.Expr) bool {
	name, _ := exprName(e)
	for _, w := range names.Tokenize(name) {
		if protectiveWord(w) {
			return true
		}
	}
	return false
}

// exprName returns the name a variable or a field selection is written
// with (hashFn, uc.passwordHashFunction: "passwordHashFunction").
func exprName(e ast.Expr) (string, bool) {
	switch n := ast.Unparen(e).(type) {
	case *ast.Ident:
		return n.Name, true
	case *ast.SelectorExpr:
		return n.Sel.Name, true
	}
	return "", false
}

// namedProtector reads the name of a function value (a variable or a
// struct field of func type, which has no static callee) as what it does
// to its argument: hashFn, passwordHashFunction, encrypt.
func namedProtector(fun ast.Expr) (flow.Value, bool) {
	name, ok := exprName(fun)
	if !ok {
		return flow.Value{}, false
	}
	for _, w := range names.Tokenize(name) {
		v, ok := cryptoapi.LookupWord(w)
		if !ok || v.Plural || v.Ciphertext {
			continue
		}
		switch v.Protection {
		case cryptoapi.Hashed:
			return flow.Of(flow.Hashed), true
		case cryptoapi.Encrypted:
			return flow.Of(flow.Encrypted), true
		}
	}
	return flow.Value{}, false
}

// protectedAssignments reports whether every assignment holds a protected
// value.
func (f *function) protectedAssignments(as []assignment, c names.Category, depth int) bool {
	return protects(f.assignedValue(as, depth), c)
}

// protectedExpr reports whether e evaluates to a protected value in the
// function: ciphertext, a hash of the secret, or nothing at all.
func (f *function) protectedExpr(e ast.Expr, c names.Category, depth int) bool {
	return protects(f.valueOf(e, depth), c)
}

// protects is plaintextsecret's policy on the lattice: what a value may be
// and still be stored. Ciphertext, nothing, what the program vouches for
// and what is already stored protect anything; a hash protects what is
// only verified, not a private key, which must be usable again.
func protects(v flow.Value, c names.Category) bool {
	ok := flow.Empty | flow.Encrypted | flow.Trusted | flow.Stored
	if c != names.PrivateKey {
		ok |= flow.Hashed
	}
	return v.Within(ok)
}

// assignedValue joins the values of assignments: any of them may be what
// a use reads.
func (f *function) assignedValue(as []assignment, depth int) flow.Value {
	var v flow.Value
	filled := slices.ContainsFunc(as, func(a assignment) bool { return a.elem })
	for _, a := range as {
		rhs := a.rhs
		if call, ok := ast.Unparen(rhs).(*ast.CallExpr); ok && filled && isBuiltin(f.x.pass.TypesInfo, call, "make") {
			continue // made empty, then filled element by element: the elements are the value
		}
		if a.index >= 0 {
			call, ok := ast.Unparen(rhs).(*ast.CallExpr)
			if ok && a.index > 0 {
				if fn := f.callee(call); fn != nil && slices.Contains(f.x.resultOf(fn).hashedAt(), a.index) {
					v = v.Join(flow.Seen(flow.Hashed, rhs.Pos(), fmt.Sprintf("result %d of %s, a hash", a.index, fn.Name())))
					continue
				}
			}
			if !ok || a.index != 0 {
				v = v.Join(flow.Seen(flow.Plain, rhs.Pos(), "a result of "+f.x.exprString(rhs)))
				continue // only the first result of a call is the value
			}
			rhs = call
		}
		v = v.Join(f.valueOf(rhs, depth+1))
	}
	return v
}

// isCompositeLit reports whether e is a composite literal.
func isCompositeLit(e ast.Expr) bool {
	_, ok := e.(*ast.CompositeLit)
	return ok
}

// placeholder reports whether a constant is a mask rather than a value:
// only zeros, X's, stars and separators ("00000-0000000-0", "XXXX-XXXX",
// "****"), as seed scripts and fixtures fill an identity number they do not
// have.
func placeholder(s string) bool {
	mask := false
	for _, r := range s {
		switch r {
		case '0', 'x', 'X', '*':
			mask = true
		case '-', ' ', '.', '/', '_':
		default:
			return false
		}
	}
	return mask
}

// valueOf evaluates e on the lattice: what the value may be in the
// function, following conversions, encoders, calls with known results and
// the assignments of variables and fields.
func (f *function) valueOf(e ast.Expr, depth int) flow.Value {
	if depth > 6 {
		return flow.Of(flow.Plain)
	}
	info := f.x.pass.TypesInfo
	e = ast.Unparen(e)
	if f.clears(e) {
		return flow.Of(flow.Empty) // nil, "", []string{}: stores nothing
	}
	if tv := info.Types[e]; tv.Value != nil {
		if tv.Value.Kind() == constant.String && placeholder(constant.StringVal(tv.Value)) {
			return flow.Of(flow.Empty) // "000-00-0000", "****": a mask, no one's value
		}
		if (tv.Value.Kind() == constant.Int || tv.Value.Kind() == constant.Float) && constant.Sign(tv.Value) <= 0 {
			return flow.Of(flow.Empty) // PIN: -1, a sentinel for none yet
		}
		return flow.Seen(flow.Constant, e.Pos(), "the constant "+tv.Value.ExactString())
	}
	switch n := e.(type) {
	case *ast.UnaryExpr:
		if x := ast.Unparen(n.X); n.Op == token.AND && !isCompositeLit(x) {
			return f.valueOf(x, depth+1) // &s: a pointer to what s holds
		}
	case *ast.StarExpr:
		return f.valueOf(n.X, depth+1) // *p: what p points to
	case *ast.CallExpr:
		if len(n.Args) == 1 && info.Types[n.Fun].IsType() {
			return f.valueOf(n.Args[0], depth+1) // a conversion
		}
		if isAppend(info, n) {
			return f.appendValue(n, depth) // append(kept, rt): what the slice and the elements hold
		}
		fn := f.callee(n)
		if lit, ok := ast.Unparen(n.Fun).(*ast.FuncLit); ok && fn == nil && len(n.Args) == 0 {
			return f.litResults(lit, depth) // func() *string { ...; return Ptr(hashed) }()
		}
		if fn == nil {
			if v, ok := namedProtector(n.Fun); ok {
				// uc.passwordHashFunction(pw), encrypt(secret): a function
				// value whose name says it hashes or encrypts; main wires
				// the real one in.
				return v
			}
			return flow.Seen(flow.Plain, n.Pos(), "the result of "+f.x.exprString(n.Fun))
		}
		if encoders(fn.Origin().FullName()) && len(n.Args) > 0 {
			return f.valueOf(n.Args[len(n.Args)-1], depth+1)
		}
		if constantArgs(info, n) && fn.Pkg() != nil && (fn.Pkg().Path() == "strings" || fn.Pkg().Path() == "fmt" || fn.Pkg().Path() == "strconv") {
			return flow.Seen(flow.Constant, n.Pos(), "the result of "+f.x.exprString(n)) // strings.Repeat("*", 12)
		}
		if fn.Origin().FullName() == "fmt.Sprintf" && len(n.Args) > 1 && info.Types[n.Args[0]].Value != nil && !n.Ellipsis.IsValid() {
			return f.joinParts(depth, n.Args[1:]...) // fmt.Sprintf("%s%s", "###-##-", last4)
		}
		if r := f.x.resultOf(fn); r != nil && r.Passes > 0 && r.Passes <= len(n.Args) && !n.Ellipsis.IsValid() && !hasKey(f.x.protectors, fn.Origin().FullName()) {
			return f.valueOf(n.Args[r.Passes-1], depth+1) // Ptr(s): what s holds
		}
		if r := f.x.resultOf(fn); r != nil && r.Generated {
			return flow.Seen(flow.Generated, n.Pos(), "a new secret from "+fn.Name())
		}
		if r := f.x.resultOf(fn); r != nil && r.Encoded {
			if len(n.Args) == 1 {
				return f.valueOf(n.Args[0], depth+1) // only encodes its parameter: as protected as its argument
			}
			return flow.Seen(flow.Plain, n.Pos(), "the result of "+fn.Name()+", which only encodes")
		}
		switch p := f.x.protectionOf(fn); {
		case p == hashing && len(n.Args) > 0 && f.hashesNewSecret(n, n.Args[0]):
			return flow.Seen(flow.Generated, n.Pos(), "a hash of random bytes, a new secret") // it protects nothing
		case p == hashing:
			return flow.Of(flow.Hashed)
		case p == encryption:
			return flow.Of(flow.Encrypted)
		}
		return flow.Seen(flow.Plain, n.Pos(), "the result of "+f.x.exprString(n.Fun))
	case *ast.IndexExpr, *ast.TypeAssertExpr:
		if f.keyReplaced(n) {
			return flow.Seen(flow.Hashed, n.Pos(), f.x.exprString(n)+", replaced with a protected value before")
		}
	case *ast.SliceExpr:
		if shortEnd(info, n) {
			// ssn[len(ssn)-4:]: the last digits identify a number without
			// revealing it, as a masking function would.
			return flow.Seen(flow.Hashed, n.Pos(), "at most "+strconv.Itoa(maxRevealed)+" characters of "+f.x.exprString(n.X))
		}
		return f.valueOf(n.X, depth+1)
	case *ast.BinaryExpr:
		if n.Op == token.ADD {
			// "###-##-" + last4, "Bearer " + token: the constant parts
			// hold no one's secret; what the others hold is stored.
			return f.joinParts(depth, n.X, n.Y)
		}
	case *ast.Ident, *ast.SelectorExpr:
		if f.isRandom(n) {
			return flow.Seen(flow.Generated, n.Pos(), "random bytes from crypto/rand")
		}
		k, ok := f.location(n)
		var as []assignment
		if ok {
			as = f.reachingUse(k, n.Pos())
		}
		if len(as) == 0 {
			switch {
			case ok && f.readBackBy(k.obj, n.Pos()) && (f.fromDatabase(k) || k.path != nil && f.storedOrigin(k.obj, 0)):
				return flow.Of(flow.Stored) // read back from the database: the stored form, judged where it was written
			case ok && k.path == nil && f.rangeVar(k.obj) && f.storedOrigin(k.obj, 0):
				return flow.Of(flow.Stored) // rt, ranging over the tokens a document read back holds
			case protectiveName(n):
				// Nothing in the function says where it comes from: its own
				// name does (acct.PasswordHash, hashed, ciphertext).
				return flow.Of(flow.Trusted)
			}
			if f.producedProtected(n) {
				return flow.Of(flow.Trusted) // c.Number, c ranging over ListCards(), which masks it
			}
			if f.fromInput(n) {
				return flow.Seen(flow.Input, n.Pos(), "what the client sent ("+f.x.exprString(n)+")")
			}
			if id, isID := n.(*ast.Ident); isID && f.isParam(id) {
				return flow.Seen(flow.Param, n.Pos(), "parameter "+id.Name+f.ofFunc())
			}
			return flow.Seen(flow.Plain, n.Pos(), f.x.exprString(n))
		}
		if name := goName(k.path); name != "" && f.calledListsIn(k.obj, name, as[len(as)-1].rhs.End(), n.Pos(), func(r *resultFact) []string { return r.Receiver }) {
			// u.Password = cmd.NewPassword; hashUserPassword(&u);
			// save(u.Password): replaced in place before this use.
			return flow.Of(flow.Trusted)
		}
		return f.assignedValue(as, depth)
	}
	return flow.Seen(flow.Plain, e.Pos(), f.x.exprString(e))
}

// appendValue joins what an append's slice and elements hold, leaving
// out the variable the append is assigned to (kept = append(kept, rt)):
// the variable's other assignments say what it held before.
func (f *function) appendValue(call *ast.CallExpr, depth int) flow.Value {
	var v flow.Value
	for _, a := range call.Args {
		if k, ok := f.location(ast.Unparen(a)); ok && slices.ContainsFunc(f.assigns[k], func(as assignment) bool { return ast.Unparen(as.rhs) == call }) {
			continue
		}
		v = v.Join(f.valueOf(a, depth+1))
	}
	if v.Kinds == 0 {
		return flow.Of(flow.Empty) // append(kept): no element added
	}
	return v
}

// rangeVar reports whether v is the value variable of a range statement.
func (f *function) rangeVar(v types.Object) bool {
	_, ok := f.ranges[v]
	return ok
}

// litResults joins what the returns of a function literal called in
// place hold: its first results.
func (f *function) litResults(lit *ast.FuncLit, depth int) flow.Value {
	var v flow.Value
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its returns are not the literal's
		case *ast.ReturnStmt:
			if len(n.Results) > 0 {
				v = v.Join(f.valueOf(n.Results[0], depth+1))
			}
		}
		return true
	})
	if v.Kinds == 0 {
		return flow.Seen(flow.Plain, lit.Pos(), "the result of a function literal")
	}
	return v
}

// storedOrigin reports whether every value variable v is given comes from
// documents read back from the database, through ranges, local maps and
// slices filled with their elements, and copies: page, ok := byID[id],
// where byID[p.ID] = p for each p ranging over st.Pages, and st is what
// the store's GetOAuthState decoded.
func (f *function) storedOrigin(v types.Object, depth int) bool {
	if v == nil || depth > 4 {
		return false
	}
	if f.fromDatabase(assignKey{obj: v}) {
		return true
	}
	if x, ok := f.ranges[v]; ok {
		if k, ok := f.location(x); ok && k.path != nil && len(f.assigns[k]) > 0 {
			return false // st.Pages = posted: not what was read
		}
		return f.storedOrigin(f.baseVar(x), depth+1)
	}
	as := f.assigns[assignKey{obj: v}]
	if _, isMap := v.Type().Underlying().(*types.Map); isMap {
		// byID[p.ID] = p: a map of documents is not an elemOf location.
		for _, e := range f.indexStores(v) {
			as = append(as, assignment{rhs: e, index: -1, elem: true})
		}
	}
	found := false
	for _, a := range as {
		rhs := ast.Unparen(a.rhs)
		if !a.elem && emptyValue(f.x.pass.TypesInfo, rhs) {
			continue // byID := map[string]Page{}: filled by its element stores
		}
		switch n := unaddr(rhs).(type) {
		case *ast.CallExpr:
			if !f.storedExpr(n, a.index) {
				return false
			}
		case *ast.IndexExpr:
			if a.index > 0 || !f.storedOrigin(f.baseVar(n.X), depth+1) {
				return false
			}
		case *ast.Ident, *ast.SelectorExpr:
			if a.index >= 0 || !f.storedOrigin(f.baseVar(n), depth+1) {
				return false
			}
		default:
			return false
		}
		found = true
	}
	return found
}

// baseVar returns the variable a chain of selectors starts from (st in
// st.Pages), or nil.
func (f *function) baseVar(e ast.Expr) types.Object {
	id := selectorRoot(unaddr(ast.Unparen(e)))
	if id == nil {
		return nil
	}
	v, _ := f.x.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if v == nil {
		return nil
	}
	return v
}

// indexStores returns the values the function stores into elements of
// map v (v[k] = e). The stores of every variable are gathered in one walk,
// on first use.
func (f *function) indexStores(v types.Object) []ast.Expr {
	if f.stores == nil {
		f.stores = make(map[types.Object][]ast.Expr)
		info := f.x.pass.TypesInfo
		for as := range f.assignments() {
			if len(as.Lhs) != len(as.Rhs) {
				continue
			}
			for i, l := range as.Lhs {
				if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok {
					if id, ok := ast.Unparen(ix.X).(*ast.Ident); ok {
						if obj := info.Uses[id]; obj != nil {
							f.stores[obj] = append(f.stores[obj], as.Rhs[i])
						}
					}
				}
			}
		}
	}
	return f.stores[v]
}

// joinParts is the value of a string assembled from parts (a sum, the
// arguments of a constant format): the join of the parts that are not
// constants or empty, or of all of them when every part is.
func (f *function) joinParts(depth int, parts ...ast.Expr) flow.Value {
	var v, fixed flow.Value
	for _, p := range parts {
		pv := f.valueOf(p, depth+1)
		if pv.Within(flow.Constant | flow.Empty) {
			fixed = fixed.Join(pv) // "###-##-", strings.Repeat("*", 12)
		} else {
			v = v.Join(pv)
		}
	}
	if v.Kinds == 0 {
		return fixed
	}
	return v
}

// constantArgs reports whether every argument of call is a constant.
func constantArgs(info *types.Info, call *ast.CallExpr) bool {
	for _, a := range call.Args {
		if info.Types[a].Value == nil {
			return false
		}
	}
	return len(call.Args) > 0
}

// maxRevealed is the most characters of a secret that a slice may keep
// and still mask it: the last four digits of a card or an SSN.
const maxRevealed = 4

// shortEnd reports whether s keeps at most maxRevealed characters from
// one end of what it slices, or a constant span of it: x[len(x)-4:],
// x[:4], x[2:6].
func shortEnd(info *types.Info, s *ast.SliceExpr) bool {
	if s.Slice3 {
		return false
	}
	if s.High == nil {
		// x[len(x)-k:]
		b, ok := ast.Unparen(s.Low).(*ast.BinaryExpr)
		if !ok || b.Op != token.SUB {
			return false
		}
		k := info.Types[b.Y].Value
		return k != nil && isLenOf(info, b.X, s.X) && smallCount(k)
	}
	if s.Low == nil {
		k := info.Types[s.High].Value // x[:k]
		return k != nil && smallCount(k)
	}
	if lo, hi := info.Types[s.Low].Value, info.Types[s.High].Value; lo != nil && hi != nil {
		d := constant.BinaryOp(hi, token.SUB, lo)
		return smallCount(d)
	}
	return false
}

// smallCount reports whether constant k is an integer from 0 to
// maxRevealed.
func smallCount(k constant.Value) bool {
	n, exact := constant.Int64Val(constant.ToInt(k))
	return exact && n >= 0 && n <= maxRevealed
}

// isLenOf reports whether e is len(x) of the same variable or field
// path as x: the same selectors from the same variable.
func isLenOf(info *types.Info, e, x ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || !isBuiltin(info, call, "len") {
		return false
	}
	a, b := selectorRoot(call.Args[0]), selectorRoot(x)
	return a != nil && b != nil && info.ObjectOf(a) == info.ObjectOf(b) &&
		types.ExprString(ast.Unparen(call.Args[0])) == types.ExprString(ast.Unparen(x))
}

// selectorRoot returns the variable that a chain of selectors starts
// from: u in u.Profile.SSN.
func selectorRoot(e ast.Expr) *ast.Ident {
	for {
		switch n := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			e = n.X
		case *ast.Ident:
			return n
		default:
			return nil
		}
	}
}

// isParam reports whether id is a parameter of the function (the
// receiver included).
func (f *function) isParam(id *ast.Ident) bool {
	_, ok := f.params[f.x.pass.TypesInfo.ObjectOf(id)]
	return ok
}

// ofFunc returns " of Name" for messages, or "" for a function literal
// of a package variable.
func (f *function) ofFunc() string {
	if f.obj == nil {
		return ""
	}
	return " of " + f.obj.Name()
}

// exprString returns e as the source spells it, shortened for messages.
func (x *pass) exprString(e ast.Expr) string {
	s := types.ExprString(e)
	if len(s) > 40 {
		s = s[:37] + "..."
	}
	return s
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
