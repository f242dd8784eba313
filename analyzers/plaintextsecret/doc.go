// Package plaintextsecret defines an Analyzer that reports sensitive data
// written to MongoDB without encryption.
//
// # Analyzer plaintextsecret
//
// plaintextsecret: report secrets and personal data written to MongoDB in plaintext
//
// The analyzer finds the documents that Go code writes to MongoDB through
// the official driver (v1 and v2, and forks named with -plaintextsecret.drivers)
// and the libraries built on it (qmgo, mgm, mgo): inserts, replacements,
// updates ($set, $setOnInsert, $push, ...), write models, RunCommand and
// GridFS metadata. It walks each document as the driver encodes it (bson
// tags, inline and embedded structs, pointers, slices, generic types) and
// reports, once per write:
//
//   - CL101: fields and keys whose names say they hold a secret or a
//     personal identifier (password, api_key, PasswordResetToken, ssn,
//     card_number; see internal/names) with a value nothing protects;
//   - CL102: a field whose type marshals itself through a pointer-receiver
//     MarshalBSON but reaches the driver by value, so the driver writes it
//     with the default encoder;
//   - CL103: a query filter that matches a sensitive field against a raw
//     value, which implies the field is stored raw;
//   - CL104: a struct field named for key material (a private, signing or
//     encryption key, an OTP seed) declared as the one-way fieldcrypt.Digest,
//     reported at its declaration.
//
// A function or method that passes one of its parameters on to a write
// is itself a write for its callers, across packages (an analysis fact):
// the finding is reported at the outermost call, where the value is known,
// with related positions along the way. An interface call is followed
// to the implementations declared in the same package. The analyzer's
// result is a summary of the package for the cryptolint command's
// whole-program step, which follows interface calls to implementations in
// packages the caller does not import and reports the parameters of
// exported functions that nothing in the program calls (program.go), and
// generic code that writes a request decoded into its type parameter,
// judged with the types the program instantiates it with (generic.go); go
// vet and golangci-lint do not run that step. An interface call reaches
// the types the program converts to that interface. Values are protected when the
// same function produces them by encryption or, for secrets that are only
// verified, by hashing the secret (bcrypt, scrypt, argon2, pbkdf2, HMAC,
// SHA-2), or by a function whose name says it hashes, encrypts or seals;
// fieldcrypt's String, Bytes and Digest (github.com/cryptolint/cryptolint/fieldcrypt,
// matched by type identity), types that marshal themselves (but not a
// MarshalBSON that only marshals the type's own fields), bson.Binary values, fields covered by a
// CSFLE or Queryable Encryption map in the package, and fields marked
// //cryptolint:protected -- reason are not reported.
//
// A finding is about a value that is in the field on that path: a literal
// or an assignment before the write (assignments after it, such as a secret
// blanked for the response, do not count), input decoded from a request
// (also when it replaces a part of a stored document), or a method called
// on the document that fills the field after the last assignment. A
// method protects a field only when it hashes, encrypts or clears it on
// every path (not in one case of a switch, and a clearing guarded by a test
// of the field itself is a default). Documents copied element by element
// into a []any, variadic document parameters and function literals held
// by package variables (a command's RunE) are followed.
//
// Locations are named by an object and a typed access path
// (internal/flow.Path: fields, with the embedded ones a promoted selector
// skips, document-map keys), and values are judged on a lattice
// (internal/flow.Value: empty, constant, hashed, encrypted, trusted,
// stored, generated, param, input, plain) whose joins are unions; the
// related information of a finding says where the value comes from.
//
// Test files and generated files are skipped unless -plaintextsecret.tests
// is set. -plaintextsecret.names and -plaintextsecret.ignore add and remove
// sensitive words; -plaintextsecret.sinks and -plaintextsecret.protectors
// name functions of your own.
package plaintextsecret
