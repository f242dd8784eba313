// Package mgo holds mongotls cases for gopkg.in/mgo.v2 and qmgo.
package mgo

import (
	"context"

	"github.com/qiniu/qmgo"
	mgo "gopkg.in/mgo.v2"
)

func dial() {
	mgo.Dial("mongodb://mgo.example.com/app")                                                                    // want `mongodb URI "mongodb://mgo\.example\.com/app" connects to public host mgo\.example\.com without TLS; add tls=true or set a TLS config on the client options \(gopkg\.in/mgo\.v2 cannot enable TLS from a URI: dial through DialInfo\.DialServer with tls\.Dial\) \(CL201\)`
	mgo.DialWithInfo(&mgo.DialInfo{Addrs: []string{"mgo.example.com"}, Username: "app", Password: "mgo-secret"}) // want `mgo\.DialInfo\.Password is a hard-coded string; read the password from the environment or a secret store \(CL205\)`
}

func open(ctx context.Context) {
	qmgo.Open(ctx, &qmgo.Config{Uri: "mongodb://qmgo.example.com/app", Database: "app"}) // want `mongodb URI "mongodb://qmgo\.example\.com/app" connects to public host qmgo\.example\.com without TLS`
	qmgo.Open(ctx, &qmgo.Config{Uri: "mongodb://qmgo.example.com/app?tls=true", Database: "app"})
}
