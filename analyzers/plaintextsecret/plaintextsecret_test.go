package plaintextsecret_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"

	"github.com/cryptolint/cryptolint/analyzers/plaintextsecret"
	"github.com/cryptolint/cryptolint/internal/testutil"
)

func TestV2(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "a")
}

// TestWrappers follows parameters through repository methods, a generic
// helper and a service, across packages, to the outermost call.
func TestWrappers(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), programMode(t), "wrap/...")
}

// TestPointerMarshaller covers CL102: pointer-receiver marshallers skipped
// on values, and run on pointers and slices of pointers.
func TestPointerMarshaller(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "pitfall")
}

func TestV1(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "v1driver")
}

// TestLibraries covers qmgo, mgm (its own methods and the driver's,
// promoted through embedding) and mgo (variadic Insert, bare tags, DocElem).
func TestLibraries(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "libs")
}

// TestCSFLE checks that fields a CSFLE schema map or a Queryable
// Encryption map covers are not reported, by JSON constant or bson literal.
func TestCSFLE(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "csfle")
}

func TestEdgeCases(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "edge")
}

// TestFlags checks the user's words, sinks and protectors.
func TestFlags(t *testing.T) {
	a := plaintextsecret.New()
	for k, v := range map[string]string{
		"names":      "member number:personalid",
		"ignore":     "pin",
		"sinks":      "flags.Save:1",
		"protectors": "flags.wrap",
	} {
		if err := a.Flags.Set(k, v); err != nil {
			t.Fatal(err)
		}
	}
	analysistest.Run(t, analysistest.TestData(), a, "flags")
}

// TestBadFlags checks that wrong flag values are refused with a message
// that says what is wrong.
func TestBadFlags(t *testing.T) {
	for _, tc := range []struct{ flag, value, want string }{
		{"sinks", "Save:1", `"Save" is not a full function name`},
		{"sinks", "example.com/db.Save:x", `invalid argument index in "example.com/db.Save:x"`},
		{"drivers", "bad path", `invalid module path "bad path"`},
		{"names", "member number:nosuchcategory", `unknown category "nosuchcategory"`},
	} {
		err := plaintextsecret.New().Flags.Set(tc.flag, tc.value)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("-%s=%s: error %v, want %q", tc.flag, tc.value, err, tc.want)
		}
	}
	// Word lists that contradict each other are reported when the analyzer
	// runs, naming both flags.
	a := plaintextsecret.New()
	if err := a.Flags.Set("names", "badge number"); err != nil {
		t.Fatal(err)
	}
	if err := a.Flags.Set("ignore", "badge number"); err != nil {
		t.Fatal(err)
	}
	res := analysistest.Run(&testutil.Quiet{T: t, Failures: true}, analysistest.TestData(), a, "flags")
	var cause error
	for _, r := range res {
		if err := rootCause(r.Action); err != nil {
			cause = err
		}
	}
	const want = `-plaintextsecret.names/-plaintextsecret.ignore: "badge number" is both added (as "badge number") and ignored`
	if cause == nil || cause.Error() != want {
		t.Errorf("contradicting -names and -ignore: error %v, want %q", cause, want)
	}
}

// rootCause returns the first error of an action or its dependencies that
// is not only a failed prerequisite.
func rootCause(act *checker.Action) error {
	if act == nil || act.Err == nil {
		return nil
	}
	for _, d := range act.Deps {
		if err := rootCause(d); err != nil {
			return err
		}
	}
	return act.Err
}

// TestRealDrivers runs the analyzer on a module that type-checks against
// the real go.mongodb.org/mongo-driver v1.17.10 and v2.10.0. analysistest
// loads it offline, so testutil.RunModule downloads the modules first.
func TestRealDrivers(t *testing.T) {
	testutil.RunModule(t, "realdriver", plaintextsecret.New())
}

// TestHelperDocuments follows documents built by helper functions and
// methods (ToBSON), across packages, judging their values in the caller.
func TestHelperDocuments(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "docs/...")
}

// TestReadBack checks that documents read back from the database and
// written again are the stored form, unless the function replaces a value.
func TestReadBack(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "readback")
}

