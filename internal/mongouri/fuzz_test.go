package mongouri

// FuzzParse checks these properties on any input:
//
//  1. Parse, TLS, Exposure and AuthMechanism do not panic.
//  2. The spans of a parsed URI (user, password, hosts, option keys and
//     values) lie within the input, after the scheme, in this order and
//     without overlap; every option key is followed by '=' and its value.
//  3. The verdict is consistent: InvalidOption is set with Invalid;
//     Disabled only with State Off, on a tls or ssl option set to false;
//     Insecure on a tlsInsecure or sslInsecure option set to true.
//  4. Without a hole nothing is unknown: no unknown host, option, user info
//     or query, and a State of Unknown only with Invalid.
//  5. For an input without a hole and not mongodb+srv (the driver would
//     look up DNS), against go.mongodb.org/mongo-driver/v2's
//     connstring.ParseAndValidate (what ApplyURI calls):
//     - if the driver accepts it, Parse accepts it unless a host is not a
//       host name (errHostName, the one deliberate difference), and then
//       TLS() is On if and only if the driver's SSL is true, never Unknown
//       nor Invalid, and Insecure is set if and only if SSLInsecure is;
//     - if TLS() sets Invalid, the driver rejects the input;
//     - if the driver rejects it for a TLS option, Parse rejects it or
//       TLS() sets Invalid.
//     The first point is the one that matters: a URI the driver runs with
//     TLS on is never reported Off, and one it runs in plaintext never On.
//  6. A template whose verdict is decided (On or Off, not Invalid) keeps it
//     once its holes are filled with option-like text: filling each hole
//     with one of holeFills, Parse rejects the result, or TLS() sets
//     Invalid, or gives the same State; and when the v2 driver accepts the
//     filled, non-SRV URI its SSL agrees with the template's State.
//     (A fill is never '&', ';', '/', '?' or '@', which would move the
//     structure of the URI around the hole: a hole is taken to be a part of
//     the URI where it stands.)
//
// Seeds are in testdata/fuzz/FuzzParse and run with every go test. Run
//
//	go test -run='^$' -fuzz=FuzzParse -fuzztime=60s ./internal/mongouri/

import (
	"errors"
	"strings"
	"testing"

	connstring2 "go.mongodb.org/mongo-driver/v2/x/mongo/driver/connstring"
)

// holeFills are what property 6 puts in the holes of a template.
var holeFills = []string{"a", "tls", "true", "false", "tls=true", "tls=false", "ssl=false", "tlsCAFile=x", "tlsInsecure=true"}

func FuzzParse(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		u, err := Parse(s)
		if err != nil {
			checkDriverRejects(t, s, err)
			return
		}
		checkSpans(t, u)
		v := u.TLS()
		checkVerdict(t, u, v)
		e, worst := u.Exposure()
		if worst == nil || worst.Exposure() != e {
			t.Fatalf("Exposure(%q) = %v, %+v", s, e, worst)
		}
		u.AuthMechanism()
		if !u.HasHole() {
			checkNoUnknown(t, u, v)
			checkDriverAccepts(t, u, v)
			return
		}
		checkFills(t, u, v)
	})
}

// checkSpans asserts property 2.
func checkSpans(t *testing.T, u *URI) {
	t.Helper()
	s := u.Raw
	pos := len(SchemeMongoDB)
	if u.SRV {
		pos = len(SchemeMongoDBSRV)
	}
	next := func(what string, sp Span) {
		t.Helper()
		if sp.Start < pos || sp.End < sp.Start || sp.End > len(s) {
			t.Fatalf("%q: %s span %v out of order (after %d, within %d)", s, what, sp, pos, len(s))
		}
		pos = sp.End
	}
	if u.HasUserInfo {
		next("user", u.User)
		if u.HasPassword {
			if u.Password.Start != u.User.End+1 || s[u.User.End] != ':' {
				t.Fatalf("%q: password span %v does not follow the user %v", s, u.Password, u.User)
			}
			next("password", u.Password)
		}
		if pos >= len(s) || s[pos] != '@' {
			t.Fatalf("%q: user info does not end with '@' at %d", s, pos)
		}
	} else if u.HasPassword || u.User != (Span{}) || u.Password != (Span{}) {
		t.Fatalf("%q: user or password without user info", s)
	}
	if len(u.Hosts) == 0 {
		t.Fatalf("%q: no host", s)
	}
	for i, h := range u.Hosts {
		next("host", h.Span)
		if h.Start == h.End {
			t.Fatalf("%q: empty host %d", s, i)
		}
		if strings.ContainsAny(u.Text(h.Span), ",/?@") {
			t.Fatalf("%q: host %q holds a separator", s, u.Text(h.Span))
		}
	}
	for _, o := range u.Options {
		next("key", o.Key)
		if o.Key.Start == o.Key.End || o.Value.Start != o.Key.End+1 || s[o.Key.End] != '=' {
			t.Fatalf("%q: option %v=%v is not key=value", s, o.Key, o.Value)
		}
		next("value", o.Value)
		if strings.ContainsAny(u.Text(o.Key)+u.Text(o.Value), "&;") {
			t.Fatalf("%q: option %q holds a separator", s, u.Text(Span{o.Key.Start, o.Value.End}))
		}
	}
}

