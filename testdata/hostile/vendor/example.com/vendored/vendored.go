// Package vendored is under vendor/: ./... does not include it.
package vendored

const URI = "mongodb://vendored.example.com/app"
