// Package suitewide holds cases that depend on the suite-wide settings,
// set through other analyzers' flags: the sensitive word "door code"
// (-plaintextsecret.names=door code:password) and the driver fork
// example.com/mongofork (-mongotls.drivers).
package suitewide

import (
	"crypto/sha256"
	"crypto/tls"

	"example.com/mongofork/mongo/options"
)

func hashDoorCode(doorCode string) [32]byte {
	return sha256.Sum256([]byte(doorCode)) // want `sha256\.Sum256 hashes password-named input doorCode: SHA-256 is a fast hash, so stolen hashes of ordinary passwords are cracked at billions of guesses per second; hash passwords with argon2\.IDKey, scrypt\.Key or bcrypt\.GenerateFromPassword \(CL306\)`
}

func forkClient() *options.ClientOptions {
	cfg := &tls.Config{InsecureSkipVerify: true} // want `tls\.Config InsecureSkipVerify: true \(given to the MongoDB client's SetTLSConfig\) accepts any certificate for any host name, so the connection can be intercepted; remove it and trust the server's CA with RootCAs, or verify the peer in VerifyConnection \(CL317\)`
	return options.Client().SetTLSConfig(cfg)
}
