// Package model declares the documents.
package model

type User struct {
	Email    string `bson:"email"`
	Password string `bson:"password"`
	// The vault service encrypts it before the repository sees it.
	//
	//cryptolint:protected -- encrypted by the vault service (ADR-12)
	SSN string `bson:"ssn"` // want SSN:"protected"
}
