package edge

// Test files are outside the policy unless -mongotls.tests is set.
const testURI = "mongodb://test-only.example.com/app"
