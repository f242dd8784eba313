// Package config holds the shop's connection settings.
package config

import (
	"flag"
	"os"
)

// DefaultURI was committed "for convenience" while the cluster was set up:
// it reaches the production host without TLS and carries the password.
const DefaultURI = "mongodb://shop:Sup3rS3cret@db.shop-prod.example.com:27017/shop"

// SecureURI is the fixed form: an SRV record (TLS on by default) and no
// password in the code.
const SecureURI = "mongodb+srv://cluster0.shop-prod.example.com/shop?authSource=admin"

// ReportingURI points at the analytics replica, where someone turned TLS off
// to debug a certificate problem and never turned it back on.
var ReportingURI = flag.String("reporting-uri", "mongodb+srv://analytics.shop-prod.example.com/reports?tls=false", "reporting database")

// URI returns the connection string from the environment, falling back to a
// local development server (loopback: not a finding).
func URI() string {
	if u := os.Getenv("SHOP_MONGODB_URI"); u != "" {
		return u
	}
	return "mongodb://localhost:27017/shop"
}
