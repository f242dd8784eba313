// Package edge holds mongotls cases that a matcher by spelling gets wrong:
// dot imports, renamed imports, aliases, function values, generics, named
// string types, constants built from constants, raw and escaped literals.
package edge

import (
	"crypto/tls"

	"go.mongodb.org/mongo-driver/v2/mongo"
	. "go.mongodb.org/mongo-driver/v2/mongo/options"
	mopts "go.mongodb.org/mongo-driver/v2/mongo/options"
)

type (
	Opts = mopts.ClientOptions
	Cred = mopts.Credential
)

func dotImport(cfg *tls.Config) {
	mongo.Connect(Client().ApplyURI("mongodb://dot.example.com/app").SetTLSConfig(cfg))
	mongo.Connect(Client().ApplyURI("mongodb://dot2.example.com/app")) // want `mongodb URI "mongodb://dot2\.example\.com/app" connects to public host dot2\.example\.com without TLS; add tls=true or set a TLS config on the client options \(CL201\)`
}

func alias(cfg *tls.Config) {
	var o *Opts = mopts.Client()
	o.ApplyURI("mongodb://alias.example.com/app")
	o.SetTLSConfig(cfg)
	_ = Cred{Username: "app", Password: "hunter2"} // want `options\.Credential\.Password is a hard-coded string; read the password from the environment or a secret store \(CL205\)`
}

func funcValue() {
	apply := mopts.Client().ApplyURI
	apply("mongodb://fv.example.com/app") // want `mongodb URI "mongodb://fv\.example\.com/app" connects to public host fv\.example\.com without TLS`
}

func connect[T ~string](uri T) *mongo.Client {
	c, _ := mongo.Connect(mopts.Client().ApplyURI(string(uri)))
	return c
}

func useGeneric() { connect("mongodb://gen.example.com/app") } // want `mongodb URI "mongodb://gen\.example\.com/app" connects to public host gen\.example\.com without TLS`

const (
	scheme = "mongodb://"
	host   = "const.example.com"
	full   = scheme + host + "/app" // want `mongodb URI "mongodb://const\.example\.com/app" connects to public host const\.example\.com without TLS`
)

// A use of a reported constant is not reported again.
func useFull() { mongo.Connect(mopts.Client().ApplyURI(full)) }

// The scheme constant alone has no host: not a URI.
func isMongo(s string) bool { return len(s) > len(scheme) && s[:len(scheme)] == scheme }

type URI string

const typed URI = "mongodb://typed.example.com/app" // want `mongodb URI "mongodb://typed\.example\.com/app" connects to public host typed\.example\.com without TLS`

const raw = `mongodb://raw.example.com/app` // want `mongodb URI "mongodb://raw\.example\.com/app" connects to public host raw\.example\.com without TLS`

// An escape sequence: the whole literal is reported, without a fix.
const escaped = "mongodb://esc.example.com/app\x3ftls=false" // want `tls=false in mongodb URI "mongodb://esc\.example\.com/app\?tls=false" turns TLS off for public host esc\.example\.com; use tls=true \(CL201\)`

type settings struct {
	URI string `json:"uri" default:"mongodb://tag.example.com/app"`
}

var defaults = settings{URI: "mongodb://struct.example.com/app"} // want `mongodb URI "mongodb://struct\.example\.com/app" connects to public host struct\.example\.com without TLS`

var parenthesised = ("mongodb://" + (host + "/app")) // want `mongodb URI "mongodb://const\.example\.com/app" connects to public host const\.example\.com without TLS`
