// Package empty has no code at all.
package empty
