package plaintextsecret

import (
	"fmt"
	"slices"
	"strings"

	"github.com/cryptolint/cryptolint/internal/mongoapi"
	"github.com/cryptolint/cryptolint/internal/names"
)

// sinkFact marks a function that passes some of its parameters on to a
// MongoDB write: for its callers it is a sink too.
type sinkFact struct {
	Params []ParamSink
}

// ParamSink says how one parameter reaches MongoDB.
type ParamSink struct {
	Index    int           // parameter index; -1 is the receiver
	Kind     mongoapi.Kind // how the document is treated
	Path     string        // key path under which it is stored ("" for the whole document)
	Elems    bool          // the parameter is a slice of documents, each boxed by value
	Variadic bool          // every argument from Index on
	// Addressable reports that the wrapper passes a pointer to the value,
	// so pointer-receiver marshallers run.
	Addressable bool
	// Leaf is set when the parameter is a single value stored under the
	// sensitive key Key, not a document.
	Leaf bool
	Key  string
	// Field, with Leaf, says that the value stored is this field of the
	// parameter (a document helper called on it: u.ToBSON()); Entry and
	// Category say why the key is sensitive, as the helper's fact does.
	Field    string
	Entry    string
	Category names.Category
	// MapKey, with Leaf, says that the value stored is what the map
	// parameter holds under this key (data["password"] of the request map
	// the function is given): callers judge what their map holds there.
	MapKey string
	// Via names the write for messages: "InsertOne", or "Save -> InsertOne".
	Via string
	// Replaced lists the Go fields (Password, Profile.SSN) of a document parameter that
	// the function replaces with a hash or an empty value before the write
	// (u.Password = hash(u.Password)): the caller's values of those fields
	// are not what is stored.
	Replaced []string
	// ReplacedKeys, for a document map parameter, lists the top-level keys
	// the function sets to a protected value before the write
	// (update["credentials"] = encrypt(creds)): the caller's values under
	// them are not what is stored.
	ReplacedKeys []string
	// Select, for a document parameter, is 1 + the index of the parameter
	// whose keys select the fields written (a wrapper of a reflective
	// builder: CommitFields(db, fields)); Keys are the selected keys when
	// the wrapper fixes them. Neither: every field.
	Select int
	Keys   []string
	// Sub, for a document parameter, is the dotted path of Go fields of
	// the parameter whose value is the document written (cfg.Storage
	// passed on: "Storage"), and SubKey the same path as bson keys
	// ("storage"); both empty when the parameter itself is written.
	Sub, SubKey string
	// TopJSON, for a document parameter, says that its top-level fields
	// are stored under their JSON names (a reflective builder keyed by
	// json tags copies each field's value whole).
	TopJSON bool
	// Generic, with Leaf, says that the key says nothing by itself (value,
	// code, data, body, message): the value is sensitive when the
	// caller's argument is named as a secret (SetCache(sessionToken, id))
	// or embeds one, and callers judge it so.
	Generic bool
	// Serialized, for a document parameter, names the serializer that
	// writes it out as text or bytes stored under Path (json.Marshal: a
	// configuration kept as a JSON string): callers judge the argument's
	// fields as a document, under the serializer's keys.
	Serialized string
	// Named, for a document map parameter, lists the sensitive keys the
	// function names on it (reads, tests) and leaves as the caller's on
	// the way to the write (if data["password"] != otp { ... }): a caller
	// whose map is decoded from the request holds what the client sent
	// there.
	Named []string
	// Hops is the path from the call of this function to the write: each
	// call that passes the value on, then the driver call, for related
	// information. Not part of equal: it explains a sink, it does not
	// change what is written.
	Hops []Hop
	// Also are the other paths from the call of this function to writes
	// that store the same parameter under the same key the same way (a
	// token looked up, then deleted by it), at most maxAlso, for related
	// information. Not part of equal either.
	Also []AltPath
}

