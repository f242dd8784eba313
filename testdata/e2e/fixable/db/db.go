// Package db has findings with mechanical fixes.
package db

// URIs with suggested fixes.
const (
	Orders   = "mongodb://orders.example.com/shop"
	Reports  = "mongodb://reports.example.com/r?w=majority&tls=false"
	Audit    = "mongodb://audit.example.com/?tls=true&tlsInsecure=true"
	Invoices = "mongodb://invoices.example.com/?tlsInsecure=true"
)
