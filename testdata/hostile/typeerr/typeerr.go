// Package typeerr parses but does not type-check.
package typeerr

const URI = "mongodb://type.example.com/app"

var x int = "not an int"
