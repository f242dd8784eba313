package mongouri_test

// This file compares mongouri with the connection-string parsers of the real
// Go drivers, go.mongodb.org/mongo-driver v1.17.10 and
// go.mongodb.org/mongo-driver/v2 v2.10.0 (test-only dependencies).
//
// The reference is connstring.ParseAndValidate, which is what
// options.ClientOptions.ApplyURI calls in both versions (v2: setURIOpts;
// v1: ApplyURI itself); the TLS state is ConnString.SSL, which ApplyURI
// turns into a tls.Config, and tlsInsecure is ConnString.SSLInsecure, which
// becomes InsecureSkipVerify.
//
// For every URI of the corpus:
//
//   - if the driver accepts it, Parse accepts it, finds the same number of
//     hosts, the same user name, password flag and database, and the same
//     options in the same order; TLS() has no Invalid, its State is On if
//     and only if SSL is true (never Unknown: there is no hole), and
//     Insecure is set if and only if SSLInsecure is true;
//   - if the driver rejects it because of a TLS option (a bad value, tls and
//     ssl in conflict, or ConnString.validateSSL), Parse rejects it too, or
//     TLS() sets Invalid;
//   - if the driver rejects it for another reason (authentication, write
//     concern, other option values, ...), mongouri may accept it: it decides
//     TLS, not every option.
//
// Deliberate disagreements, each asserted below so that a change on either
// side shows:
//
//   - Parse rejects host names that are neither DNS names, IP addresses nor
//     socket paths ("mongodb://<host>", "mongodb:// is the scheme"), which
//     the driver accepts and then fails to dial: they are text, not URIs
//     (see proseURIs).
//   - v1 does not know tlsDisableCertificateRevocationCheck: it neither
//     enables TLS nor needs a boolean value there, while v2 does both, and
//     mongouri follows v2 (see TestDriverV1RevocationCheck).
//
// SRV URIs are never given to the drivers: their parsers look up DNS.

import (
	"errors"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/cryptolint/cryptolint/internal/mongouri"
	connstring2 "go.mongodb.org/mongo-driver/v2/x/mongo/driver/connstring"
	connstring1 "go.mongodb.org/mongo-driver/x/mongo/driver/connstring"
)

// driverResult is what one driver made of a URI.
type driverResult struct {
	err                error
	ssl, insecure      bool
	hosts              int
	user, database     string
	passwordSet        bool
	options            map[string][]string
	parseErr, validErr bool // err came from Parse / from Validate
}

// driver is one version of the driver's connstring package.
type driver struct {
	name  string
	parse func(string) driverResult
}

var drivers = []driver{
	{"v1.17.10", func(s string) driverResult {
		cs, err := connstring1.Parse(s)
		if err != nil {
			return driverResult{err: err, parseErr: true}
		}
		if err := cs.Validate(); err != nil {
			return driverResult{err: err, validErr: true}
		}
		return driverResult{ssl: cs.SSL, insecure: cs.SSLInsecure, hosts: len(cs.Hosts),
			user: cs.Username, passwordSet: cs.PasswordSet, database: cs.Database, options: cs.Options}
	}},
	{"v2.10.0", func(s string) driverResult {
		cs, err := connstring2.Parse(s)
		if err != nil {
			return driverResult{err: err, parseErr: true}
		}
		if err := cs.Validate(); err != nil {
			return driverResult{err: err, validErr: true}
		}
		return driverResult{ssl: cs.SSL, insecure: cs.SSLInsecure, hosts: len(cs.Hosts),
			user: cs.Username, passwordSet: cs.PasswordSet, database: cs.Database, options: cs.Options}
	}},
}

// parseWithDriver runs d on s, refusing SRV URIs (DNS) and checking that
// Parse followed by Validate is what ParseAndValidate does.
func parseWithDriver(t testing.TB, d driver, s string) driverResult {
	t.Helper()
	if strings.HasPrefix(s, mongouri.SchemeMongoDBSRV) {
		t.Fatalf("SRV URI %q given to the driver: it would look up DNS", s)
	}
	r := d.parse(s)
	var err error
	if d.name == "v1.17.10" {
		_, err = connstring1.ParseAndValidate(s)
	} else {
		_, err = connstring2.ParseAndValidate(s)
	}
	if (err == nil) != (r.err == nil) {
		t.Fatalf("%s: ParseAndValidate(%q) = %v, but Parse+Validate = %v", d.name, s, err, r.err)
	}
	return r
}

