// Package e2e holds fieldcrypt's end-to-end tests: the v2 driver against
// FerretDB v1 with its SQLite backend, started inside the test process.
// It is a module of its own so that FerretDB and SQLite, needed only by
// these tests, stay out of the dependency graph of fieldcrypt's users.
package e2e