// AltPath is another path to a write of a sink (ParamSink.Also).
type AltPath struct {
	Via  string
	Hops []Hop
}

// maxAlso bounds the other paths a sink keeps.
const maxAlso = 3

// addAlso records q's path, and the other paths q has, as other paths of
// p, except p's own, those already recorded, and beyond maxAlso.
func (p *ParamSink) addAlso(q ParamSink) {
	if q.Kind != p.Kind {
		return
	}
	for _, alt := range append([]AltPath{{Via: q.Via, Hops: q.Hops}}, q.Also...) {
		if len(alt.Hops) == 0 || slices.Equal(alt.Hops, p.Hops) || len(p.Also) >= maxAlso ||
			slices.ContainsFunc(p.Also, func(a AltPath) bool { return slices.Equal(a.Hops, alt.Hops) }) {
			continue
		}
		p.Also = append(p.Also, alt)
	}
}

// Hop is one call on the way from a wrapper's parameter to MongoDB, as a
// position that survives the facts' serialization (go vet runs each
// package in its own process).
type Hop struct {
	File         string
	Line, Column int
	In, Call     string // the function the call is in and the one it calls: "Create", "InsertOne"
}

func (*sinkFact) AFact() {}

func (f *sinkFact) String() string {
	var parts []string
	for _, p := range f.Params {
		s := fmt.Sprintf("param %d", p.Index)
		switch {
		case p.Elems:
			s = "elements of " + s
		case p.Variadic:
			s += "..."
		}
		if p.Leaf && p.MapKey != "" {
			s += fmt.Sprintf(" key %q as %q", p.MapKey, p.Path)
		} else if p.Leaf && p.Field != "" && p.Generic {
			s += fmt.Sprintf(" field %s as %q, sensitive by the caller's name", p.Field, p.Path)
		} else if p.Leaf && p.Field != "" {
			s += fmt.Sprintf(" field %s as %q", p.Field, p.Path)
		} else if p.Leaf && p.Generic {
			s += fmt.Sprintf(" as %q, sensitive by the caller's name", p.Path)
		} else if p.Leaf {
			s += fmt.Sprintf(" as %q", p.Path)
		} else if p.Path != "" {
			s += fmt.Sprintf(" under %q", p.Path)
		}
		if p.Sub != "" {
			s += " field " + p.Sub
		}
		s += " via " + p.Via
		if len(p.Replaced) > 0 {
			s += " replacing " + strings.Join(p.Replaced, ", ")
		}
		if len(p.ReplacedKeys) > 0 {
			s += " replacing keys " + strings.Join(p.ReplacedKeys, ", ")
		}
		if p.TopJSON {
			s += " keyed by its json tags"
		}
		if p.Serialized != "" {
			s += " serialized by " + p.Serialized
		}
		if len(p.Named) > 0 {
			s += " naming keys " + strings.Join(p.Named, ", ")
		}
		if p.Select > 0 {
			s += fmt.Sprintf(" selecting the keys of param %d", p.Select-1)
		} else if len(p.Keys) > 0 {
			s += " selecting " + strings.Join(p.Keys, ", ")
		}
		parts = append(parts, s)
	}
	return "writes " + strings.Join(parts, ", ")
}

// equal reports whether two facts hold the same parameters.
func (f *sinkFact) equal(g *sinkFact) bool {
	return g != nil && slices.EqualFunc(f.Params, g.Params, ParamSink.equal)
}

