// Package inner is below a malformed .cryptolint.yaml.
package inner

//cryptolint:ignore CL201
const URI = "mongodb://db.example.com/app"
