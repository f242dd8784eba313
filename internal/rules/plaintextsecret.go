package rules

// Rules of the plaintextsecret analyzer (CL1xx).
var (
	PlaintextSecret = define(Rule{
		ID:       "CL101",
		Analyzer: "plaintextsecret",
		Title:    "sensitive field or key written to MongoDB in plaintext",
		Severity: High,
		CWE:      312,
		Since:    "v0.1.0",
		Help: `
A document written to MongoDB (InsertOne, InsertMany, ReplaceOne, updates
under $set, $setOnInsert, $push, write models, RunCommand, GridFS metadata,
qmgo, mgm, mgo, go-zero's mon and monc stores, grove's MongoDB driver) holds a field or key whose name says it is a secret or a
personal identifier (password, api key, reset token, private key, SSN, card
number, ...), and nothing in the code protects the value. Anyone who reads
the database, a backup, a replica or a log of slow queries reads the secret.

Names are read in context: a generic field name (Key, Value, Code) counts
when the type declaring it says what it holds (Certificate.Key is a private
key, PasswordReset.Code a one-time code), a bare Code beside an e-mail or
account field and an expiry or use field is a one-time code, and a list of
strings named Tokens holds tokens. Keys that address data (cache, object,
sort or partition keys), HSM tokens, a lexer's Token and a Key stored as
"_key" are not secrets.

The analyzer walks each document as the driver encodes it (bson tags,
inline and embedded structs, pointers, slices, maps, generic types) and
follows functions that pass a parameter on to the driver, across packages,
so the finding is reported where the concrete value is known; its related
information then lists each call on the way to the driver call ("Create
passes it to insert", "insert writes it to MongoDB with InsertOne"), which
SARIF draws as a code flow. Under go vet, calls in other packages are named
in the message instead. Documents built element by element (d = append(d,
bson.E{...})) or by helpers that add a key to the caller's document
(AddIfNotNil(&d, "password", p)) are read up to the write, and so are
arrays of documents filled by append ($or's alternatives, InsertMany's
documents, from an empty literal); a filter's
$in, $eq and $ne values are matched against the field they are under.
A generic key or field (code, value, key) is read with the name of the
variable it holds ({"code": resetCode}); so is the document's identity
(_id, id), where a value named token or secret by itself is one
({"_id": token}, Secondary{Id: token}). A constructor that stores its parameter in
a field (NewSecret(desc, secret)), a mapper that copies the fields of a
struct parameter (NewUser(e) User{Password: e.Password}), a setter called
on a constructor's result (company.UpdateMetaCredentials(token)), a struct passed by value and hashed into
the function's own copy, and a parameter assigned into a sub-document of
the document written are judged with what each caller passes. An interface
call whose implementation in the same package writes is followed too (on
an unexported field that the package only ever sets to one type, such as
an encrypting decorator around the MongoDB store, only that type's
method), and
so is a generic repository that boxes its model into an interface and
writes it, or writes what the model's own method without arguments
returns as an empty interface (interface{}(payload).(Model).ParseModel()).
The request of a gRPC server method (a method of a type that implements
the XServer interface generated beside its request type) is what the
client sent, in every mode, and so are the arguments of a GraphQL
resolver (a method serving an XResolver interface that gqlgen generated),
and so is the message of a Connect handler's request (a method taking
*connect.Request[T] and returning *connect.Response[U], error, read
through req.Msg and its getters, also once kept in a variable),
and the message names them ("model.HubRequest sent by the client
(parameter request of AddHub)"). Fields tagged json:"-" are not what the
client sent, also when the program's own helper decodes the request
(util.ReadJSON(r, &v)) and in the values of a map or the elements of a
slice decoded from JSON. A document key built with array positions
(fmt.Sprintf("company.%d.socials", i)) is read by its constant segments,
with "$" for each position. A PIN code beside the fields of an address
is a postal code; a Driver's LicenseNumber is a driving licence number;
a bare NID beside a person's fields (Name, Phone, Address) is a national
ID.
A value copied from documents read back (ranged over, kept in a local
map by id, looked up again, appended to a new list) is the stored form,
and so is a document mapped from one by a method of its own (u.toUser()),
one an interface method returns when an implementation in the package or
the interface's package decodes it and none makes or decodes a new one,
and one taken from the request context
(r.Context().Value(ctxUser).(*User)) when every context.WithValue of the
package under that key puts a stored document there. A method that
copies a sub-document from its argument (u.Update(req), with
u.FeishuToken = req.FeishuToken) makes the document hold the argument's
values. A variable holds what the assignments that reach its use gave it:
an append after a write is not what the write stored. chi's render.Bind, Decode
and DecodeJSON decode the request, and so do go-restful's
Request.ReadEntity, hertz's BindAndValidate and go-zero's httpx.Parse,
ParseJsonBody and ParseForm; a request decoded into a part of a variable
(r.ReadEntity(req.Spec)) makes the variable hold what the client sent. A struct inlined under a named field
(Spec *CreateDomainRequest with bson:",inline") is walked as the
document's own fields, also when it is a parameter the callers fill. A
struct returned by a function that seals its secret fields
(return &Wallet{PrivateKey: sealed}, nil) holds protected values, also
when another return gives nil. A constructor of another package that
puts its struct parameter as it is into a field of the struct it returns
(New(req) *Domain { return &Domain{Meta: NewMeta(), Spec: req} }) passes
the caller's value to the write, under the field's key or inlined; a
field assigned and then sealed in place by a helper given the
variable's address (conn.Password = pw; encryptConnection(&conn)) is
sealed at the write. A field that the function writing the
document sets itself on every path (user.Token = generateKey()) is
judged at that write, not at the callers, whose value never arrives; so
is a field of a parameter that the function seals or hashes before it
copies the field into the document it writes, by a helper given the
parameter (encryptCredential(data) assigning data.Password =
encryptSecret(data.Password)) or by an assignment at the body's top
level (data.Token = digest(data.Token); under an if, the callers' value
still reaches the write on the other path; so it does when the function
clears the field only on some paths: if app.Type != Confidential {
app.Secret = "" }). A package variable that holds a function so
that tests can swap it (var UpdateUser = defaultUpdateUser) calls that
function, in its package and, by fact, in others. A sub-document built in
a variable of its own and assigned into place before the write (src.Minio
= m; st.Source = src) holds what that variable holds, and an array built
by appending to the stored one (keys := append(user.Keys, Key{...}))
holds each element appended. A string formatted from a value named as a
secret (fmt.Sprintf(body, otp), a link with "?token=" + resetToken) stores
that secret under whatever key it is written, and the message names it;
through a wrapper whose key says nothing (a cache's key and value, a
mail's body), what the caller passes decides (SetCache(sessionToken, id)),
also through a type assertion of an interface value (a settings store's
UpdateConfig("emailPassword", emailPassword)). A key-value row names its
value in a sibling field: Setting{Name: "smtp_password", Value: pw} and
AppConfig{ConfigKey: "tencent.secret_key", ValueString: s} store that
secret, and the message says so. An array filled by index (keys[i] =
Key{...}) holds what is stored in it. A value that keeps at most four
characters of a number (ssn[len(ssn)-4:], "###-##-" + last4) masks it,
and a numeric sentinel (PIN: -1) stores nothing. A hash of random bytes,
even mixed with other data (md5(string(b) + email)), is a new token
unless the random value is also kept (returned to the caller, sent).
CSRF tokens, routing numbers, crypto-currency and NFT tokens and fees are
not credentials. A bare "code" key in a method of a repository is read
with the records the receiver keeps, less its storage words: in
AuthCodeRepository it is an authorization code, in
ResetPasswordMongoRepository or PasswordChangeRequests a one-time code,
in CountryRepository or a receiver named only MongoDB nothing. An
IdNumber beside an IdType (or a DocumentNumber beside a DocumentType) is
an identity document's number, and a BVN a personal identifier. A key
that a model of another package of the same module stores a credential
under is read as that credential also when the module's path has no dot
("facebook-bot/models"). $unset, $rename, $inc and the other operators
whose values are not stored write nothing under the fields they name,
and a key set on an update after a write, on a branch the write is not
on, is not what that write stores. A pointer helper (func Ptr(s string)
*string { return &s }) and a function literal called in place return
what their argument holds: a hash stays a hash. A field of the document
a writer was given that it only normalises (strings.TrimSpace,
strings.ReplaceAll, a conversion) is the caller's value, judged at the
callers. A field that a validator requires (it returns an error when the
field is empty, and the writer returns on that error) holds a value at
the write. A key that says nothing is read as the struct field its value
is, when the struct stores that field under that key ({"licenseNumber":
d.LicenseNumber} of a Driver), and a document decoded into holds the
stored form only after the decode. A struct returned by an interface
method holds what one of its implementations in the package, or in the
package declaring the interface, fills (an OAuth provider's tokens). The
otpauth:// URL of a TOTP enrolment is the TOTP secret. A document made
by a JSON round trip (json.Marshal, then json.Unmarshal into a map,
inline or in a helper) holds the value's fields whose JSON keys are
their BSON keys; a helper returning its argument converted (bson.M(m))
passes the document on. Text or bytes that serialize a value
(json.Marshal, protojson, proto, YAML or XML, inline or in a helper,
of a copy made by proto.Clone) hold that value's fields, the secrets
too, under a key that says nothing (a configuration stored as a JSON
string in "spec"): the message names them by the serializer's keys,
and a field the serializer skips (json:"-"), an encryption or a digest
of the text is not reported. A helper that builds a document from a struct
by reflection writes the fields it copies: those a key list selects when
every copy tests the list (SelectFields(doc, set.NewSet("name"))), every
non-empty field when the list only adds keys (alwaysUpdate ||
!isZero(v)), under their json names when it keys them by json tags. A
value read from the request by a constant
name (r.Cookie("session_token"), r.FormValue("api_key"), c.Query("token"))
is what that name says, under a key that says nothing. A map decoded from
the request body and written (var updates map[string]any;
c.ShouldBindJSON(&updates); $set: updates) holds what the client sent
under each sensitive key the function, or a function of the module it
passes the map to for the write, names on it (updates["api_key"] tested,
trimmed or read), unless the function assigns that key (its last
assignment before the write is judged), deletes it on every path to the
write, returns whenever the map has it, or first hands the map to a
function that may change it (one of another module, whose code is not
analyzed, or one whose facts say it sets a key); keys nothing names are
not reported, since nothing says the client sends them.

Found only by the cryptolint command (its whole-program step; go vet and
golangci-lint see one package at a time and do not report them):
interface calls whose MongoDB implementation is in a package the caller
does not import (the service calls Repository.Create, main wires the
MongoDB repository in), also through an instantiated generic interface
to a generic implementation (a query builder's Query[Session].InsertOne
to query[T]), reported at the call with the implementation as
related information (an implementation is a type the program converts to
that interface, or to one it assigns or asserts to it, also when that
one has fewer methods (an IoC container's Object asserted to the service
interface: ioc.Get("domain").(domain.Service)), and, for a named
interface, an implementation the program never converts to any interface:
a MongoDB backend declared beside the one main wires in), also when the
caller first puts its parameter, or a field of it, into a document or a
command struct of its own (config := &Configuration{Policy: in.Policy};
repo.Create(ctx, config)), or fills a []any with the documents it is
given (docs[i] = item) and passes that to an interface's InsertMany,
or passes the text of a document it serialized as a value the
implementation stores under a key that says nothing (a cache's
Set(ctx, key, uBin), uBin from json.Marshal(user));
writes of a document an interface method returned (t, _ :=
token.Get(name).Issue(ctx, scope); col.InsertOne(ctx, t)) whose field an
implementation in another package fills (an issuer registered by its init
that makes the token with token.New), with that implementation as related
information (implementations in the caller's package, and in the
interface's own, are modular); and
exported functions that nothing in the program
calls (a library API, a handler registered by reflection, a method only
tests call) whose parameter is written as one sensitive value, reported at
the write and naming the parameter; exported functions and methods that
write a field of their parameter ($set: {access_token: arg.AccessToken})
and that nothing in the program calls directly, reported at the write
(a call in a test or in generated code does not count: goctl's generated
gRPC server hands the request to the hand-written logic, whose write is
reported, since a finding at the generated call would not be shown)
(where callers exist, the command judges each caller's value of the
field where it is known and does not report the write; go vet and
golangci-lint, without callers in view, report the write);
fields of a document returned by an interface method whose implementation
reads it from the database (repo.GetUserByID), written again unchanged or
copied into the document written (u.Password = existing.Password), which
are the stored form and not reported; and generic code that decodes a
request into a value of its type parameter and writes it (a generic
controller's Put binding JSON into T), judged with the models the program
instantiates it with (NewController[Token]() in the router, through other
generic functions too), reported at the write with the instantiation as
related information. A parameter whose name says it is protected
(hashedPassword, encryptedKey) is not reported this way. A field named as
protected (PasswordHash, EncryptedToken) is not read as a secret, except
when it holds exactly what the client sent (PasswordHash: req.Password):
then the name is wrong and the secret is stored as it came.

Not reported: values produced in the same function by encryption
(cipher.AEAD.Seal, nacl, ClientEncryption.Encrypt) or, for secrets that are
only verified, by a hash of the secret itself (bcrypt, scrypt, argon2,
pbkdf2, HMAC or SHA-2 of a token); keys of a map parameter that the
function sets to an encrypted value before the write (update["credentials"]
= encrypted), for every caller; a value whose own name says where a secret
is kept rather than the secret (PreSharedKeyFile, PasswordPath, TokenEnv);
functions named like Hash, Encrypt or
Seal, unless their body only returns the input or an encoding of it
(base64, hex); types that marshal themselves (MarshalBSON with a value receiver),
except a MarshalBSON that only marshals the type's own fields (a hook that
fills timestamps, then bson.Marshal((*t)(u)) with type t T), whose fields
are read as written;
bson.Binary values; fields covered by a CSFLE schema or Queryable
Encryption map in the same package; fields marked
//cryptolint:protected -- reason on their declaration; values read back
from the database (FindOne(...).Decode(&u), cursor.All, mgo's One and All)
and written again unchanged, which are judged where they were first
written.
A document key that says nothing by itself is read as the sensitive field
that the package's models (or those of the packages it imports) store
under it: {"$set": {"rf": t}} writes a refresh token when a model declares
RefreshToken with the bson key "rf", unless another field of those models
uses the same key for something else; keys of fields that are secret only
in their context (APIKey.Value) and "_id" are not read this way. Hooks an
ODM calls on the document before it writes (qmgo's BeforeInsert, mgm's
Creating, Updating and Saving) count like a method the caller calls: one
that hashes the document's own password protects it on those writes, and
on wrappers of them. A function given a map that puts a hash under one
of its keys (GenerateAndHashOTP(data) setting data["password"]) protects
what the caller's map holds there afterwards, and a call of a function
value named as a hash or encryption (uc.passwordHashFunction(pw), wired
in by main) protects its result.

Also not reported: fields of the types of this project's field-level
encryption module (github.com/cryptolint/cryptolint/fieldcrypt), recognised
by type identity: String and Bytes (AEAD ciphertext bound to collection and
field) and Digest (keyed HMAC-SHA-256 digest).

Fix: store a password hash (Argon2id, scrypt or bcrypt) for passwords, a
keyed digest of tokens and API keys you issue (fieldcrypt.Digest, built with
fieldcrypt.DigestOf), and encrypt what you need back (private keys,
third-party credentials, personal data) with fieldcrypt.String or
fieldcrypt.Bytes, Client-Side Field Level Encryption, Queryable Encryption or
explicit encryption. Changing a field's type changes the stored data:
existing documents need fieldcrypt's migration mode and Reencrypt (see
docs/fieldcrypt.md).`,
	})

	PointerMarshaller = define(Rule{
		ID:       "CL102",
		Analyzer: "plaintextsecret",
		Title:    "pointer-receiver MarshalBSON skipped: value written with the default encoder",
		Severity: High,
		CWE:      312,
		Since:    "v0.1.0",
		Help: `
The type of a document field encodes itself with MarshalBSON or
MarshalBSONValue declared on a pointer receiver, but the document reaches
the driver by value (InsertOne(ctx, doc), v2 InsertMany(ctx, []T), a
struct under $set by value). The driver calls a pointer-receiver
marshaller only on addressable values, so it encodes the field with the
default codec: an "encrypted" type silently stores plaintext.

Fix: pass a pointer (InsertOne(ctx, &doc), []*T), or declare the
marshaller on a value receiver.`,
	})

	PlaintextLookup = define(Rule{
		ID:       "CL103",
		Analyzer: "plaintextsecret",
		Title:    "lookup by a raw sensitive value implies it is stored in plaintext",
		Severity: Medium,
		CWE:      312,
		Since:    "v0.1.0",
		Help: `
A query filter (Find, FindOne, CountDocuments, DeleteOne, ...) matches a
sensitive field (reset token, API key, SSN) against a raw value: it can only
find the document if the database stores that value as is.

Not reported for fields covered by CSFLE deterministic encryption or
Queryable Encryption equality in the same package, where querying by the
raw value is correct, nor for values hashed in the same function.

Not reported either for a fieldcrypt.Digest in the filter
(bson.M{"reset_token": fieldcrypt.DigestOf(presented)}).

Fix: store the token as a fieldcrypt.Digest (or another keyed hash) and look
up by the digest of the presented value:
FindOne(ctx, bson.M{"reset_token": fieldcrypt.DigestOf(presented)});
encrypt identifiers with Queryable Encryption, or keep a fieldcrypt.Digest
of the normalised identifier beside its fieldcrypt.String as a blind index.`,
	})

	DigestOfKey = define(Rule{
		ID:       "CL104",
		Analyzer: "plaintextsecret",
		Title:    "key material declared as a one-way fieldcrypt.Digest",
		Severity: Medium,
		CWE:      0,
		Since:    "v0.2.0",
		Help: `
A struct field whose name says it holds key material that the program must
use in plaintext (a private, signing or encryption key, an OTP seed, a
webhook secret) is declared as fieldcrypt.Digest. A digest is one-way: what
is stored can be compared with a presented value but never read back, so the
key is lost when the document is written. Only this category is reported:
passwords, tokens, API keys and identifiers are often only verified or
looked up (a Digest is right for them, and a Digest of an identifier is a
blind index).

The type is matched by identity (package github.com/cryptolint/cryptolint/fieldcrypt,
type Digest), through pointers, slices and arrays.

Fix: declare the field as fieldcrypt.Bytes or fieldcrypt.String, which are
encrypted and can be decrypted. No automatic fix: a different type changes
the stored data and the code that builds the value (DigestOf).`,
	})
)