// equal reports whether two parameter sinks say the same.
func (p ParamSink) equal(q ParamSink) bool {
	return p.Index == q.Index && p.Kind == q.Kind && p.Path == q.Path && p.Elems == q.Elems &&
		p.Variadic == q.Variadic && p.Addressable == q.Addressable && p.Leaf == q.Leaf &&
		p.Key == q.Key && p.Field == q.Field && p.Entry == q.Entry && p.Category == q.Category &&
		p.Via == q.Via && slices.Equal(p.Replaced, q.Replaced) && slices.Equal(p.ReplacedKeys, q.ReplacedKeys) && p.Select == q.Select && slices.Equal(p.Keys, q.Keys) &&
		p.Sub == q.Sub && p.SubKey == q.SubKey && p.Generic == q.Generic && p.MapKey == q.MapKey && p.TopJSON == q.TopJSON && p.Serialized == q.Serialized && slices.Equal(p.Named, q.Named)
}

// protectedFact marks a struct field whose declaration carries a
// //cryptolint:protected directive.
type protectedFact struct{}

func (*protectedFact) AFact()         {}
func (*protectedFact) String() string { return "protected" }

// resultFact marks a function whose first result is protected: a hash or
// ciphertext (Protected), or a struct (or pointer to one) whose listed
// fields it fills with protected values (a constructor that hashes).
type resultFact struct {
	Hashed    bool     // a one-way function of a secret: protects what is only verified
	Encrypted bool     // ciphertext: protects anything
	Fields    []string // Go field names of a returned struct that it protects
	// Receiver lists the fields of its pointer receiver that a method
	// replaces with protected values (u.HashPassword()).
	Receiver []string
	// ReceiverKeys lists the keys of its first parameter, a map, that a
	// function replaces with protected values on every path
	// (data["password"] = string(bcryptHash)): in the caller, the map
	// holds the protected value under them after the call.
	ReceiverKeys []string
	// FillsKeys lists the sensitive keys of its first parameter, a map,
	// that a function sets to an unprotected value (data["password"] =
	// "changeme"): a protection made before the call is gone after it.
	FillsKeys []string
	// Fills lists the sensitive fields of its pointer receiver that a
	// method sets to an unprotected value, itself or through the methods
	// it calls on the receiver (u.GenerateToken(), a.Validate() making a
	// key): in the caller, the document holds them.
	Fills []string
	// FillsFrom lists the fields of Fills that the method sets to one of
	// its parameters as it is (c.AccessToken = accessToken): in the
	// caller, the field holds the argument.
	FillsFrom []FieldParam
	// Copies lists the sub-documents of its pointer receiver (struct,
	// pointer, slice or map fields) that the method sets, on every
	// assignment, to a parameter or a field of one as it is
	// (i.FeishuToken = req.FeishuToken): in the caller, the field holds
	// what the argument holds there.
	Copies []FieldParam
	// Defaults lists the fields it sets only when they are missing (if
	// u.Secret == "" { ... }): new documents get them, documents read back
	// already have them.
	Defaults []string
	// Passes is 1 + the index of the parameter that every return is, as
	// it is, by address, converted or encoded (func Ptr(s string) *string
	// { return &s }, func MapToBson(m map[string]any) bson.M { return
	// bson.M(m) }): the result holds what the caller's argument holds.
	Passes int
	// PassesReceiver marks a method whose every return is its receiver
	// as it is (func (u *User) GetValue() *User { return u }): the result
	// holds what the receiver holds.
	PassesReceiver bool
	// Drops, with Passes or PassesReceiver, lists the sensitive fields of
	// the copy returned that the function gives values of its own (a
	// hash, "" once it has hashed them, a new token): the caller's values
	// of those fields are not in the result.
	Drops []string
	// Encoded marks a function named like a protector (EncryptToken,
	// hashPassword) whose every return is its parameter or an encoding of
	// it (base64, hex, a conversion): it protects nothing.
	Encoded bool
	// Generated marks a function whose first result is a new secret on
	// every path that returns one: random bytes from crypto/rand, encoded
	// or not, or a hash of them that nothing else sees (func
	// GenerateSecureToken(n int) string { rand.Read(b); return
	// hex.EncodeToString(b) }). In the caller the value is the secret
	// itself, whatever the field that holds it claims.
	Generated bool
	// Input marks a function whose first result is a document it decoded
	// from outside input (a configuration file, a request body): its
	// fields hold whatever the input said (config.Parse(r)).
	Input bool
	// Sets lists the Go fields of a returned struct that the function
	// fills with unprotected values on every path (a constructor that sets
	// the token it makes): in the caller those fields hold a value.
	Sets []string
	// MapsReceiver marks a method whose result holds, as its sensitive
	// values, only fields of its receiver as they are (a mapper from the
	// stored form: u.toUser()): of a stored receiver, it is stored too.
	MapsReceiver bool
	// Stored marks a function whose every non-nil return is a document it
	// read from the database (a repository's Get): in the caller its
	// fields are the stored form, judged where they were written.
	Stored bool
	// Elems is 1 + the index of the slice parameter whose elements the
	// returned slice holds (func anes[T any](ts []T) []any copies them):
	// the result is that parameter's documents.
	Elems int
	// Recodes is 1 + the index of the parameter whose BSON encoding the
	// result is (bson.Marshal of it, or Marshal then Unmarshal into a
	// bson.D: func ToDoc(v any) (*bson.D, error)): the result holds that
	// parameter's keys and values.
	Recodes int
	// RecodesJSON marks a Recodes made by a JSON round trip (json.Marshal,
	// then json.Unmarshal into a map: StructToMap(v any)): a caller's
	// argument counts only when JSON writes its type under BSON's keys.
	RecodesJSON bool
	// Serializes is 1 + the index of the parameter that every non-nil
	// return writes out as text or bytes (func marshal(m proto.Message)
	// (string, error) { b, err := protojson.Marshal(m); return string(b),
	// err }), and SerializedBy the serializer: the result holds that
	// parameter's fields.
	Serializes   int
	SerializedBy string
	// RecodesReceiver marks a method whose result is the BSON encoding of
	// its receiver (func (u User) ToBson() (*bson.D, error) { return
	// ToDoc(u) }): the result holds the receiver's keys and values.
	RecodesReceiver bool
	// HashedAt lists the results after the first that every return makes
	// a hash of a secret: (plain, hashed []string, err error).
	HashedAt []int
	// FromParams lists the sensitive fields of a returned struct that
	// every return sets to a parameter as it is (a constructor:
	// NewSecret(desc, secret string) Secret{Secret: secret}): in the
	// caller, the field holds what the caller passed.
	FromParams []FieldParam
	// Wraps lists the struct-typed fields of a returned struct that every
	// return sets to a parameter as it is, and nothing else sensitive (a
	// constructor wrapping a request: New(req) *Domain { return
	// &Domain{Meta: NewMeta(), Spec: req} }): in the caller, the field is
	// the document the caller passed, under the field's key or inlined.
	Wraps []FieldParam
	// Requires lists the sensitive top-level fields of parameters that
	// the function returns an error for when they are empty (a
	// validator: if p.SecretKey == "" { return errors.New(...) }): after
	// a call that succeeded, the caller's document holds them.
	Requires []FieldParam
}