// TestRoundTrip follows documents encoded with bson.Marshal before the
// write.
func TestRoundTrip(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "roundtrip")
}

// TestInterfaceInPackage follows interface calls to the implementations
// declared in the same package (the modular part of interface dispatch;
// implementations elsewhere need the command's whole-program step,
// cmd/cryptolint TestWholeProgram).
func TestInterfaceInPackage(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "iface")
}

// TestFork checks that a fork of the driver published under a module path
// ending in mongo-go-driver is recognised without -drivers.
func TestFork(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "fork")
}

// TestConstructors covers documents made by constructors (a field filled
// on every path is held; a field nothing fills is not), generators that
// hash random bytes, parameters converted before the write, and a
// password hashed in place by a function given the document.
func TestConstructors(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "ctor")
}

// TestSelectFields covers documents built by reflection from a model,
// keeping the fields a set of keys names, through two wrappers.
func TestSelectFields(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "selectfields")
}

// TestNamesInContext covers fields that are secrets only in context (a
// Certificate's Key, a Code beside Email and ExpiresAt, a list of tokens)
// and fields whose context says they are not (a CacheEntry's Key, a
// Country's Code, an HSM token, a lexer's Token, an ArangoDB _key).
func TestNamesInContext(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "namectx")
}

// TestSubField covers a field of a parameter passed on to a wrapper that
// writes it (cfg.Storage), one and two levels down, with callers that
// fill the field, leave it empty, or fill only fields not written.
func TestSubField(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "subfield")
}

// TestPackageVariables covers a settings group kept in another package's
// variable, filled here and written through a reflective helper assigned
// to a local before the write.
func TestPackageVariables(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "pkgvar/...")
}

// TestInputWrappers covers the program's own helpers that decode a
// request body into their parameter (ParseJSON(r, &v)), through another
// package and a wrapper of the wrapper.
func TestInputWrappers(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "inputwrap/...")
}

// TestMethodFills covers secrets a document's own methods set before the
// write: on a new literal, on a document read back, through a Validate
// that clears on one path and fills on another.
func TestMethodFills(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "methodfill")
}

// TestConfigFile checks the settings of TestFlags given by a
// .cryptolint.yaml instead, a nested file that adds a word and excludes a
// file, and that the file's words are kept when a flag adds more.
func TestConfigFile(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "configured/...")
	a := plaintextsecret.New()
	if err := a.Flags.Set("names", "badge"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "configured/...")
}

// TestTestdataTypeChecks keeps the test packages well-typed: the analyzer
// runs despite type errors, so a stub lacking a method would otherwise
// make a test pass that checks nothing.
func TestTestdataTypeChecks(t *testing.T) {
	testutil.TypeCheckTestdata(t, analysistest.TestData())
}

// TestPackageLiterals covers writes in function literals held by package
// variables.
func TestPackageLiterals(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "pkglit")
}

// TestSliceCopies covers documents copied into a []any, generic helpers,
// variadic parameters and transaction closures.
func TestSliceCopies(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "slicecopy")
}

// TestFieldcrypt checks that fieldcrypt's types protect by type identity
// (look-alikes of another package do not) and that key material declared
// as a one-way Digest is reported (CL104).
func TestFieldcrypt(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "fieldcryptuse")
}

// TestLongChain covers a wrapper chain longer than ten calls declared
// caller-first: the facts must not depend on declaration order.
func TestLongChain(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "chain")
}

// TestEmbeddedPaths: locations are typed access paths, so a field promoted
// from an embedded struct, or held by an inline struct, is the same
// location under every spelling.
func TestEmbeddedPaths(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "embedpath")
}

// TestBoxing: a generic service that boxes its model into an interface
// before the write (any(&model).(Model)) writes what its caller passes.
func TestBoxing(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "boxing")
}

// TestParamFields: a parameter's field is judged at the package's callers,
// or at the write when nothing in the package calls the function.
func TestParamFields(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), programMode(t), "paramfield")
}

