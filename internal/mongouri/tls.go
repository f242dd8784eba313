package mongouri

import (
	"fmt"
	"strings"
)

// State is what the driver does about TLS for a URI.
type State int

// TLS states.
const (
	Unknown State = iota // depends on a run-time part of the string
	Off
	On
)

func (s State) String() string {
	switch s {
	case Off:
		return "off"
	case On:
		return "on"
	}
	return "unknown"
}

// Verdict is the driver's TLS behaviour for one URI.
type Verdict struct {
	State State
	// Disabled is the tls=false / ssl=false option that turned TLS off, if
	// that is why State is Off.
	Disabled *Option
	// Insecure is a tlsInsecure=true / sslInsecure=true option.
	Insecure *Option
	// AllowInvalid holds tlsAllowInvalidCertificates=true and
	// tlsAllowInvalidHostnames=true, which the Go driver ignores.
	AllowInvalid []*Option
	// Invalid is why the driver rejects the URI's TLS options ("" if it does
	// not), and InvalidOption the option at fault.
	Invalid       string
	InvalidOption *Option
}

// enablingOptions are the options whose mere presence turns TLS on in the
// driver, whatever their value (connstring.addOptions).
var enablingOptions = map[string]bool{
	"tlscafile":                            true,
	"sslcertificateauthorityfile":          true,
	"tlscertificatekeyfile":                true,
	"sslclientcertificatekeyfile":          true,
	"tlscertificatefile":                   true,
	"tlsprivatekeyfile":                    true,
	"tlsdisableocspendpointcheck":          true,
	"tlsdisablecertificaterevocationcheck": true,
}

// boolOptions must have the value true or false, exactly, or the driver
// rejects the URI.
var boolOptions = map[string]bool{
	"tls":                                  true,
	"ssl":                                  true,
	"tlsinsecure":                          true,
	"sslinsecure":                          true,
	"tlsdisableocspendpointcheck":          true,
	"tlsdisablecertificaterevocationcheck": true,
}

// TLS evaluates the options in order as connstring.addOptions does, then
// checks them as ConnString.Validate does (go.mongodb.org/mongo-driver/v2,
// whose ParseAndValidate is what ClientOptions.ApplyURI calls):
//
//   - a mongodb+srv URI starts with TLS on (its TXT records cannot hold TLS
//     options);
//   - tls and ssl set it, last write wins, and must all have the same value;
//   - tls, ssl, tlsInsecure, sslInsecure, tlsDisableOCSPEndpointCheck and
//     tlsDisableCertificateRevocationCheck must be exactly "true" or "false";
//   - tlsCAFile, tlsCertificateKeyFile, tlsCertificateFile,
//     tlsPrivateKeyFile, tlsDisableOCSPEndpointCheck,
//     tlsDisableCertificateRevocationCheck, sslClientCertificateKeyFile and
//     sslCertificateAuthorityFile turn TLS on whatever their value, so
//     "tls=false&tlsCAFile=x" is on and "tlsCAFile=x&tls=false" is off;
//   - tlsInsecure alone does not turn TLS on;
//   - with TLS on, the client certificate, OCSP, revocation and tlsInsecure
//     options must not be combined in the ways Validate refuses.
//
// A hole that may hold options (a hole in a key, a key-less hole, a hole
// that may open a query) makes the state Unknown, unless a later visible
// option decides it: tls=true or a TLS-enabling option leaves only "on" or
// a rejected URI, tls=false only "off" or a rejected URI. A hole in the value
// of tls or ssl likewise makes the state Unknown until a later option
// decides it; a hole in the value of a TLS-enabling option still enables
// TLS.
//
// The one difference from v1 (go.mongodb.org/mongo-driver v1.17) is that
// v1 does not know tlsDisableCertificateRevocationCheck: there it neither
// enables TLS nor needs a boolean value.
func (u *URI) TLS() Verdict {
	v := Verdict{State: Off}
	if u.SRV {
		v.State = On
	}
	var (
		tlsssl     *Option // first tls/ssl option with a visible value, for conflicts
		set        tlsSet  // the options Validate checks, last of each
		keyUnknown bool    // a hole may hold any option
		holes      = u.unknownAt
	)
	unknown := func() {
		v.State, v.Disabled = Unknown, nil
		keyUnknown = true
	}
	for i := range u.Options {
		o := &u.Options[i]
		for len(holes) > 0 && holes[0] < o.Key.Start {
			unknown()
			holes = holes[1:]
		}
		if o.Unknown && o.Name == "" {
			unknown() // a hole in the key: any option
			continue
		}
		set.record(o)
		if o.Unknown {
			// a hole in the value only
			switch {
			case o.Name == "tls" || o.Name == "ssl":
				v.State, v.Disabled = Unknown, nil
			case enablingOptions[o.Name]:
				v.State, v.Disabled = On, nil // on, or the value is invalid
			case o.Name == "tlsinsecure" || o.Name == "sslinsecure":
				v.Insecure = nil
			}
			continue
		}
		if boolOptions[o.Name] && o.Val != "true" && o.Val != "false" {
			return invalid(fmt.Sprintf("invalid value %q for %s", o.Val, u.Text(o.Key)), o)
		}
		switch o.Name {
		case "tls", "ssl":
			if tlsssl != nil && tlsssl.Val != o.Val {
				return invalid("tls and ssl options, when both specified, must be equivalent", o)
			}
			if tlsssl == nil {
				tlsssl = o
			}
			v.State, v.Disabled = Off, o
			if o.Val == "true" {
				v.State, v.Disabled = On, nil
			}
		case "tlsinsecure", "sslinsecure":
			v.Insecure = nil
			if o.Val == "true" {
				v.Insecure = o
			}
		case "tlsallowinvalidcertificates", "tlsallowinvalidhostnames",
			"sslallowinvalidcertificates", "sslallowinvalidhostnames":
			if strings.EqualFold(o.Val, "true") {
				v.AllowInvalid = append(v.AllowInvalid, o)
			}
		default:
			if enablingOptions[o.Name] {
				v.State, v.Disabled = On, nil
			}
		}
	}
	if len(holes) > 0 {
		unknown()
	}
	if v.State == On {
		if msg, o := set.validate(keyUnknown); msg != "" {
			return invalid(msg, o)
		}
	}
	if v.State != Off {
		v.Disabled = nil
	}
	return v
}

