// Package a holds mongotls cases against the v2 driver: each finding is
// asserted with its full message; lines without a want comment must stay
// silent.
package a

import (
	"crypto/tls"
	"flag"
	"fmt"
	"os"
	"strings"

	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// No TLS, by exposure.
const (
	prodURI  = "mongodb://db.example.com:27017/shop"         // want `mongodb URI "mongodb://db\.example\.com:27017/shop" connects to public host db\.example\.com without TLS; add tls=true or set a TLS config on the client options \(CL201\)`
	internal = "mongodb://mongo:27017/app"                   // want `mongodb URI "mongodb://mongo:27017/app" connects to internal host mongo without TLS; add tls=true or set a TLS config on the client options \(CL202\)`
	private  = "mongodb://10.0.3.7/app"                      // want `mongodb URI "mongodb://10\.0\.3\.7/app" connects to internal host 10\.0\.3\.7 without TLS; add tls=true or set a TLS config on the client options \(CL202\)`
	credsURI = "mongodb://app:s3cr3t-Pa55@10.0.3.7/app"      // want `mongodb URI "mongodb://app:\*\*\*\*@10\.0\.3\.7/app" connects to internal host 10\.0\.3\.7 with the credentials of user "app" without TLS; add tls=true or set a TLS config on the client options \(CL201\)` `mongodb URI "mongodb://app:\*\*\*\*@10\.0\.3\.7/app" embeds the password of user "app"; read the URI or the password from the environment or a secret store \(CL205\)`
	noSlash  = "mongodb://db.example.com"                    // want `mongodb URI "mongodb://db\.example\.com" connects to public host db\.example\.com without TLS; add tls=true or set a TLS config on the client options \(CL201\)`
	query    = "mongodb://db.example.com/app?replicaSet=rs0" // want `mongodb URI "mongodb://db\.example\.com/app\?replicaSet=rs0" connects to public host db\.example\.com without TLS; add tls=true or set a TLS config on the client options \(CL201\)`
)

// TLS on: not findings.
const (
	srvURI    = "mongodb+srv://cluster0.abcde.mongodb.net/shop"
	withTLS   = "mongodb://db.example.com/shop?tls=true"
	withSSL   = "mongodb://db.example.com/shop?SSL=true"
	withCA    = "mongodb://db.example.com/shop?tlsCAFile=/etc/ssl/ca.pem"
	offThenCA = "mongodb://db.example.com/?tls=false&tlsCAFile=/etc/ca.pem"
	plainTLS  = "mongodb://ldapuser@db.example.com/?authMechanism=PLAIN&tls=true"
	holder    = "mongodb://app:<password>@db.example.com/app?tls=true"
)

// Loopback: not findings without -mongotls.loopback.
const (
	local  = "mongodb://localhost:27017/app"
	local2 = "mongodb://127.0.0.1:27017,[::1]:27018/app"
	sock   = "mongodb://%2Ftmp%2Fmongodb-27017.sock/app"
	localP = "mongodb://root:example@localhost:27017"
)

// TLS turned off, verification off, and the rest.
const (
	srvOff       = "mongodb+srv://cluster0.abcde.mongodb.net/shop?tls=false"                                      // want `tls=false in mongodb URI "mongodb\+srv://cluster0\.abcde\.mongodb\.net/shop\?tls=false" turns TLS off for public host cluster0\.abcde\.mongodb\.net; use tls=true \(CL201\)`
	caThenOff    = "mongodb://db.example.com/?tlsCAFile=/etc/ca.pem&ssl=false"                                    // want `ssl=false in mongodb URI "mongodb://db\.example\.com/\?tlsCAFile=/etc/ca\.pem\&ssl=false" turns TLS off for public host db\.example\.com; use ssl=true \(CL201\)`
	insecure     = "mongodb://db.example.com/?tls=true&tlsInsecure=true"                                          // want `tlsInsecure=true in mongodb URI "mongodb://db\.example\.com/\?tls=true\&tlsInsecure=true" turns off certificate and host name verification; remove it and trust the server's CA with tlsCAFile \(CL203\)`
	insecureOnly = "mongodb://db.example.com/?tlsInsecure=true"                                                   // want `tlsInsecure=true does not enable TLS: mongodb URI "mongodb://db\.example\.com/\?tlsInsecure=true" connects to public host db\.example\.com in plaintext, and would skip certificate checks if TLS were on; replace it with tls=true \(CL203\)`
	allowInvalid = "mongodb://db.example.com/?tls=true&tlsAllowInvalidCertificates=true"                          // want `tlsAllowInvalidCertificates=true in mongodb URI "mongodb://db\.example\.com/\?tls=true\&tlsAllowInvalidCertificates=true" is ignored by the Go driver but turns certificate checks off in mongosh and other drivers; remove it and trust the server's CA with tlsCAFile \(CL204\)`
	conflict     = "mongodb://db.example.com/?tls=true&tls=false"                                                 // want `mongodb URI "mongodb://db\.example\.com/\?tls=true\&tls=false" is rejected by the driver \(tls and ssl options, when both specified, must be equivalent\), so the connection fails at run time; correct the TLS options \(CL208\)`
	badValue     = "mongodb://db.example.com/?tls=yes"                                                            // want `mongodb URI "mongodb://db\.example\.com/\?tls=yes" is rejected by the driver \(invalid value "yes" for tls\), so the connection fails at run time; correct the TLS options \(CL208\)`
	plain        = "mongodb://ldapuser@db.example.com/?authMechanism=PLAIN"                                       // want `mongodb URI "mongodb://ldapuser@db\.example\.com/\?authMechanism=PLAIN" uses authMechanism=PLAIN without TLS: the password crosses the network to public host db\.example\.com in clear text; enable TLS with tls=true \(CL206\)`
	mongoCR      = "mongodb://db.example.com/?tls=true&authMechanism=MONGODB-CR"                                  // want `mongodb URI "mongodb://db\.example\.com/\?tls=true\&authMechanism=MONGODB\-CR" asks for authMechanism=MONGODB\-CR, an MD5 challenge\-response removed in MongoDB 4\.0; use SCRAM\-SHA\-256 \(CL207\)`
	keyPassword  = "mongodb://db.example.com/?tlsCertificateKeyFile=/k.pem&tlsCertificateKeyFilePassword=hunter2" // want `mongodb URI "mongodb://db\.example\.com/\?tlsCertificateKeyFile=/k\.pem\&tlsCertificateKeyFilePassword=hunter2" embeds the client key password \(tlsCertificateKeyFilePassword\); read it from the environment or a secret store \(CL205\)`
)

// Strings that start like a URI but are not one.
var (
	errText = "mongodb://host is not reachable, check the network"
	prefix  = "mongodb://"
)

func isMongo(s string) bool {
	return strings.HasPrefix(s, "mongodb+srv://") || strings.HasPrefix(s, prefix)
}

// Complete URIs used as patterns or keys, never dialled.
func isProd(uri string) bool {
	return strings.HasPrefix(uri, "mongodb://db.prod.example.com") || strings.Contains(uri, ("mongodb://db2.prod.example.com/"))
}

func withoutProd(uri string) string { return strings.TrimPrefix(uri, "mongodb://db.prod.example.com/") }

var regions = map[string]string{
	"mongodb://eu.example.com/app": "eu",
}

func region(uri string, seen map[string]bool) (string, bool) {
	return regions[uri], seen["mongodb://us.example.com/app"]
}

// A URI that is a map value is dialled.
var byRegion = map[string]string{
	"eu": "mongodb://eu.example.com/app", // want `mongodb URI "mongodb://eu\.example\.com/app" connects to public host eu\.example\.com without TLS; add tls=true or set a TLS config on the client options \(CL201\)`
}

func concat(host string) string { return "mongodb://" + host + ":27017/app" } // want `mongodb URI "mongodb://\{host\}:27017/app" connects to host \{host\}:27017, known only at run time, without TLS; add tls=true or set a TLS config on the client options \(CL202\)`

func concatTLS(host string) string { return "mongodb://" + host + "/app?tls=true" }

// A scheme added to whatever comes from elsewhere: hosts and options, TLS
// included, are the caller's, so nothing can be decided here.
func hostOnly(host string) string { return "mongodb://" + host }

func schemeAdded(uri string) string { return "mongodb://" + uri }

func schemeAddedSprintf(uri string) string { return fmt.Sprintf("mongodb+srv://%s", uri) }

func schemeAddedTwice(user, rest string) string { return "mongodb://" + user + rest }

func hostPort(host string, port int) string {
	return fmt.Sprintf("mongodb://%s:%d", host, port) // want `mongodb URI "mongodb://%s:%d" connects to host %s:%d, known only at run time, without TLS; add tls=true or set a TLS config on the client options \(CL202\)`
}

// A run-time port on a known host: the host decides.
func loopbackPort(port int) string { return fmt.Sprintf("mongodb://localhost:%d", port) }

func loopbackPortApp(port string) string { return "mongodb://127.0.0.1:" + port + "/app" }

func publicPort(port int) string {
	return fmt.Sprintf("mongodb://db.example.com:%d/app", port) // want `mongodb URI "mongodb://db\.example\.com:%d/app" connects to public host db\.example\.com:%d without TLS; add tls=true or set a TLS config on the client options \(CL201\)`
}

func srvHost(host string) string { return "mongodb+srv://" + host }

func concatOpts(opts string) string { return "mongodb://db.example.com/app?" + opts }

func sprintfCreds(user, pass, host string) string {
	return fmt.Sprintf("mongodb://%s:%s@%s/app", user, pass, host) // want `mongodb URI "mongodb://%s:%s@%s/app" connects to host %s, known only at run time, with the credentials of user "%s" without TLS; add tls=true or set a TLS config on the client options \(CL201\)`
}

func sprintfTLS(host string, useTLS bool) string {
	return fmt.Sprintf("mongodb://%s/app?tls=%t", host, useTLS)
}

func sprintfPublic(env string) string { return fmt.Sprintf("mongodb://mongo-%s.example.com/app", env) } // want `mongodb URI "mongodb://mongo\-%s\.example\.com/app" connects to public host mongo\-%s\.example\.com without TLS; add tls=true or set a TLS config on the client options \(CL201\)`

func flags() *string {
	return flag.String("mongo-uri", "mongodb://mongo.prod.example.com/app", "MongoDB connection string") // want `mongodb URI "mongodb://mongo\.prod\.example\.com/app" connects to public host mongo\.prod\.example\.com without TLS; add tls=true or set a TLS config on the client options \(CL201\)`
}

func fromEnv() string {
	if u := os.Getenv("MONGO_URI"); u != "" {
		return u
	}
	return "mongodb://localhost:27017"
}

const (
	covered1 = "mongodb://db1.example.com/app"
	covered2 = "mongodb://db2.example.com/app"
)

func tlsChain(cfg *tls.Config) {
	mongo.Connect(options.Client().ApplyURI("mongodb://db.example.com/app").SetTLSConfig(cfg))
	mongo.Connect(options.Client().SetTLSConfig(cfg).ApplyURI("mongodb://db.example.com/app"))
	mongo.Connect(options.Client().ApplyURI("mongodb://db.example.com/nil").SetTLSConfig(nil)) // want `mongodb URI "mongodb://db\.example\.com/nil" connects to public host db\.example\.com without TLS; add tls=true or set a TLS config on the client options \(CL201\)`
}

func tlsVar(cfg *tls.Config) {
	opts := options.Client().ApplyURI(covered1)
	opts.SetTLSConfig(cfg)
	mongo.Connect(opts)
}

func tlsField(cfg *tls.Config) {
	uri := "mongodb://db3.example.com/app"
	opts := options.Client().ApplyURI(uri)
	opts.TLSConfig = cfg
	mongo.Connect(opts)
}

func escapes() {
	opts := options.Client()
	opts.ApplyURI(covered2)
	configure(opts) // may set TLS: unknown code
	mongo.Connect(opts)
}

func configure(o *options.ClientOptions) {}

func hosts(cfg *tls.Config) {
	options.Client().SetHosts([]string{"db1.example.com:27017", "db2.example.com:27017"}) // want `client options connect to public host db1\.example\.com without TLS \(SetHosts db1\.example\.com, db2\.example\.com\); call SetTLSConfig on the same options or use a URI with tls=true \(CL201\)`
	options.Client().SetHosts([]string{"db1.example.com"}).SetTLSConfig(cfg)
	options.Client().SetHosts([]string{"localhost:27017"})
	options.Client().SetHosts([]string{"mongo-0.mongo.svc.cluster.local:27017"})                                         // want `client options connect to internal host mongo\-0\.mongo\.svc\.cluster\.local without TLS \(SetHosts mongo\-0\.mongo\.svc\.cluster\.local\); call SetTLSConfig on the same options or use a URI with tls=true \(CL202\)`
	options.Client().SetHosts([]string{"mongo-0:27017"}).SetAuth(options.Credential{Username: "app", PasswordSet: true}) // want `client options connect to internal host mongo\-0 with credentials \(SetAuth\) without TLS \(SetHosts mongo\-0\); call SetTLSConfig on the same options or use a URI with tls=true \(CL201\)`
}

func credentials() {
	options.Client().SetAuth(options.Credential{Username: "app", Password: "hunter2"}) // want `options\.Credential\.Password is a hard\-coded string; read the password from the environment or a secret store \(CL205\)`
	options.Client().SetAuth(options.Credential{Username: "app", Password: os.Getenv("MONGO_PASSWORD")})
	options.Client().SetAuth(options.Credential{Username: "app", Password: ""})
	var c options.Credential
	c.Password = "hunter2" // want `options\.Credential\.Password is a hard\-coded string; read the password from the environment or a secret store \(CL205\)`
	c.Password = "${MONGO_PASSWORD}"
}

// A URI built in pieces: the insecure option is in a fragment.
func pieces(host string, insecure bool) string {
	uri := "mongodb://" + host + "/?tls=true"
	if insecure {
		uri += "&tlsInsecure=true" // want `tlsInsecure=true in the connection-string piece "&tlsInsecure=true" turns off certificate and host name verification for the MongoDB URI it is added to \(and alone does not enable TLS\); remove it and trust the server's CA with tlsCAFile \(CL203\)`
	}
	opts := "retryWrites=true&tlsInsecure=false"
	return uri + "&" + opts + fmt.Sprint("&sslInsecure=true") // want `sslInsecure=true in the connection-string piece "&sslInsecure=true"`
}