// TestKeyAliases: a key that says nothing by itself ("rf") is read as the
// sensitive field stored under it, unless a field uses it for something
// else; a third-party password hash (simple-scrypt) protects.
func TestKeyAliases(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "keyalias/...")
}

// TestUpdateOperators: $unset and $rename store nothing under the fields
// they name; a key assigned to an update after a write, on a branch the
// write is not on, is not what it stores.
func TestUpdateOperators(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "updateops")
}

// TestRecordContext: a bare "code" in a repository's method is read with
// the records the repository keeps; an IDNumber with the IDType beside it;
// a pointer helper and a function literal called in place pass on what
// their argument holds.
func TestRecordContext(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "recordctx")
}

// TestJSONRoundTrip: a document made by json.Marshal then json.Unmarshal
// into a map holds the struct's fields, read by BSON's keys when JSON's
// agree.
func TestJSONRoundTrip(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "jsonrt")
}

// TestPackageContext: a bare Code is read with its package's name
// (verification) when a sibling names whom it belongs to; not in a
// login package's response, nor a referral's shared code.
func TestPackageContext(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "pkgctx/verification", "pkgctx/login", "pkgctx/referral")
}

// TestBuilders: bson.D documents built by append, and helpers that add a
// key to the caller's document (in another package, by fact).
func TestBuilders(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "builders")
}

// TestSliceResults: a function returning a slice of literals that fill a
// token fills it in its callers' documents; not when an element lacks it
// or the token is hashed.
func TestSliceResults(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "sliceresult")
}

// TestCodecInput: a codec package's Decode of a request body is input; a
// wrapper's parameter reassigned only after the write is still passed on.
func TestCodecInput(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "codecinput")
}

// TestValueParams: a struct parameter passed by value and hashed into the
// function's own copy before the write is replaced for its callers; a
// parameter assigned into a sub-document of the document written
// (a.Tokens.Reset = token) is judged at the callers.
func TestValueParams(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "valueparam")
}

// TestGetters: a protobuf-style getter of a parameter's field is that
// field, judged at the callers.
func TestGetters(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "getters")
}

// TestODMHooks: qmgo's BeforeInsert hook that hashes the document's own
// field protects it on qmgo inserts, and on wrappers of them.
func TestODMHooks(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "odmhooks")
}

// programMode returns the analyzer as the command runs it, with its
// whole-program step (-program).
func programMode(t *testing.T) *analysis.Analyzer {
	a := plaintextsecret.New()
	if err := a.Flags.Set("program", "true"); err != nil {
		t.Fatal(err)
	}
	return a
}

// TestMultipleResults: a helper returning plain and hashed codes; slices
// filled element by element.
func TestMultipleResults(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "multiresult")
}

// TestLibraryFilled: an *oauth2.Token returned by the library holds its
// tokens; one the program builds holds what it sets.
func TestLibraryFilled(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "libfilled")
}

// TestClaimedProtection: a field named as a hash that holds exactly what
// the client sent, or a new random token made in another package.
func TestClaimedProtection(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "claimed", "claimed/tokengen")
}

// TestSerialized: a document written out as text or bytes (json.Marshal,
// protojson through a helper of another package, a proto.Clone through a
// repository interface) and stored under a key that says nothing holds
// the secrets of what it serializes, named by the serializer's keys; JSON
// that skips the secret, ciphertext or a digest of the text, text holding
// other values, and a serialized value whose secret nothing sets are not
// reported.
func TestSerialized(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "serialized/...")
}

// TestFuncVars: package variables holding a function (var UpdateUser =
// defaultUpdateUser) call it, in their package and in others by fact.
func TestFuncVars(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "funcvar/...")
}

// TestRPC: the request of a method that serves a generated gRPC interface
// is what the client sent; a method of the same shape that serves no
// generated interface has its request judged at its callers (as the
// command judges parameters' fields).
func TestRPC(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), programMode(t), "rpc/...")
}

// TestSubParts: sub-documents built in variables of their own and
// assigned into the document before the write.
func TestSubParts(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "subparts")
}

// TestEmbedded: secrets formatted into other strings (e-mail bodies,
// links) are stored with them.
func TestEmbedded(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "embedded")
}

