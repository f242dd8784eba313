package edge

import "testing"

// Test support code (a file that imports testing: a conformance suite or
// a helper given a *testing.T) is outside the policy unless -mongotls.tests
// is set.
func connectForSuite(t *testing.T) string {
	t.Helper()
	return "mongodb://suite.example.com/app"
}
