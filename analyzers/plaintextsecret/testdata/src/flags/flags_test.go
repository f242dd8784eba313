package flags

import "go.mongodb.org/mongo-driver/v2/bson"

// Reported only with -tests.
var testDoc = bson.M{"password": "x"}