// TestReceiverCopies: a method that copies its parameter's fields into the
// receiver's sub-document before writing it stores what its caller passed.
func TestReceiverCopies(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "recvcopy")
}

// TestMasking: the last four digits of a number, sentinels and strings
// assembled from constants are judged by what they keep.
func TestMasking(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "masking")
}

// TestEntityRepository: a generic repository writes an entity interface
// through the entity's own ToBson, which each entity implements by
// re-encoding itself; the callers' entities are what is stored.
func TestEntityRepository(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "entityrepo/helpers", "entityrepo/entity", "entityrepo/repository", "entityrepo/usecase")
}

// TestResolvers covers GraphQL resolvers that gqlgen's generated executor
// calls: their arguments are what the client sent, so a resolver passing
// one to a service that stores it is reported at the resolver; a resolver
// that hashes first, and a method of the same shape that serves no
// resolver interface, are not.
func TestResolvers(t *testing.T) {
	a := plaintextsecret.New()
	if err := a.Flags.Set("program", "true"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "resolver/...")
}

// TestMapKeys: a library function that puts a hash under a key of the
// caller's map replaces what the caller's map held there; one that only
// copies the key, or stores a constant, does not.
func TestMapKeys(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "mapkeys/...")
}

// TestAudit: a document kept as an interface{} value of an audit entry is
// judged by what the caller put there.
func TestAudit(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), programMode(t), "audit")
}

// TestMapper: a constructor that copies fields of a struct parameter (an
// entity-to-model mapper) passes the question of what they hold to the
// callers of the function that calls it with its own parameter.
func TestMapper(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "mapper")
}

// TestConvert: a struct conversion of a parameter's part
// (S3Storage(cfg.StoragePolicy.S3)) keeps its fields by name, so the
// callers' values are what is stored, under the converted type's keys.
func TestConvert(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), programMode(t), "convert/...")
}

// TestSelfReference: a method returning its receiver as it is
// (u.GetValue()) writes the document itself.
func TestSelfReference(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "selfref")
}

// TestAppendedPart: an element appended to a document's slice before the
// write, built from a parameter, holds what the callers passed.
func TestAppendedPart(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "appendpart")
}

// TestSubReplaced: a helper that hashes a field of the embedded part it
// writes (through a pointer field) replaces the callers' value, also
// through a wrapper and an interface.
func TestSubReplaced(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), programMode(t), "subreplace")
}

// TestBinder: a request binder's methods (fiber v3's c.Bind().Body(&v))
// decode the request.
func TestBinder(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "fiberbind")
}

// TestTransparentMarshaller: a MarshalBSON that marshals the type's own
// fields (a timestamp hook) writes them as they are, across packages by
// a fact; one that hashes or leaves out a field still protects it.
func TestTransparentMarshaller(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "transparent/...")
}

// TestNormalisedCopy: a copy of a parameter or receiver whose sensitive
// fields are only normalised holds what the caller passed.
func TestNormalisedCopy(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), programMode(t), "normcopy")
}

// TestGoZero covers go-zero's stores as goctl's models use them:
// mon.Model's embedded collection, its FindOne that decodes into its
// second argument (read back, not a write of new values), and monc.Model's
// cached methods, whose cache key comes before the document or filter.
func TestGoZero(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "gozero")
}

// TestRealGoZero runs the go-zero cases on the real go-zero v1.9.4 module
// (mon and monc on mongo-driver v2), against the stubs' drift.
func TestRealGoZero(t *testing.T) {
	testutil.RunModule(t, "realgozero", plaintextsecret.New())
}

// TestAppendedFilters: filters and documents built by appending, to a
// bson.D and to an array of documents ($or's alternatives, InsertMany's
// documents).
func TestAppendedFilters(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "appendfilter")
}

// TestIDTokens: a token stored or looked up as the document's _id is
// read by the value's name ({"_id": token}); an identifier is not, nor a
// digest.
func TestIDTokens(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "idtoken")
}