// wrapsOnly returns the fields that wrap a parameter of a constructor that
// fills nothing sensitive itself, or nil.
func (r *resultFact) wrapsOnly() []FieldParam {
	if r == nil || len(r.Fields)+len(r.Sets)+len(r.FromParams) > 0 || r.Passes > 0 || r.PassesReceiver {
		return nil
	}
	return r.Wraps
}

// requiredOf returns the fields the function requires non-empty.
func (r *resultFact) requiredOf() []FieldParam {
	if r == nil {
		return nil
	}
	return r.Requires
}

// FieldParam is a field that holds parameter Index.
type FieldParam struct {
	Field string
	Index int
	// Sub is the field of the parameter that the field holds, when the
	// function copies a field of a struct parameter (a mapper: NewUser(e
	// entities.User) User{Password: e.Password}); "" for the parameter
	// itself.
	Sub string
}

// fromParam returns the parameter whose value a constructor puts in field,
// and the field of that parameter it copies ("" for the parameter itself).
func (r *resultFact) fromParam(field string) (int, string, bool) {
	if r == nil {
		return 0, "", false
	}
	for _, fp := range r.FromParams {
		if fp.Field == field {
			return fp.Index, fp.Sub, true
		}
	}
	return 0, "", false
}

// hashedAt returns r.HashedAt, nil for a nil fact.
func (r *resultFact) hashedAt() []int {
	if r == nil {
		return nil
	}
	return r.HashedAt
}

