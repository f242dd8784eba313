// Package lint is in a nested module, which ./... does not include.
package lint

const URI = "mongodb://db.example.com/app"