// invalid is the verdict on a URI the driver rejects because of option o.
func invalid(msg string, o *Option) Verdict {
	return Verdict{State: Unknown, Invalid: msg, InvalidOption: o}
}

// tlsSet records the last of each option that ConnString.validateSSL
// checks; the driver checks whether they were set, whatever their value.
type tlsSet struct {
	certKeyFile, certFile, keyFile, ocsp, crl, insecure *Option
}

// record notes o if validateSSL checks it.
func (t *tlsSet) record(o *Option) {
	switch o.Name {
	case "sslclientcertificatekeyfile", "tlscertificatekeyfile":
		t.certKeyFile = o
	case "tlscertificatefile":
		t.certFile = o
	case "tlsprivatekeyfile":
		t.keyFile = o
	case "tlsdisableocspendpointcheck":
		t.ocsp = o
	case "tlsdisablecertificaterevocationcheck":
		t.crl = o
	case "tlsinsecure", "sslinsecure":
		t.insecure = o
	}
}

// validate mirrors ConnString.validateSSL on a URI with TLS on, returning
// the driver's message and the option at fault. When keyUnknown, a hole may
// add any option, so only errors that more options cannot lift are given.
func (t *tlsSet) validate(keyUnknown bool) (string, *Option) {
	if t.certKeyFile != nil {
		if o := later(t.certFile, t.keyFile); o != nil {
			return "the sslClientCertificateKeyFile/tlsCertificateKeyFile URI option cannot be provided along with tlsCertificateFile or tlsPrivateKeyFile", later(o, t.certKeyFile)
		}
		return "", nil // the driver checks nothing else
	}
	if keyUnknown {
		return "", nil // a hole may add tlsCertificateKeyFile, or a missing file option
	}
	switch {
	case t.certFile != nil && t.keyFile == nil:
		return "the tlsPrivateKeyFile URI option must be provided if the tlsCertificateFile option is specified", t.certFile
	case t.keyFile != nil && t.certFile == nil:
		return "the tlsCertificateFile URI option must be provided if the tlsPrivateKeyFile option is specified", t.keyFile
	case t.ocsp != nil && t.crl != nil:
		return "tlsDisableOCSPEndpointCheck cannot be used with tlsDisableCertificateRevocationCheck", later(t.ocsp, t.crl)
	case t.insecure != nil && t.ocsp != nil:
		return "the sslInsecure/tlsInsecure URI option cannot be provided along with tlsDisableOCSPEndpointCheck", later(t.insecure, t.ocsp)
	case t.insecure != nil && t.crl != nil:
		return "sslInsecure/tlsInsecure cannot be used with tlsDisableCertificateRevocationCheck", later(t.insecure, t.crl)
	}
	return "", nil
}

// later returns whichever of a and b comes later in the input, ignoring nils.
func later(a, b *Option) *Option {
	if a == nil || b != nil && b.Key.Start > a.Key.Start {
		return b
	}
	return a
}

// AuthMechanism returns the upper-case authMechanism option, or "".
func (u *URI) AuthMechanism() (string, *Option) {
	o := u.Option("authmechanism")
	if o == nil || o.Unknown {
		return "", nil
	}
	return strings.ToUpper(o.Val), o
}
