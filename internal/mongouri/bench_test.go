package mongouri

// Benchmarks of Parse followed by TLS() and Exposure(), the work the
// analyzer does for each URI it finds.
//
// Measured with go1.26.8 linux/amd64 on a shared 2-core AMD EPYC (noisy:
// runs vary by about 20%), medians of
//
//	go test -run='^$' -bench=. -benchmem -count=3 -benchtime=500ms ./internal/mongouri/
//
//	BenchmarkMix (the 14 URIs of benchURIs per op)  13400 ns/op  5136 B/op  55 allocs/op
//	BenchmarkURI/local            420 ns/op  224 B/op  2 allocs/op
//	BenchmarkURI/local-db         980 ns/op  320 B/op  4 allocs/op
//	BenchmarkURI/compose          580 ns/op  224 B/op  2 allocs/op
//	BenchmarkURI/replset         2850 ns/op  672 B/op  6 allocs/op
//	BenchmarkURI/atlas-srv       1480 ns/op  472 B/op  5 allocs/op
//	BenchmarkURI/tls-ca          1650 ns/op  536 B/op  7 allocs/op
//	BenchmarkURI/tls-off         1280 ns/op  384 B/op  4 allocs/op
//	BenchmarkURI/insecure        1200 ns/op  384 B/op  4 allocs/op
//	BenchmarkURI/ipv6            1290 ns/op  368 B/op  4 allocs/op
//	BenchmarkURI/socket           610 ns/op  248 B/op  3 allocs/op
//	BenchmarkURI/template-host    730 ns/op  320 B/op  4 allocs/op
//	BenchmarkURI/template-creds   830 ns/op  304 B/op  3 allocs/op
//	BenchmarkURI/template-query   710 ns/op  312 B/op  4 allocs/op
//	BenchmarkURI/invalid         1310 ns/op  368 B/op  3 allocs/op
//
// The allocations are the URI, its Hosts and Options slices, unescaped
// values and lower-cased keys. (Before presizing the slices and avoiding
// the errors of netip.ParseAddr and net.SplitHostPort on names without a
// port, Mix was about 21000 ns/op, 7112 B/op, 87 allocs/op.)

import (
	"strings"
	"testing"
)

// benchURIs is a realistic mix: what applications, examples and tests put
// in their source, constant or built at run time.
var benchURIs = []struct{ name, uri string }{
	{"local", "mongodb://localhost:27017"},
	{"local-db", "mongodb://127.0.0.1:27017/test?directConnection=true"},
	{"compose", "mongodb://root:example@mongo:27017/"},
	{"replset", "mongodb://app:s3cret@db1.example.com:27017,db2.example.com:27017,db3.example.com:27017/orders?replicaSet=rs0&authSource=admin&readPreference=secondaryPreferred&w=majority"},
	{"atlas-srv", "mongodb+srv://app:s3cret@cluster0.abcde.mongodb.net/?retryWrites=true&w=majority&appName=Cluster0"},
	{"tls-ca", "mongodb://db.internal:27017/app?tls=true&tlsCAFile=%2Fetc%2Fssl%2Fmongo-ca.pem&tlsCertificateKeyFile=%2Fetc%2Fssl%2Fclient.pem"},
	{"tls-off", "mongodb+srv://cluster0.abcde.mongodb.net/?tls=false&authMechanism=SCRAM-SHA-256"},
	{"insecure", "mongodb://10.0.0.12:27017/?tlsInsecure=true&ssl=true"},
	{"ipv6", "mongodb://[fd00::12]:27017,[fd00::13]:27017/?replicaSet=rs0"},
	{"socket", "mongodb://%2Ftmp%2Fmongodb-27017.sock/app"},
	{"template-host", "mongodb://" + string(Hole) + ":27017/app?authSource=admin"},
	{"template-creds", "mongodb://" + string(Hole) + ":" + string(Hole) + "@mongo-" + string(Hole) + ".example.com:27017/" + string(Hole) + "?tls=true"},
	{"template-query", "mongodb://db.example.com/app?" + string(Hole)},
	{"invalid", "mongodb://h/?ssl=true&tls=false"},
}

// sink keeps results alive.
var sink int

// run parses s and computes its verdicts, as the analyzer does.
func run(s string) int {
	u, err := Parse(s)
	if err != nil {
		return 0
	}
	v := u.TLS()
	e, _ := u.Exposure()
	return int(v.State) + int(e) + len(u.Options)
}

func BenchmarkMix(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, tt := range benchURIs {
			sink += run(tt.uri)
		}
	}
}

func BenchmarkURI(b *testing.B) {
	for _, tt := range benchURIs {
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sink += run(tt.uri)
			}
		})
	}
}

// TestBenchURIs keeps the mix honest: every URI parses, and the verdicts
// are the expected ones.
func TestBenchURIs(t *testing.T) {
	want := map[string]string{
		"local": "off loopback", "local-db": "off loopback", "compose": "off internal",
		"replset": "off public", "atlas-srv": "on public", "tls-ca": "on internal",
		"tls-off": "off public", "insecure": "on internal", "ipv6": "off internal",
		"socket": "off loopback", "template-host": "off run-time", "template-creds": "on public",
		"template-query": "unknown public", "invalid": "unknown internal",
	}
	for _, tt := range benchURIs {
		u, err := Parse(tt.uri)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		e, _ := u.Exposure()
		got := strings.Join([]string{u.TLS().State.String(), e.String()}, " ")
		if got != want[tt.name] {
			t.Errorf("%s: %s, want %s", tt.name, got, want[tt.name])
		}
	}
}