// TestSealedResult: a method returning a struct whose secret fields it
// sealed with an encryptor of another package protects them in the
// caller's document; the same struct filled with the plain seed does not.
func TestSealedResult(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "sealedresult/...")
}

// TestRestBind: go-restful's Request.ReadEntity, go-zero's httpx.Parse
// and ParseJsonBody, and hertz's BindAndValidate decode the request;
// the same frameworks' encoders (WriteEntity, OkJsonCtx, JSON) do not.
func TestRestBind(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "restbind")
}

// TestWrapCtor: a constructor of another package that puts its struct
// parameter as it is into a field of the document it returns (inlined or
// under a key) passes the caller's value to the write; the callers'
// values decide: decoded from the request, made empty, or hashed first.
func TestWrapCtor(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "wrapctor/...")
}

// TestSealHelper: a field sealed in place by a helper given the
// variable's address after it was assigned holds the sealed value at the
// write, also through a constructor wrapping the variable; assigned after
// the helper, the caller's value is written.
func TestSealHelper(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "sealhelper/...")
}

// TestDecorator: an interface call on an unexported field that the
// package only ever sets to one concrete type goes to that type's method
// (an encrypting decorator around the MongoDB store); a field set to the
// MongoDB store, or to either of two stores, reaches the write.
func TestDecorator(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "decorator")
}

// TestGrove: grove's MongoDB driver writes the model given to NewInsert
// and NewUpdate and matches Filter's document; a typed nil model writes
// nothing of its own, and hashed tokens are protected.
func TestGrove(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "grove")
}

// TestClearedSecret: a writer that clears a parameter's secret under an
// if leaves the caller's secret on the other path; cleared on every path,
// none is written.
func TestClearedSecret(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "clearedsecret")
}

// TestFieldConstants reads document keys named by constants: a generated
// field constant (CredentialUsername = "username") by its key in its
// owner, another constant (refreshTokenKey = "rt") by its own name.
func TestFieldConstants(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "fieldconst")
}

// TestUpdateBuilders follows a caller's document into the result of a
// helper that puts it under an update operator or a key (bson.M{"$set":
// set}); $unset's values are not stored.
func TestUpdateBuilders(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "updatebuilder")
}

// TestConstructorVariable reads a document a constructor made and the
// function changed (t := newToken(s); t.Scope = ...; return t): the
// fields the constructor fills stay filled unless the function assigns
// them.
func TestConstructorVariable(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "ctorvar")
}

// TestSubStructConstructors reads what a constructor fills in the
// sub-structs of what it returns (Credential: NewRandomCredential(), a
// nested literal) at a write in another package, and leaves out a
// sub-struct left without a secret or assigned again.
func TestSubStructConstructors(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "subctor/...")
}

// TestCallerFieldContext judges, at a caller, the fields a store
// interface's MongoDB implementation writes in the context of the
// caller's struct (an AuthorizationCode's Code), reads a device flow's
// UserCode as its one-time code, and the Key of a key and value pair as
// the entry's name.
func TestCallerFieldContext(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), programMode(t), "paramctx")
}

// TestMethodCopies follows a sub-document that a method of the document
// copies from its argument (u.Update(req) with u.FeishuToken =
// req.FeishuToken) to the write: to the callers when the argument is a
// parameter, to the request body when it was decoded in the function,
// and not when the stored value is put back or nothing is copied.
func TestMethodCopies(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "methodcopy")
}

// TestContextValues reads a value a middleware put in the request context
// (context.WithValue under a constant or a type key) as what it put there:
// a user read from the database is written back as the stored form, one
// decoded from the request body is plaintext.
func TestContextValues(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "ctxvalue")
}

// TestConnect: the message of a Connect handler's *connect.Request is what
// the client sent (connect-go's handler decodes it and is the only
// caller), read through Msg and its getters, in closures, and through a
// repository interface.
func TestConnect(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), programMode(t), "connectsvc/...")
}

// TestInputMaps: a map decoded from the request and written holds what
// the client sent under each sensitive key the handler names, unless the
// handler assigns it, deletes it on every path, or refuses the request
// when it is there.
func TestInputMaps(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "inputmap")
}
