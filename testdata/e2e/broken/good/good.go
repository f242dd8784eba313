// Package good type-checks and has one finding.
package good

const URI = "mongodb://db.example.com/app"
