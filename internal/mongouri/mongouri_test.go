package mongouri

import (
	"reflect"
	"strings"
	"testing"
)

// H is the hole, for readable templates.
const H = string(Hole)

// hostView is the comparable part of a Host.
type hostView struct {
	Name, Port      string
	Unknown, Socket bool
}

// optView is the comparable part of an Option: its raw key and value text,
// and what Parse made of them.
type optView struct {
	Key, Value, Name, Val string
	Unknown               bool
}

// uriView is the comparable part of a URI.
type uriView struct {
	SRV                      bool
	HasUserInfo, HasPassword bool
	User, Password           string
	UserInfoUnknown          bool
	Hosts                    []hostView
	Database                 string
	Options                  []optView
	QueryUnknown             bool
	HostTail                 bool
}

// view summarises u for comparison.
func view(u *URI) uriView {
	v := uriView{
		SRV:             u.SRV,
		HasUserInfo:     u.HasUserInfo,
		HasPassword:     u.HasPassword,
		User:            u.Text(u.User),
		Password:        u.Text(u.Password),
		UserInfoUnknown: u.UserInfoUnknown,
		Database:        u.Database,
		QueryUnknown:    u.QueryUnknown,
		HostTail:        u.HostTail,
	}
	for _, h := range u.Hosts {
		v.Hosts = append(v.Hosts, hostView{h.Name, h.Port, h.Unknown, h.Socket})
	}
	for _, o := range u.Options {
		v.Options = append(v.Options, optView{u.Text(o.Key), u.Text(o.Value), o.Name, o.Val, o.Unknown})
	}
	return v
}

// hosts builds known TCP hosts from "name", "name port" pairs.
func hosts(nameports ...string) []hostView {
	var hs []hostView
	for _, np := range nameports {
		name, port, _ := strings.Cut(np, " ")
		hs = append(hs, hostView{Name: name, Port: port})
	}
	return hs
}