// checkVerdict asserts property 3.
func checkVerdict(t *testing.T, u *URI, v Verdict) {
	t.Helper()
	if (v.Invalid != "") != (v.InvalidOption != nil) {
		t.Fatalf("%q: Invalid %q with option %+v", u.Raw, v.Invalid, v.InvalidOption)
	}
	if v.Disabled != nil && (v.State != Off || v.Disabled.Name != "tls" && v.Disabled.Name != "ssl" || v.Disabled.Val != "false") {
		t.Fatalf("%q: State %v, Disabled by %+v", u.Raw, v.State, v.Disabled)
	}
	if v.Insecure != nil && (v.Insecure.Name != "tlsinsecure" && v.Insecure.Name != "sslinsecure" || v.Insecure.Val != "true") {
		t.Fatalf("%q: Insecure %+v", u.Raw, v.Insecure)
	}
}

// checkNoUnknown asserts property 4.
func checkNoUnknown(t *testing.T, u *URI, v Verdict) {
	t.Helper()
	if u.UserInfoUnknown || u.QueryUnknown || v.State == Unknown && v.Invalid == "" {
		t.Fatalf("%q: no hole, but unknown: %+v, %+v", u.Raw, u, v)
	}
	for _, h := range u.Hosts {
		if h.Unknown || h.Exposure() == Runtime {
			t.Fatalf("%q: no hole, but host %+v unknown", u.Raw, h)
		}
	}
	for _, o := range u.Options {
		if o.Unknown {
			t.Fatalf("%q: no hole, but option %+v unknown", u.Raw, o)
		}
	}
}

// driverOutcome is the v2 driver's view of a URI.
type driverOutcome struct {
	err           error
	tlsErr        bool // rejected because of a TLS option
	ssl, insecure bool
}

// driverV2 runs the v2 driver's ParseAndValidate on s, or reports false for
// inputs it must not see: SRV URIs (DNS) and templates.
func driverV2(s string) (driverOutcome, bool) {
	if !strings.HasPrefix(s, SchemeMongoDB) || strings.IndexByte(s, Hole) >= 0 {
		return driverOutcome{}, false
	}
	cs, err := connstring2.Parse(s)
	if err != nil {
		msg := strings.ToLower(err.Error())
		return driverOutcome{err: err, tlsErr: strings.Contains(msg, `invalid value for "tls`) ||
			strings.Contains(msg, `invalid value for "ssl`) || strings.Contains(msg, "tls and ssl options")}, true
	}
	if err := cs.Validate(); err != nil {
		// validateSSL runs after validateAuth: a TLS message means a TLS reason
		msg := strings.ToLower(err.Error())
		return driverOutcome{err: err, tlsErr: strings.Contains(msg, "tls")}, true
	}
	return driverOutcome{ssl: cs.SSL, insecure: cs.SSLInsecure}, true
}

// checkDriverRejects asserts property 5 for an input that Parse rejects.
func checkDriverRejects(t *testing.T, s string, err error) {
	t.Helper()
	d, ok := driverV2(s)
	if ok && d.err == nil && !errors.Is(err, errHostName) {
		t.Fatalf("the driver accepts %q (SSL %v), Parse: %v", s, d.ssl, err)
	}
}

// checkDriverAccepts asserts property 5 for an input that Parse accepts.
func checkDriverAccepts(t *testing.T, u *URI, v Verdict) {
	t.Helper()
	d, ok := driverV2(u.Raw)
	if !ok {
		return
	}
	switch {
	case d.err != nil:
		if d.tlsErr && v.Invalid == "" {
			t.Fatalf("the driver rejects %q for TLS (%v), TLS() = %+v", u.Raw, d.err, v)
		}
	case v.Invalid != "":
		t.Fatalf("the driver accepts %q, TLS().Invalid = %s", u.Raw, v.Invalid)
	case d.ssl && v.State != On, !d.ssl && v.State != Off:
		t.Fatalf("the driver has SSL %v for %q, TLS().State = %v", d.ssl, u.Raw, v.State)
	case d.insecure != (v.Insecure != nil):
		t.Fatalf("the driver has SSLInsecure %v for %q, TLS().Insecure = %+v", d.insecure, u.Raw, v.Insecure)
	}
}

// checkFills asserts property 6 on a template.
func checkFills(t *testing.T, u *URI, v Verdict) {
	t.Helper()
	if v.Invalid != "" || v.State == Unknown {
		return
	}
	for _, fill := range holeFills {
		s := strings.ReplaceAll(u.Raw, string(Hole), fill)
		if d, ok := driverV2(s); ok && d.err == nil && d.ssl != (v.State == On) {
			t.Fatalf("template %q is %v, the driver has SSL %v for %q", u.Raw, v.State, d.ssl, s)
		}
		fu, err := Parse(s)
		if err != nil {
			continue
		}
		if fv := fu.TLS(); fv.Invalid == "" && fv.State != v.State {
			t.Fatalf("template %q is %v, %q is %v", u.Raw, v.State, s, fv.State)
		}
	}
}