func (*resultFact) AFact() {}

func (r *resultFact) String() string {
	switch {
	case r.Input:
		return "returns decoded input"
	case r.Stored:
		return "returns a stored document"
	case r.Elems > 0:
		return fmt.Sprintf("returns the elements of param %d", r.Elems-1)
	case r.Serializes > 0:
		return fmt.Sprintf("returns param %d serialized by %s", r.Serializes-1, r.SerializedBy)
	case r.Recodes > 0 && r.RecodesJSON:
		return fmt.Sprintf("returns param %d re-encoded through JSON", r.Recodes-1)
	case r.Recodes > 0:
		return fmt.Sprintf("returns param %d re-encoded", r.Recodes-1)
	case r.RecodesReceiver:
		return "returns the receiver re-encoded"
	case r.Encoded:
		return "only encodes its parameter"
	case r.Passes > 0 && len(r.Drops) > 0:
		return fmt.Sprintf("returns param %d without %s", r.Passes-1, strings.Join(r.Drops, ", "))
	case r.Passes > 0:
		return fmt.Sprintf("returns param %d", r.Passes-1)
	case r.PassesReceiver && len(r.Drops) > 0:
		return "returns the receiver without " + strings.Join(r.Drops, ", ")
	case r.PassesReceiver:
		return "returns the receiver"
	case r.Encrypted:
		return "encrypted result"
	case r.Hashed:
		return "hashed result"
	case len(r.Receiver) > 0:
		return "protects receiver " + strings.Join(r.Receiver, ", ")
	case len(r.ReceiverKeys) > 0:
		return "protects keys " + strings.Join(r.ReceiverKeys, ", ") + " of param 0"
	case len(r.FillsKeys) > 0 && len(r.Fields) == 0 && len(r.Sets) == 0:
		return "fills keys " + strings.Join(r.FillsKeys, ", ") + " of param 0"
	case len(r.Fills) > 0 && len(r.Fields) == 0 && len(r.Sets) == 0:
		return "fills receiver " + strings.Join(r.Fills, ", ")
	case len(r.Copies) > 0 && len(r.Fields) == 0 && len(r.Sets) == 0 && len(r.Defaults) == 0:
		var cs []string
		for _, c := range r.Copies {
			from := fmt.Sprintf("%s from param %d", c.Field, c.Index)
			if c.Sub != "" {
				from += " field " + c.Sub
			}
			cs = append(cs, from)
		}
		return "copies into receiver " + strings.Join(cs, ", ")
	case len(r.Defaults) > 0 && len(r.Fields) == 0 && len(r.Sets) == 0:
		return "fills missing receiver " + strings.Join(r.Defaults, ", ")
	case len(r.HashedAt) > 0 && len(r.Fields) == 0 && len(r.Sets) == 0:
		return fmt.Sprintf("hashed results %v", r.HashedAt)
	case len(r.Wraps) > 0 && len(r.Fields) == 0 && len(r.Sets) == 0:
		var ws []string
		for _, w := range r.Wraps {
			ws = append(ws, fmt.Sprintf("param %d in %s", w.Index, w.Field))
		}
		return "wraps " + strings.Join(ws, ", ")
	case len(r.Requires) > 0 && len(r.Fields) == 0 && len(r.Sets) == 0:
		var req []string
		for _, fp := range r.Requires {
			req = append(req, fmt.Sprintf("param %d field %s", fp.Index, fp.Field))
		}
		return "requires " + strings.Join(req, ", ")
	}
	if r.Generated && len(r.Fields) == 0 && len(r.Sets) == 0 {
		return "returns a new secret"
	}
	if len(r.Fields) == 0 {
		return "fills " + strings.Join(r.Sets, ", ")
	}
	return "protects " + strings.Join(r.Fields, ", ")
}

