// Package legacy still runs on the v1 driver.
package legacy

import (
	"context"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// ldapURI authenticates with LDAP (PLAIN) over a connection without TLS.
const ldapURI = "mongodb://svc-legacy@mongo-legacy.corp.example.com/?authMechanism=PLAIN&authSource=$external"

// Connect opens the legacy database.
func Connect(ctx context.Context) (*mongo.Client, error) {
	return mongo.Connect(ctx, options.Client().ApplyURI(ldapURI))
}

// ConnectArchive reaches the archive over an SRV record: TLS by default.
func ConnectArchive(ctx context.Context) (*mongo.Client, error) {
	return mongo.Connect(ctx, options.Client().ApplyURI("mongodb+srv://archive.shop-prod.example.com/archive"))
}

// ConnectStaging is a reviewed exception: the staging cluster is reachable
// only through the VPN and is being migrated.
func ConnectStaging(ctx context.Context) (*mongo.Client, error) {
	//cryptolint:ignore CL201 -- staging is VPN-only until the migration (OPS-1234)
	return mongo.Connect(ctx, options.Client().ApplyURI("mongodb://staging.shop.example.com:27017/shop"))
}
