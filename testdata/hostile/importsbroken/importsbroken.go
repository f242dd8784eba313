// Package importsbroken depends on a package that does not type-check: it
// cannot be analyzed either, and must be named, not skipped silently.
package importsbroken

import _ "example.com/hostile/typeerr"

const URI = "mongodb://dependent.example.com/app"