// equal reports whether two facts say the same.
func (r *resultFact) equal(s *resultFact) bool {
	return s != nil && r.Hashed == s.Hashed && r.Encrypted == s.Encrypted && r.Encoded == s.Encoded && r.Generated == s.Generated && r.Passes == s.Passes && r.PassesReceiver == s.PassesReceiver && slices.Equal(r.Drops, s.Drops) && r.Input == s.Input && r.Stored == s.Stored && r.MapsReceiver == s.MapsReceiver && r.Elems == s.Elems && r.Recodes == s.Recodes && r.RecodesJSON == s.RecodesJSON && r.RecodesReceiver == s.RecodesReceiver && r.Serializes == s.Serializes && r.SerializedBy == s.SerializedBy && slices.Equal(r.Sets, s.Sets) && slices.Equal(r.Fields, s.Fields) && slices.Equal(r.Receiver, s.Receiver) && slices.Equal(r.ReceiverKeys, s.ReceiverKeys) && slices.Equal(r.FillsKeys, s.FillsKeys) && slices.Equal(r.Fills, s.Fills) && slices.Equal(r.FillsFrom, s.FillsFrom) && slices.Equal(r.Copies, s.Copies) && slices.Equal(r.Defaults, s.Defaults) && slices.Equal(r.HashedAt, s.HashedAt) && slices.Equal(r.FromParams, s.FromParams) && slices.Equal(r.Wraps, s.Wraps) && slices.Equal(r.Requires, s.Requires)
}

// protectsField reports whether the fact covers field name of a returned
// struct.
func (r *resultFact) protectsField(name string) bool {
	return r != nil && slices.Contains(r.Fields, name)
}

// docFact marks a function that returns a document literal holding
// sensitive keys (func (u *User) ToBSON() bson.M): a call to it in a write
// stands for those keys, judged in the caller's terms.
type docFact struct {
	Entries []DocEntry
}

// DocEntry is one sensitive key of a returned document.
type DocEntry struct {
	Path     string // key path in the document
	Key      string // the key as written
	Entry    string // the dictionary entry it names
	Category names.Category
	// Source says where the value comes from: a parameter (Param >= 0), a
	// field of the receiver (Param == -1, Field set), or the function
	// itself (Param == -2), in which case Protected tells how it was judged.
	Param     int
	Field     string
	Protected bool
	// Doc marks a parameter that is a whole document of the result, at
	// Path ("" for the value of an update operator: bson.M{"$set": set}):
	// the caller's argument is stored there.
	Doc bool
}

func (*docFact) AFact() {}

func (f *docFact) String() string {
	var parts []string
	for _, e := range f.Entries {
		src := "own value"
		switch {
		case e.Doc:
			src = fmt.Sprintf("document param %d", e.Param)
		case e.Param >= 0 && e.Field != "":
			src = fmt.Sprintf("param %d field %s", e.Param, e.Field)
		case e.Param >= 0:
			src = fmt.Sprintf("param %d", e.Param)
		case e.Param == -1:
			src = "receiver field " + e.Field
		case e.Protected:
			src = "protected value"
		}
		parts = append(parts, fmt.Sprintf("%q from %s", e.Path, src))
	}
	return "returns document with " + strings.Join(parts, ", ")
}

// copiesOf returns r.Copies, nil for a nil fact.
func (r *resultFact) copiesOf() []FieldParam {
	if r == nil {
		return nil
	}
	return r.Copies
}
