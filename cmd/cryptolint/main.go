// Command cryptolint reports cryptographic failures in Go code that stores
// data in MongoDB: secrets written in plaintext, connections without TLS,
// and weak or misused cryptographic primitives.
//
// Usage:
//
//	cryptolint [flags] [packages]     (default ./...)
//	go vet -vettool=$(which cryptolint) [packages]
//
// Run cryptolint -help for the flags, -rules for the rule table.
package main

import (
	"os"

	"github.com/cryptolint/cryptolint"
	"github.com/cryptolint/cryptolint/internal/cli"
)

func main() {
	os.Exit(cli.Main(cryptolint.Analyzers, os.Args[1:], os.Stdout, os.Stderr))
}
