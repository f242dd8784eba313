// Package db has only correct connection strings.
package db

// URIs that are fine: TLS on, SRV, loopback, a placeholder password.
const (
	Prod  = "mongodb://db.example.com/app?tls=true"
	SRV   = "mongodb+srv://cluster0.example.mongodb.net/app"
	Local = "mongodb://localhost:27017/app"
	Docs  = "mongodb://app:<password>@db.example.com/app?tls=true"
)