// opt is a known option whose raw text needs no unescaping.
func opt(key, val string) optView {
	return optView{Key: key, Value: val, Name: strings.ToLower(key), Val: val}
}

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want uriView
	}{
		{"mongodb://localhost", uriView{Hosts: hosts("localhost")}},
		{"mongodb://localhost/", uriView{Hosts: hosts("localhost")}},
		{"mongodb://localhost/?", uriView{Hosts: hosts("localhost")}},
		{"mongodb://db.example.com:27017", uriView{Hosts: hosts("db.example.com 27017")}},
		{"mongodb://127.0.0.1:1", uriView{Hosts: hosts("127.0.0.1 1")}},
		{"mongodb://h:65535", uriView{Hosts: hosts("h 65535")}},
		{"mongodb://h:", uriView{Hosts: hosts("h")}},
		{"mongodb://:27017", uriView{Hosts: hosts(" 27017")}},
		{"mongodb://[::1]:27017", uriView{Hosts: hosts("::1 27017")}},
		{"mongodb://[::1]", uriView{Hosts: hosts("::1")}},
		{"mongodb://[fe80::1%25eth0]:27017/", uriView{Hosts: hosts("fe80::1%eth0 27017")}},
		{"mongodb://%2Ftmp%2Fmongodb-27017.sock", uriView{Hosts: []hostView{{Name: "/tmp/mongodb-27017.sock", Socket: true}}}},
		{"mongodb://%2Ftmp%2Fmongodb-27017.sock/app", uriView{Hosts: []hostView{{Name: "/tmp/mongodb-27017.sock", Socket: true}}, Database: "app"}},
		{"mongodb://mongodb.sock", uriView{Hosts: []hostView{{Name: "mongodb.sock", Socket: true}}}},
		{"mongodb://db.sock:27017", uriView{Hosts: hosts("db.sock 27017")}},
		{"mongodb://a:1,b:2,[::1]:3/db", uriView{Hosts: hosts("a 1", "b 2", "::1 3"), Database: "db"}},
		{"mongodb://a,,b,", uriView{Hosts: hosts("a", "b")}},
		{"mongodb://%6Cocalhost", uriView{Hosts: hosts("localhost")}},
		{"mongodb://user@h", uriView{HasUserInfo: true, User: "user", Hosts: hosts("h")}},
		{"mongodb://@h", uriView{HasUserInfo: true, Hosts: hosts("h")}},
		{"mongodb://user:@h", uriView{HasUserInfo: true, HasPassword: true, User: "user", Hosts: hosts("h")}},
		{"mongodb://us%40er:p%3Ass%2Fw@h/", uriView{HasUserInfo: true, HasPassword: true, User: "us%40er", Password: "p%3Ass%2Fw", Hosts: hosts("h")}},
		{"mongodb://u:p@h1,h2:27018/admin?replicaSet=rs0", uriView{
			HasUserInfo: true, HasPassword: true, User: "u", Password: "p",
			Hosts: hosts("h1", "h2 27018"), Database: "admin",
			Options: []optView{opt("replicaSet", "rs0")},
		}},
		{"mongodb://h/my%20db", uriView{Hosts: hosts("h"), Database: "my db"}},
		{"mongodb://h/a+b", uriView{Hosts: hosts("h"), Database: "a b"}},
		{"mongodb://h/db/coll", uriView{Hosts: hosts("h"), Database: "db/coll"}},
		{"mongodb://h/?tls=true", uriView{Hosts: hosts("h"), Options: []optView{opt("tls", "true")}}},
		{"mongodb://h/db?TLS=true;appName=x&&;w=1&", uriView{Hosts: hosts("h"), Database: "db", Options: []optView{
			opt("TLS", "true"), opt("appName", "x"), opt("w", "1"),
		}}},
		{"mongodb://h/?tl%73=fal%73e&appName=a%20b+c&authMechanismProperties=SERVICE_NAME:x,CANONICALIZE_HOST_NAME:true", uriView{Hosts: hosts("h"), Options: []optView{
			{Key: "tl%73", Value: "fal%73e", Name: "tls", Val: "false"},
			{Key: "appName", Value: "a%20b+c", Name: "appname", Val: "a b c"},
			opt("authMechanismProperties", "SERVICE_NAME:x,CANONICALIZE_HOST_NAME:true"),
		}}},
		{"mongodb://h/?appName=a=b&x=", uriView{Hosts: hosts("h"), Options: []optView{opt("appName", "a=b"), opt("x", "")}}},
		{"mongodb://h/?readPreferenceTags=dc:ny,rack:1&readPreferenceTags=", uriView{Hosts: hosts("h"), Options: []optView{
			opt("readPreferenceTags", "dc:ny,rack:1"), opt("readPreferenceTags", ""),
		}}},
		{"mongodb+srv://cluster0.abcde.mongodb.net/app?retryWrites=true", uriView{SRV: true, Hosts: hosts("cluster0.abcde.mongodb.net"), Database: "app", Options: []optView{opt("retryWrites", "true")}}},
		// the first '@' ends the user info, wherever it is
		{"mongodb://u:p@h/?authSource=a@b", uriView{HasUserInfo: true, HasPassword: true, User: "u", Password: "p", Hosts: hosts("h"), Options: []optView{opt("authSource", "a@b")}}},
	}
	for _, tt := range tests {
		u, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if got := view(u); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Parse(%q)\n got %+v\nwant %+v", tt.in, got, tt.want)
		}
		if u.Raw != tt.in {
			t.Errorf("Parse(%q).Raw = %q", tt.in, u.Raw)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{
		"",
		"mongodb:/h",
		"MongoDB://h",                 // the scheme is case-sensitive
		"mongodb+SRV://h",             //
		"postgres://h",                //
		"mongodb://",                  // no host
		"mongodb://,",                 //
		"mongodb:///db",               //
		"mongodb://u:p@",              //
		"mongodb://h?tls=true",        // no '/' before '?'
		"mongodb://u@h@x",             // second '@'
		"mongodb://u:p:q@h",           // unescaped ':' in the password
		"mongodb://u:p/q@h",           // unescaped '/' in the password
		"mongodb://u/x@h",             // unescaped '/' in the user name
		"mongodb://h/db?x=1@y",        // the user info ends at the first '@'
		"mongodb://u%zz@h",            // bad escape in the user name
		"mongodb://u:%zz@h",           // bad escape in the password
		"mongodb://h:0",               // port out of range
		"mongodb://h:65536",           //
		"mongodb://h:-1",              //
		"mongodb://h:port",            //
		"mongodb://h:27017:1",         // too many colons
		"mongodb://::1",               // IPv6 without brackets
		"mongodb://fd00::1:27017",     //
		"mongodb://[::1",              // missing ']'
		"mongodb://[::1]:x",           //
		"mongodb://h%zz",              // bad escape in a host
		"mongodb://h/%zz",             // bad escape in the database
		"mongodb://h/?tls",            // option without '='
		"mongodb://h/?=true",          // empty key
		"mongodb://h/?tls%zz=true",    // bad escape in a key
		"mongodb://h/?tls=%zz",        // bad escape in a value
		"mongodb://<host>:27017",      // placeholder: no server name
		"mongodb:// is the scheme",    // prose
		"mongodb://host name/db",      //
		"mongodb://%2Ftmp%2Fa:b.sock", // a socket path with a non-numeric "port"
		"mongodb://h" + H + "/?=x",    // empty key, whatever the hole holds
		"mongodb://" + H + "@",        // a hole in the user info, no host
	} {
		if u, err := Parse(in); err == nil {
			t.Errorf("Parse(%q) = %+v, want error", in, view(u))
		}
	}
}

