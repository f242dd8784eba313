// Package b imports a, which imports b.
package b

import _ "example.com/hostile/cycle/a"
