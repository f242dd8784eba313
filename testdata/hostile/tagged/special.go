//go:build special

package tagged

// Reported only with -tags special.
const Special = "mongodb://special.example.com/app"