func TestSpans(t *testing.T) {
	in := "mongodb://us%40r:pa%24s@h1:1,[::1]:2/db?tls=false&appName=x"
	u, err := Parse(in)
	if err != nil {
		t.Fatal(err)
	}
	check := func(what string, sp Span, want string) {
		t.Helper()
		if got := in[sp.Start:sp.End]; got != want {
			t.Errorf("%s span = %q, want %q", what, got, want)
		}
	}
	check("user", u.User, "us%40r")
	check("password", u.Password, "pa%24s")
	check("host 0", u.Hosts[0].Span, "h1:1")
	check("host 1", u.Hosts[1].Span, "[::1]:2")
	check("key 0", u.Options[0].Key, "tls")
	check("value 0", u.Options[0].Value, "false")
	check("key 1", u.Options[1].Key, "appName")
	check("value 1", u.Options[1].Value, "x")
}

func TestOption(t *testing.T) {
	u, err := Parse("mongodb://h/?appName=a&APPNAME=b&w=1")
	if err != nil {
		t.Fatal(err)
	}
	if o := u.Option("appname"); o == nil || o.Val != "b" {
		t.Errorf("Option(appname) = %+v, want the last one, b", o)
	}
	if o := u.Option("tls"); o != nil {
		t.Errorf("Option(tls) = %+v, want nil", o)
	}
	for _, tt := range []struct {
		in   string
		want string
	}{
		{"mongodb://h/?authMechanism=scram-sha-256", "SCRAM-SHA-256"},
		{"mongodb://h/?authMechanism=" + H, ""},
		{"mongodb://h/", ""},
	} {
		u, err := Parse(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := u.AuthMechanism(); got != tt.want {
			t.Errorf("AuthMechanism(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsURI(t *testing.T) {
	for in, want := range map[string]bool{
		"mongodb://h":       true,
		"mongodb+srv://h":   true,
		"mongodb://":        true,
		"MONGODB://h":       false,
		"mongodb:h":         false,
		" mongodb://h":      false,
		"postgresql://h/db": false,
	} {
		if got := IsURI(in); got != want {
			t.Errorf("IsURI(%q) = %v, want %v", in, got, want)
		}
	}
}

// tlsWant is the expected verdict: the state, the raw text ("key=value")
// of the Disabled, Insecure and InvalidOption options, and the AllowInvalid
// options.
type tlsWant struct {
	State         State
	Disabled      string
	Insecure      string
	Invalid       bool
	InvalidOption string
	AllowInvalid  []string
}

// optText is the raw "key=value" text of o, or "".
func optText(u *URI, o *Option) string {
	if o == nil {
		return ""
	}
	return u.Raw[o.Key.Start:o.Value.End]
}

func TestTLS(t *testing.T) {
	on, off := tlsWant{State: On}, tlsWant{State: Off}
	offBy := func(opt string) tlsWant { return tlsWant{State: Off, Disabled: opt} }
	bad := func(opt string) tlsWant { return tlsWant{State: Unknown, Invalid: true, InvalidOption: opt} }
	tests := []struct {
		in   string
		want tlsWant
	}{
		{"mongodb://h", off},
		{"mongodb://h/?tls=true", on},
		{"mongodb://h/?ssl=true", on},
		{"mongodb://h/?TLS=true", on},
		{"mongodb://h/?sSl=true", on},
		{"mongodb://h/?tl%73=true", on},
		{"mongodb://h/?tls=false", offBy("tls=false")},
		{"mongodb://h/?SSL=false", offBy("SSL=false")},
		{"mongodb://h/?tls=true&tls=true", on},
		{"mongodb://h/?tls=true&ssl=true", on},
		{"mongodb://h/?tls=false&ssl=false", offBy("ssl=false")},
		{"mongodb://h/?tls=true;appName=x", on},
		// values must be exactly true or false
		{"mongodb://h/?tls=yes", bad("tls=yes")},
		{"mongodb://h/?tls=TRUE", bad("tls=TRUE")},
		{"mongodb://h/?ssl=1", bad("ssl=1")},
		{"mongodb://h/?tls=", bad("tls=")},
		{"mongodb://h/?tls=true&tls=false", bad("tls=false")},
		{"mongodb://h/?ssl=true&tls=false", bad("tls=false")},
		{"mongodb://h/?tls=false&ssl=true", bad("ssl=true")},
		{"mongodb://h/?tls=false&tlsCAFile=x&tls=true", bad("tls=true")},
		// TLS-enabling options, in order against tls=false
		{"mongodb://h/?tlsCAFile=ca.pem", on},
		{"mongodb://h/?tls=false&tlsCAFile=x", on},
		{"mongodb://h/?tlsCAFile=x&tls=false", offBy("tls=false")},
		{"mongodb://h/?ssl=false&sslCertificateAuthorityFile=x", on},
		{"mongodb://h/?tls=false&tlsCertificateKeyFile=x", on},
		{"mongodb://h/?tls=false&sslClientCertificateKeyFile=x", on},
		{"mongodb://h/?tls=false&tlsCertificateFile=c&tlsPrivateKeyFile=k", on},
		{"mongodb://h/?tls=false&tlsDisableOCSPEndpointCheck=true", on},
		{"mongodb://h/?tls=false&tlsDisableOCSPEndpointCheck=false", on},
		{"mongodb://h/?tls=false&tlsDisableCertificateRevocationCheck=true", on},
		{"mongodb://h/?tlsCertificateKeyFile=x&tls=false", offBy("tls=false")},
		{"mongodb://h/?tlsDisableOCSPEndpointCheck=maybe", bad("tlsDisableOCSPEndpointCheck=maybe")},
		{"mongodb://h/?tlsDisableCertificateRevocationCheck=1", bad("tlsDisableCertificateRevocationCheck=1")},
		// tlsCertificateKeyFilePassword does not enable TLS
		{"mongodb://h/?tlsCertificateKeyFilePassword=x", off},
		// tlsInsecure
		{"mongodb://h/?tlsInsecure=true", tlsWant{State: Off, Insecure: "tlsInsecure=true"}},
		{"mongodb://h/?sslInsecure=true&tls=true", tlsWant{State: On, Insecure: "sslInsecure=true"}},
		{"mongodb://h/?tls=true&tlsInsecure=true&tlsInsecure=false", on},
		{"mongodb://h/?tls=false&tlsInsecure=true", tlsWant{State: Off, Disabled: "tls=false", Insecure: "tlsInsecure=true"}},
		{"mongodb://h/?tlsInsecure=yes", bad("tlsInsecure=yes")},
		{"mongodb://h/?tlsInsecure=True", bad("tlsInsecure=True")},
		// ignored by the Go driver, reported for other clients
		{"mongodb://h/?tlsAllowInvalidCertificates=true", tlsWant{State: Off, AllowInvalid: []string{"tlsAllowInvalidCertificates=true"}}},
		{"mongodb://h/?tls=true&tlsAllowInvalidHostnames=TRUE&sslAllowInvalidCertificates=false", tlsWant{State: On, AllowInvalid: []string{"tlsAllowInvalidHostnames=TRUE"}}},
		{"mongodb://h/?tlsAllowInvalidCertificates=maybe", off},
		// ConnString.validateSSL, only with TLS on
		{"mongodb://h/?tlsCertificateFile=c", bad("tlsCertificateFile=c")},
		{"mongodb://h/?tlsPrivateKeyFile=k", bad("tlsPrivateKeyFile=k")},
		{"mongodb://h/?tlsCertificateFile=c&tls=false", offBy("tls=false")},
		{"mongodb://h/?tlsCertificateKeyFile=x&tlsCertificateFile=c&tlsPrivateKeyFile=k", bad("tlsPrivateKeyFile=k")},
		{"mongodb://h/?tlsCertificateFile=c&tlsCertificateKeyFile=x", bad("tlsCertificateKeyFile=x")},
		{"mongodb://h/?tlsDisableOCSPEndpointCheck=true&tlsDisableCertificateRevocationCheck=false", bad("tlsDisableCertificateRevocationCheck=false")},
		{"mongodb://h/?tlsInsecure=false&tlsDisableOCSPEndpointCheck=true", bad("tlsDisableOCSPEndpointCheck=true")},
		{"mongodb://h/?tlsDisableCertificateRevocationCheck=true&sslInsecure=true", bad("sslInsecure=true")},
		{"mongodb://h/?tlsInsecure=true&tlsDisableOCSPEndpointCheck=true&tls=false", tlsWant{State: Off, Disabled: "tls=false", Insecure: "tlsInsecure=true"}},
		// with a client certificate file the driver checks nothing else
		{"mongodb://h/?tlsCertificateKeyFile=x&tlsInsecure=true&tlsDisableOCSPEndpointCheck=true", tlsWant{State: On, Insecure: "tlsInsecure=true"}},
		// mongodb+srv starts with TLS on
		{"mongodb+srv://cluster0.abcde.mongodb.net/", on},
		{"mongodb+srv://h/?tls=false", offBy("tls=false")},
		{"mongodb+srv://h.example.com/?tls=false", offBy("tls=false")},
		{"mongodb+srv://h.example.com/?ssl=false&tls=false", offBy("tls=false")},
		{"mongodb+srv://h.example.com/?tls=false&tlsCAFile=x", on},
		{"mongodb+srv://h.example.com/?tlsInsecure=true", tlsWant{State: On, Insecure: "tlsInsecure=true"}},
		// other options do not matter
		{"mongodb://h/?appName=tls%3Dtrue&w=majority", off},
		{"mongodb://h/?tls%3Dtrue=x", off},
	}
	for _, tt := range tests {
		checkTLS(t, tt.in, tt.want)
	}
}

// checkTLS compares the verdict on in with want.
func checkTLS(t *testing.T, in string, want tlsWant) {
	t.Helper()
	u, err := Parse(in)
	if err != nil {
		t.Errorf("Parse(%q): %v", in, err)
		return
	}
	v := u.TLS()
	got := tlsWant{
		State:         v.State,
		Disabled:      optText(u, v.Disabled),
		Insecure:      optText(u, v.Insecure),
		Invalid:       v.Invalid != "",
		InvalidOption: optText(u, v.InvalidOption),
	}
	for _, o := range v.AllowInvalid {
		got.AllowInvalid = append(got.AllowInvalid, optText(u, o))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("TLS(%q)\n got %+v (%s)\nwant %+v", in, got, v.Invalid, want)
	}
}

func TestTemplates(t *testing.T) {
	tests := []struct {
		in   string
		want uriView
		tls  State
	}{
		{"mongodb://" + H + "/app", uriView{UserInfoUnknown: true, Hosts: []hostView{{Name: H, Unknown: true}}, Database: "app"}, Off},
		// A run-time part ending the host list is read as a host (HostTail),
		// not as options: "mongodb://" + host has no TLS option.
		{"mongodb://" + H, uriView{UserInfoUnknown: true, Hosts: []hostView{{Name: H, Unknown: true}}, HostTail: true}, Off},
		{"mongodb+srv://" + H, uriView{SRV: true, UserInfoUnknown: true, Hosts: []hostView{{Name: H, Unknown: true}}, HostTail: true}, On},
		{"mongodb://" + H + ":27017/", uriView{UserInfoUnknown: true, Hosts: []hostView{{Name: H + ":27017", Unknown: true}}}, Off},
		{"mongodb://" + H + ":" + H + "@" + H + "/db", uriView{
			HasUserInfo: true, HasPassword: true, User: H, Password: H,
			Hosts: []hostView{{Name: H, Unknown: true}}, Database: "db",
		}, Off},
		{"mongodb://u:p@mongo-" + H + ".example.com:27017,h2/?tls=true", uriView{
			HasUserInfo: true, HasPassword: true, User: "u", Password: "p",
			Hosts:   []hostView{{Name: "mongo-" + H + ".example.com:27017", Unknown: true}, {Name: "h2"}},
			Options: []optView{opt("tls", "true")},
		}, On},
		{"mongodb://%2Ftmp%2F" + H + ".sock", uriView{UserInfoUnknown: true, Hosts: []hostView{{Name: "%2Ftmp%2F" + H + ".sock", Unknown: true, Socket: true}}}, Off},
		{"mongodb://h/?" + H, uriView{Hosts: hosts("h"), QueryUnknown: true}, Unknown},
		{"mongodb://h/app?tls=" + H, uriView{Hosts: hosts("h"), Database: "app", Options: []optView{{Key: "tls", Value: H, Name: "tls", Val: H, Unknown: true}}}, Unknown},
		{"mongodb://h/" + H, uriView{Hosts: hosts("h"), Database: H, QueryUnknown: true}, Unknown},
		{"mongodb://h/" + H + "?tls=false", uriView{Hosts: hosts("h"), Database: H, Options: []optView{opt("tls", "false")}}, Off},
		{"mongodb://h/%" + H, uriView{Hosts: hosts("h"), Database: "%" + H, QueryUnknown: true}, Unknown},
		{"mongodb://" + H + "?tls=true", uriView{UserInfoUnknown: true, Hosts: []hostView{{Name: H, Unknown: true}}, Options: []optView{opt("tls", "true")}}, On},
		{"mongodb://h/?" + H + "=true", uriView{Hosts: hosts("h"), Options: []optView{{Key: H, Value: "true", Unknown: true}}, QueryUnknown: true}, Unknown},
		{"mongodb://h/?appName=" + H, uriView{Hosts: hosts("h"), Options: []optView{{Key: "appName", Value: H, Name: "appname", Val: H, Unknown: true}}}, Off},
	}
	for _, tt := range tests {
		u, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if got := view(u); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Parse(%q)\n got %+v\nwant %+v", tt.in, got, tt.want)
		}
		if !u.HasHole() {
			t.Errorf("Parse(%q).HasHole() = false", tt.in)
		}
		if got := u.TLS().State; got != tt.tls {
			t.Errorf("TLS(%q).State = %v, want %v", tt.in, got, tt.tls)
		}
	}
}

func TestTLSTemplates(t *testing.T) {
	unk := tlsWant{State: Unknown}
	tests := []struct {
		in   string
		want tlsWant
	}{
		{"mongodb://h/?" + H, unk},
		{"mongodb://h/?tls=true&" + H, unk},
		{"mongodb://h/?tls=false&" + H, unk},
		{"mongodb://h/?tls=" + H, unk},
		{"mongodb://h/?ssl=" + H + "&appName=x", unk},
		{"mongodb://h/?" + H + "=false", unk},
		{"mongodb://h/?" + H + "&appName=x", unk},
		{"mongodb+srv://h.example.com/?" + H, unk},
		// a later visible option decides: on, off, or a rejected URI
		{"mongodb://h/?" + H + "&tls=true", tlsWant{State: On}},
		{"mongodb://h/?" + H + "&tls=false", tlsWant{State: Off, Disabled: "tls=false"}},
		{"mongodb://h/?" + H + "=x&tlsCAFile=ca.pem", tlsWant{State: On}},
		{"mongodb://h/?tls=" + H + "&tls=true", tlsWant{State: On}},
		{"mongodb://h/?tls=" + H + "&ssl=false", tlsWant{State: Off, Disabled: "ssl=false"}},
		{"mongodb://h/?tls=" + H + "&tlsCAFile=x", tlsWant{State: On}},
		// a hole in the value of a TLS-enabling option still enables TLS
		{"mongodb://h/?tlsCAFile=" + H, tlsWant{State: On}},
		{"mongodb://h/?tls=false&tlsCertificateKeyFile=" + H, tlsWant{State: On}},
		{"mongodb://h/?tlsDisableOCSPEndpointCheck=" + H, tlsWant{State: On}},
		{"mongodb://h/?tlsInsecure=" + H + "&tls=true", tlsWant{State: On}},
		{"mongodb://h/?tlsInsecure=true&tlsInsecure=" + H + "&tls=true", tlsWant{State: On}},
		// visible errors stay errors
		{"mongodb://h/?tls=yes&" + H, tlsWant{State: Unknown, Invalid: true, InvalidOption: "tls=yes"}},
		{"mongodb://h/?ssl=true&" + H + "&tls=false", tlsWant{State: Unknown, Invalid: true, InvalidOption: "tls=false"}},
		{"mongodb://h/?tlsCertificateKeyFile=x&" + H + "&tlsCertificateFile=" + H, tlsWant{State: Unknown, Invalid: true, InvalidOption: "tlsCertificateFile=" + H}},
		{"mongodb://h/?tlsCertificateKeyFile=x&tlsCertificateFile=c&" + H, unk}, // the hole may hold tls=false
		// ...but a hole may hold the option that makes the URI valid
		{"mongodb://h/?tlsCertificateFile=c&" + H, unk},
		{"mongodb://h/?tlsCertificateFile=c&" + H + "&tls=true", tlsWant{State: On}},
		{"mongodb://h/?tlsInsecure=true&tlsDisableOCSPEndpointCheck=true&" + H + "=x&tls=true", tlsWant{State: On, Insecure: "tlsInsecure=true"}},
		// holes outside the query
		{"mongodb://" + H + "/?tls=false", tlsWant{State: Off, Disabled: "tls=false"}},
		{"mongodb://" + H + ":" + H + "@" + H + "/db", tlsWant{State: Off}},
		{"mongodb://h/" + H + "?tls=false", tlsWant{State: Off, Disabled: "tls=false"}},
		{"mongodb://h/" + H, unk},
		{"mongodb://" + H, tlsWant{State: Off}},
	}
	for _, tt := range tests {
		checkTLS(t, tt.in, tt.want)
	}
}

func TestExposure(t *testing.T) {
	tests := []struct {
		host string
		want Exposure
	}{
		{"localhost", Loopback},
		{"LOCALHOST:27017", Loopback},
		{"localhost.", Loopback},
		{"app.localhost", Loopback},
		{"127.0.0.1", Loopback},
		{"127.0.0.5:27018", Loopback},
		{"[::1]:27017", Loopback},
		{"[::ffff:127.0.0.1]", Loopback},
		{"0.0.0.0", Loopback},
		{"[::]", Loopback},
		{":27017", Loopback},
		{"%2Ftmp%2Fmongodb-27017.sock", Loopback},
		{"mongodb.sock", Loopback},
		{"10.0.0.12", Private},
		{"10.255.255.255:27017", Private},
		{"172.16.0.1", Private},
		{"172.31.255.1", Private},
		{"192.168.1.20", Private},
		{"100.64.0.1", Private},
		{"100.127.255.254", Private},
		{"169.254.169.254", Private},
		{"[fd00::1]", Private},
		{"[fe80::1%25eth0]:27017", Private},
		{"mongo", Private},
		{"mongo:27017", Private},
		{"MONGO", Private},
		{"db.internal", Private},
		{"mongo.svc", Private},
		{"mongo.ns.svc.cluster.local", Private},
		{"mongo.svc.cluster.local", Private},
		{"db.corp", Private},
		{"nas.lan", Private},
		{"printer.home.arpa", Private},
		{"box.localdomain", Private},
		{"db.example.com", Public},
		{"db.example.com.", Public},
		{"cluster0.abcde.mongodb.net", Public},
		{"cluster0-shard-00-00.abcde.mongodb.net:27017", Public},
		{"db.sock:27017", Public}, // a TCP host: only an entry that ends in "sock" is a socket
		{"8.8.8.8", Public},
		{"172.32.0.1", Public},
		{"100.128.0.1", Public},
		{"[2001:4860:4860::8888]:27017", Public},
		{"internal.example.com", Public},
		{H, Runtime},
		{H + ":27017", Runtime},
		{"10.0.0." + H, Runtime},
		{"db-" + H, Runtime},
		{H + ".internal", Runtime},
		{H + ".svc.cluster.local", Runtime},
		{H + ".com", Runtime},
		{"mongo-" + H + ".example.com", Public},
		{"mongo-" + H + ".example.com:27017", Public},
		{H + ".abcde.mongodb.net", Public},
		{"%2Fvar%2Frun%2F" + H + ".sock", Loopback},
		{"localhost:" + H, Loopback}, // a run-time port, not a run-time host
		{"127.0.0.1:" + H, Loopback},
		{"[::1]:" + H, Loopback},
		{"localhost:27" + H, Loopback},
		{"mongo:" + H, Private},
		{"db.example.com:" + H, Public},
		{H + ":" + H, Runtime},
		{"localhost" + H, Runtime}, // "localhost" + suffix: any host
	}
	for _, tt := range tests {
		in := "mongodb://" + tt.host + "/"
		u, err := Parse(in)
		if err != nil {
			t.Errorf("Parse(%q): %v", in, err)
			continue
		}
		got, h := u.Exposure()
		if got != tt.want || h != &u.Hosts[0] {
			t.Errorf("Exposure(%q) = %v, %p; want %v, %p", tt.host, got, h, tt.want, &u.Hosts[0])
		}
	}
}

func TestURIExposure(t *testing.T) {
	tests := []struct {
		in    string
		want  Exposure
		worst string // name of the most exposed host
	}{
		{"mongodb://localhost,127.0.0.1", Loopback, "localhost"},
		{"mongodb://localhost,mongo:27017,127.0.0.1", Private, "mongo"},
		{"mongodb://mongo," + H + ",db.example.com", Public, "db.example.com"},
		{"mongodb://10.0.0.1," + H + ",mongo", Runtime, H},
		{"mongodb://u:p@a.internal,b.example.com,c.example.com/", Public, "b.example.com"},
	}
	for _, tt := range tests {
		u, err := Parse(tt.in)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tt.in, err)
		}
		got, h := u.Exposure()
		if got != tt.want || h == nil || h.Name != tt.worst {
			t.Errorf("Exposure(%q) = %v, %+v; want %v, %s", tt.in, got, h, tt.want, tt.worst)
		}
	}
}

func TestParseHost(t *testing.T) {
	tests := []struct {
		in   string
		want hostView
		exp  Exposure
	}{
		{"db.example.com:27017", hostView{Name: "db.example.com", Port: "27017"}, Public},
		{"localhost", hostView{Name: "localhost"}, Loopback},
		{"[::1]:27017", hostView{Name: "::1", Port: "27017"}, Loopback},
		{"::1", hostView{Name: "::1"}, Loopback},        // does not parse: kept whole
		{"fd00::1", hostView{Name: "fd00::1"}, Private}, //
		{"/tmp/mongodb-27017.sock", hostView{Name: "/tmp/mongodb-27017.sock", Socket: true}, Loopback},
		{"mongo-" + H + ".example.com", hostView{Name: "mongo-" + H + ".example.com", Unknown: true}, Public},
		{"h:99999", hostView{Name: "h:99999"}, Private},
	}
	for _, tt := range tests {
		h := ParseHost(tt.in)
		if got := (hostView{h.Name, h.Port, h.Unknown, h.Socket}); got != tt.want {
			t.Errorf("ParseHost(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
		if h.Span != (Span{0, len(tt.in)}) {
			t.Errorf("ParseHost(%q).Span = %v", tt.in, h.Span)
		}
		if got := h.Exposure(); got != tt.exp {
			t.Errorf("ParseHost(%q).Exposure() = %v, want %v", tt.in, got, tt.exp)
		}
	}
}

func TestStrings(t *testing.T) {
	for _, tt := range []struct{ got, want string }{
		{Unknown.String(), "unknown"}, {Off.String(), "off"}, {On.String(), "on"},
		{Loopback.String(), "loopback"}, {Private.String(), "internal"},
		{Runtime.String(), "run-time"}, {Public.String(), "public"},
	} {
		if tt.got != tt.want {
			t.Errorf("String() = %q, want %q", tt.got, tt.want)
		}
	}
}
