// Package syntaxerr does not parse.
package syntaxerr

const URI = "mongodb://syntax.example.com/app"

func broken( {
