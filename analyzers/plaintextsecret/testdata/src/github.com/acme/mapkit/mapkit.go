// Package mapkit stands for a helper module whose code the analysis of
// another module does not see: what it does to a map is unknown there.
package mapkit

// Prepare fills defaults in a request map.
func Prepare(m map[string]any) {
	if _, ok := m["role"]; !ok {
		m["role"] = "member"
	}
}
