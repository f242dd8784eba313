//go:build ignore

package tagged

// Never built, never reported.
const Ignored = "mongodb://ignored.example.com/app"
