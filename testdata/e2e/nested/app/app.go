// Package app is in the outer module.
package app

const URI = "mongodb://db.example.com/app?tls=true"
