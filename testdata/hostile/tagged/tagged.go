// Package tagged has files for build tags.
package tagged

const Default = "mongodb://localhost/app"
