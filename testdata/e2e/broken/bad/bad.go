// Package bad does not type-check.
package bad

const URI = "mongodb://db.example.com/app"

func f() int { return "not an int" }
