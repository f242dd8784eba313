package configured

// Fixture is in a file the configuration turns mongotls off for.
const Fixture = "mongodb://fixture.example.com/app"