// tlsRejection reports whether the driver rejected a URI because of its TLS
// options: a bad value of a TLS option or a tls/ssl conflict in Parse, or
// ConnString.validateSSL in Validate.
func tlsRejection(r driverResult) bool {
	if r.err == nil {
		return false
	}
	msg := strings.ToLower(r.err.Error())
	if r.parseErr {
		return strings.Contains(msg, `invalid value for "tls`) || strings.Contains(msg, `invalid value for "ssl`) ||
			strings.Contains(msg, "tls and ssl options")
	}
	for _, s := range []string{
		"tlscertificatekeyfile uri option cannot be provided",
		"tlsprivatekeyfile uri option must be provided",
		"tlscertificatefile uri option must be provided",
		"tlsdisableocspendpointcheck cannot be used",
		"tlsinsecure uri option cannot be provided",
		"tlsinsecure cannot be used",
	} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// driverURIs is the hand-written corpus: plain URIs, every TLS rule,
// percent-encoding, separators, and malformed URIs.
var driverURIs = []string{
	// structure
	"mongodb://localhost",
	"mongodb://localhost/",
	"mongodb://localhost/?",
	"mongodb://localhost:27017/app",
	"mongodb://127.0.0.1:27017,127.0.0.2:27018,127.0.0.3/db?replicaSet=rs0",
	"mongodb://[::1]:27017/",
	"mongodb://[::1]/",
	"mongodb://[fe80::1%25eth0]:27017/",
	"mongodb://%2Ftmp%2Fmongodb-27017.sock",
	"mongodb://%2Ftmp%2Fmongodb-27017.sock/db?tls=false",
	"mongodb://mongodb.sock/",
	"mongodb://a,,b,/",
	"mongodb://:27017",
	"mongodb://h:",
	"mongodb://h:+27017",
	"mongodb://%6Cocalhost:27017",
	"mongodb://db.example.com/my%20db",
	"mongodb://db.example.com/a+b",
	"mongodb://db.example.com/db/coll?w=majority",
	"mongodb://user:pass@db.example.com/admin",
	"mongodb://us%40er:p%3Ass%2Fw%25@db.example.com/?authSource=admin",
	"mongodb://user@db.example.com",
	"mongodb://user:@db.example.com",
	"mongodb://@db.example.com",
	"mongodb://u:p@h/?authSource=a@b",
	"mongodb://h/?appName=a%20b+c&w=1",
	"mongodb://h/?appName=a=b",
	"mongodb://h/?tls=true;appName=x;;&",
	"mongodb://h/?readPreference=secondary&readPreferenceTags=dc:ny,rack:1&readPreferenceTags=",
	"mongodb://h/?authMechanism=SCRAM-SHA-256&authSource=admin",
	"mongodb://u:p@h/?authMechanism=PLAIN",
	"mongodb://u@h/?authMechanism=MONGODB-X509&tls=true",
	"mongodb://u:p@h/?authMechanism=MONGODB-CR",
	"mongodb://h/?directConnection=true&tls=true",
	"mongodb://h1,h2/?directConnection=true",
	"mongodb://h/?w=0&journal=true",
	"mongodb://h/?w=-1&tls=true",
	"mongodb://h/?connectTimeoutMS=abc&tls=yes",
	"mongodb://h/?tls=yes&connectTimeoutMS=abc",
	// malformed
	"mongodb://",
	"mongodb:///db",
	"mongodb://h?tls=true",
	"mongodb://u@h@x",
	"mongodb://u:p:q@h",
	"mongodb://u:p/q@h",
	"mongodb://u/x@h",
	"mongodb://u%zz@h",
	"mongodb://u:%zz@h",
	"mongodb://h:0",
	"mongodb://h:65536",
	"mongodb://h:port",
	"mongodb://h:27017:1",
	"mongodb://::1",
	"mongodb://[::1",
	"mongodb://[::1]:x",
	"mongodb://h%zz",
	"mongodb://h/%zz",
	"mongodb://h/?tls",
	"mongodb://h/?=true",
	"mongodb://h/?tls%zz=true",
	"mongodb://h/?tls=%zz",
	"mongodb://h/?tls=yes&=x",
	"mongodb://%2Ftmp%2Fa:b.sock",
	"MongoDB://h",
	"mongodb:h",
	// TLS
	"mongodb://h/?tls=true",
	"mongodb://h/?ssl=true",
	"mongodb://h/?TLS=true",
	"mongodb://h/?tl%73=true",
	"mongodb://h/?tls=false",
	"mongodb://h/?tls=true&tls=true",
	"mongodb://h/?tls=true&ssl=true",
	"mongodb://h/?tls=false&ssl=false",
	"mongodb://h/?tls=true&tls=false",
	"mongodb://h/?ssl=true&tls=false",
	"mongodb://h/?tls=false&ssl=true",
	"mongodb://h/?tls=yes",
	"mongodb://h/?tls=TRUE",
	"mongodb://h/?tls=1",
	"mongodb://h/?tls=",
	"mongodb://h/?tlsCAFile=ca.pem",
	"mongodb://h/?tls=false&tlsCAFile=x",
	"mongodb://h/?tlsCAFile=x&tls=false",
	"mongodb://h/?ssl=false&sslCertificateAuthorityFile=x",
	"mongodb://h/?tls=false&tlsCertificateKeyFile=x",
	"mongodb://h/?tls=false&sslClientCertificateKeyFile=x",
	"mongodb://h/?tls=false&tlsCertificateFile=c&tlsPrivateKeyFile=k",
	"mongodb://h/?tlsCertificateFile=c&tlsPrivateKeyFile=k&tls=false",
	"mongodb://h/?tlsCertificateFile=c",
	"mongodb://h/?tlsPrivateKeyFile=k",
	"mongodb://h/?tlsCertificateFile=c&tls=false",
	"mongodb://h/?tlsCertificateKeyFile=x&tlsCertificateFile=c&tlsPrivateKeyFile=k",
	"mongodb://h/?tls=false&tlsDisableOCSPEndpointCheck=true",
	"mongodb://h/?tlsDisableOCSPEndpointCheck=false",
	"mongodb://h/?tlsDisableOCSPEndpointCheck=maybe",
	"mongodb://h/?tlsCertificateKeyFilePassword=x",
	"mongodb://h/?tlsInsecure=true",
	"mongodb://h/?tlsInsecure=false",
	"mongodb://h/?sslInsecure=true&tls=true",
	"mongodb://h/?tls=true&tlsInsecure=true&tlsInsecure=false",
	"mongodb://h/?tls=false&tlsInsecure=true",
	"mongodb://h/?tlsInsecure=yes",
	"mongodb://h/?tlsInsecure=true&tlsDisableOCSPEndpointCheck=true",
	"mongodb://h/?tlsInsecure=false&tlsDisableOCSPEndpointCheck=true",
	"mongodb://h/?tlsInsecure=true&tlsDisableOCSPEndpointCheck=true&tls=false",
	"mongodb://h/?tlsCertificateKeyFile=x&tlsInsecure=true&tlsDisableOCSPEndpointCheck=true",
	"mongodb://h/?tlsAllowInvalidCertificates=true",
	"mongodb://h/?tls=true&tlsAllowInvalidHostnames=true",
	"mongodb://h/?tlsAllowInvalidCertificates=maybe",
	"mongodb://h/?appName=tls%3Dtrue",
	"mongodb://h/?tls%3Dtrue=x",
	"mongodb://u:p@db.example.com:27017/app?authSource=admin&tls=true&tlsCAFile=%2Fetc%2Fssl%2Fca.pem",
}

// proseURIs are accepted by the driver but rejected by Parse: their "hosts"
// are text, not server names.
var proseURIs = []string{
	"mongodb://<host>:27017",
	"mongodb://<user>:<password>@<host>/<db>",
	"mongodb:// is the scheme",
	"mongodb://host name/db",
	"mongodb://h+1",
	"mongodb://[::1]x",
	"mongodb://%2Ftmp%2Fmy dir%2Fmongo.sock",
	"mongodb://bücher.example",
}

// tlsPairs are the options combined by TestDriverCombinations.
var tlsPairs = []string{
	"tls=true", "tls=false", "ssl=true", "SSL=false", "tls=yes",
	"tlsCAFile=ca.pem", "sslCertificateAuthorityFile=ca.pem",
	"tlsCertificateKeyFile=k.pem", "sslClientCertificateKeyFile=k.pem",
	"tlsCertificateFile=c.pem", "tlsPrivateKeyFile=k.pem",
	"tlsInsecure=true", "sslInsecure=false",
	"tlsDisableOCSPEndpointCheck=true",
	"tlsAllowInvalidCertificates=true", "appName=x",
}

// compare checks mongouri against r, the driver's result on s.
func compare(t *testing.T, d driver, s string, r driverResult) {
	t.Helper()
	u, err := mongouri.Parse(s)
	if r.err != nil {
		if tlsRejection(r) && err == nil {
			if v := u.TLS(); v.Invalid == "" {
				t.Errorf("%s rejects %q (%v), but TLS() = %+v, without Invalid", d.name, s, r.err, v)
			}
		}
		return
	}
	if err != nil {
		t.Errorf("%s accepts %q, Parse: %v", d.name, s, err)
		return
	}
	v := u.TLS()
	if v.Invalid != "" {
		t.Errorf("%s accepts %q, TLS().Invalid = %s", d.name, s, v.Invalid)
	}
	if want := map[bool]mongouri.State{true: mongouri.On, false: mongouri.Off}[r.ssl]; v.State != want {
		t.Errorf("%s: %q has SSL %v, TLS().State = %v", d.name, s, r.ssl, v.State)
	}
	if (v.Insecure != nil) != r.insecure {
		t.Errorf("%s: %q has SSLInsecure %v, TLS().Insecure = %+v", d.name, s, r.insecure, v.Insecure)
	}
	if len(u.Hosts) != r.hosts {
		t.Errorf("%s: %q has %d hosts, Parse found %d", d.name, s, r.hosts, len(u.Hosts))
	}
	user, _ := url.PathUnescape(u.Text(u.User))
	if user != r.user || u.HasPassword != r.passwordSet || u.Database != r.database {
		t.Errorf("%s: %q has user %q, password set %v, database %q; Parse: %q, %v, %q",
			d.name, s, r.user, r.passwordSet, r.database, user, u.HasPassword, u.Database)
	}
	var opts map[string][]string
	for _, o := range u.Options {
		if opts == nil {
			opts = map[string][]string{}
		}
		opts[o.Name] = append(opts[o.Name], o.Val)
	}
	if !reflect.DeepEqual(opts, r.options) {
		t.Errorf("%s: %q has options %v, Parse: %v", d.name, s, r.options, opts)
	}
}

// skipV1 reports whether s uses tlsDisableCertificateRevocationCheck, on
// which v1 and mongouri (following v2) deliberately disagree.
func skipV1(d driver, s string) bool {
	return d.name == "v1.17.10" && strings.Contains(strings.ToLower(s), "tlsdisablecertificaterevocationcheck")
}

func TestDriver(t *testing.T) {
	if len(driverURIs) < 60 {
		t.Fatalf("only %d URIs", len(driverURIs))
	}
	for _, d := range drivers {
		accepted, tlsOn := 0, 0
		for _, s := range driverURIs {
			if skipV1(d, s) {
				continue
			}
			r := parseWithDriver(t, d, s)
			compare(t, d, s, r)
			if r.err == nil {
				accepted++
				if r.ssl {
					tlsOn++
				}
			}
		}
		t.Logf("%s: %d URIs, %d accepted, %d with TLS on", d.name, len(driverURIs), accepted, tlsOn)
	}
}

// TestDriverCombinations compares every sequence of up to three options of
// tlsPairs, and the same after a known plaintext host list.
func TestDriverCombinations(t *testing.T) {
	var uris []string
	var gen func(prefix string, n int)
	gen = func(prefix string, n int) {
		if n == 0 {
			return
		}
		for _, p := range tlsPairs {
			s := prefix + "&" + p
			if strings.HasSuffix(prefix, "?") {
				s = prefix + p
			}
			uris = append(uris, s)
			gen(s, n-1)
		}
	}
	gen("mongodb://u:p@db.example.com:27017,10.0.0.1/app?", 3)
	for _, d := range drivers {
		counts := map[string]int{}
		for _, s := range uris {
			r := parseWithDriver(t, d, s)
			compare(t, d, s, r)
			switch {
			case r.err == nil && r.ssl:
				counts["on"]++
			case r.err == nil:
				counts["off"]++
			case tlsRejection(r):
				counts["rejected for TLS"]++
			default:
				counts["rejected"]++
			}
		}
		t.Logf("%s: %d URIs: %v", d.name, len(uris), counts)
	}
}

// TestDriverProse asserts the host-name disagreement.
func TestDriverProse(t *testing.T) {
	for _, d := range drivers {
		for _, s := range proseURIs {
			if r := parseWithDriver(t, d, s); r.err != nil {
				t.Errorf("%s rejects %q (%v): no longer a disagreement", d.name, s, r.err)
			}
			if _, err := mongouri.Parse(s); err == nil {
				t.Errorf("Parse(%q) accepts prose", s)
			}
		}
	}
}

// TestDriverV1RevocationCheck asserts the v1/v2 disagreement on
// tlsDisableCertificateRevocationCheck, and that mongouri follows v2.
func TestDriverV1RevocationCheck(t *testing.T) {
	for _, tt := range []struct {
		uri      string
		v1, v2   string // "on", "off" or "rejected"
		mongouri string
	}{
		{"mongodb://h/?tlsDisableCertificateRevocationCheck=true", "off", "on", "on"},
		{"mongodb://h/?tls=false&tlsDisableCertificateRevocationCheck=false", "off", "on", "on"},
		{"mongodb://h/?tlsDisableCertificateRevocationCheck=yes", "off", "rejected", "rejected"},
		{"mongodb://h/?tls=true&tlsInsecure=true&tlsDisableCertificateRevocationCheck=true", "on", "rejected", "rejected"},
		{"mongodb://h/?tlsDisableOCSPEndpointCheck=true&tlsDisableCertificateRevocationCheck=true", "on", "rejected", "rejected"},
	} {
		outcome := func(r driverResult) string {
			switch {
			case r.err != nil:
				return "rejected"
			case r.ssl:
				return "on"
			}
			return "off"
		}
		if got := outcome(parseWithDriver(t, drivers[0], tt.uri)); got != tt.v1 {
			t.Errorf("v1 on %q: %s, want %s", tt.uri, got, tt.v1)
		}
		r2 := parseWithDriver(t, drivers[1], tt.uri)
		if got := outcome(r2); got != tt.v2 {
			t.Errorf("v2 on %q: %s, want %s", tt.uri, got, tt.v2)
		}
		compare(t, drivers[1], tt.uri, r2)
		u, err := mongouri.Parse(tt.uri)
		if err != nil {
			t.Fatal(err)
		}
		got := u.TLS().State.String()
		if u.TLS().Invalid != "" {
			got = "rejected"
		}
		if got != tt.mongouri {
			t.Errorf("mongouri on %q: %s, want %s", tt.uri, got, tt.mongouri)
		}
	}
}

// TestTLSRejectionMessages checks that tlsRejection recognises the
// driver's messages: a driver update rewording them would silently weaken
// TestDriver.
func TestTLSRejectionMessages(t *testing.T) {
	for _, s := range []string{
		"mongodb://h/?tls=yes",
		"mongodb://h/?ssl=true&tls=false",
		"mongodb://h/?tlsInsecure=maybe",
		"mongodb://h/?tlsCertificateFile=c",
		"mongodb://h/?tlsPrivateKeyFile=k",
		"mongodb://h/?tlsCertificateKeyFile=x&tlsPrivateKeyFile=k",
		"mongodb://h/?tlsInsecure=true&tlsDisableOCSPEndpointCheck=true",
	} {
		for _, d := range drivers {
			if r := parseWithDriver(t, d, s); !tlsRejection(r) {
				t.Errorf("%s on %q: %v, not seen as a TLS rejection", d.name, s, r.err)
			}
		}
	}
	if tlsRejection(driverResult{err: errors.New("error parsing uri: invalid option"), parseErr: true}) {
		t.Error("invalid option seen as a TLS rejection")
	}
}
