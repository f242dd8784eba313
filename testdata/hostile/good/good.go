// Package good type-checks and has a finding: it must be reported even
// though other packages of the module are broken.
package good

const URI = "mongodb://good.example.com/app"
