// Package db connects to MongoDB.
package db

// Local is reported (CL202, high) because the configuration asks for
// loopback hosts.
const Local = "mongodb://localhost:27017/dev"

// Public is reported under any configuration (CL201).
const Public = "mongodb://db.example.com/app"
