package db

// Test files are skipped unless -mongotls.tests is set.
const testURI = "mongodb://db.example.com/test"
