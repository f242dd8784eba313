package rules

// Rules of the mongotls analyzer (CL2xx).
var (
	MongoNoTLSExposed = define(Rule{
		ID:       "CL201",
		Analyzer: "mongotls",
		Title:    "MongoDB connection without TLS to a public host or carrying credentials",
		Severity: High,
		CWE:      319,
		Since:    "v0.1.0",
		Help: `
A MongoDB connection string (or client options built with SetHosts) reaches a
public host, or carries a user name, and does not enable TLS: every document,
query and the authentication exchange cross the network in plaintext. This
includes URIs that turn TLS off explicitly with tls=false or ssl=false, also
on mongodb+srv://, which enables TLS by default.

The Go driver enables TLS when the URI has tls=true (or ssl=true), any
TLS-enabling option (tlsCAFile, tlsCertificateKeyFile, ...), or the
mongodb+srv:// scheme without tls=false, or when the client options get a
non-nil SetTLSConfig. Note that tlsInsecure=true alone does not enable TLS.

Fix: add tls=true to the URI (the suggested fix does this; the server must
accept TLS), or call SetTLSConfig on the same client options. Loopback hosts
are not reported unless -mongotls.loopback is set.`,
		FixChangesBehaviour: true,
	})

	MongoNoTLSInternal = define(Rule{
		ID:       "CL202",
		Analyzer: "mongotls",
		Title:    "MongoDB connection without TLS to a private, internal or unknown host",
		Severity: Medium,
		CWE:      319,
		Since:    "v0.1.0",
		Help: `
A MongoDB connection string without TLS reaches a host whose exposure the
analyzer cannot prove public: a private address (10/8, 172.16/12,
192.168/16, fc00::/7), a single-label service name such as mongo:27017, an
internal domain (.internal, .local, .svc, .cluster.local), or a host that is
only known at run time ("mongodb://" + host, fmt.Sprintf("mongodb://%s")).
Internal networks are not a trust boundary: anyone on the path (a
compromised pod, a mirrored port) reads the data.

Fix: add tls=true (the server must accept TLS) or configure SetTLSConfig on
the same client options. Build URIs from configuration that includes the TLS
options rather than from a bare host name.`,
		FixChangesBehaviour: true,
	})

	MongoTLSInsecure = define(Rule{
		ID:       "CL203",
		Analyzer: "mongotls",
		Title:    "MongoDB URI disables TLS certificate verification (tlsInsecure)",
		Severity: High,
		CWE:      295,
		Since:    "v0.1.0",
		Help: `
tlsInsecure=true (alias sslInsecure) makes the Go driver accept any
certificate for any host name: an attacker on the path can impersonate the
server and read or change all traffic. Without tls=true it does not even
enable TLS, so the connection stays in plaintext.

Fix: remove tlsInsecure=true and make the server's certificate verifiable,
with tlsCAFile=/path/to/ca.pem for a private CA. When tlsInsecure=true is
the only TLS option, the suggested fix replaces it with tls=true.`,
		FixChangesBehaviour: true,
	})

	MongoAllowInvalid = define(Rule{
		ID:       "CL204",
		Analyzer: "mongotls",
		Title:    "MongoDB URI asks to accept invalid certificates or host names",
		Severity: Low,
		CWE:      295,
		Since:    "v0.1.0",
		Help: `
tlsAllowInvalidCertificates=true and tlsAllowInvalidHostnames=true are
silently ignored by the Go driver (verification stays on), but mongosh, the
database tools and the other drivers honour them. A connection string shared
with those tools, or copied into them, turns certificate verification off.
The option also documents an intent that the Go code does not carry out.

Fix: remove the option and give the client a verifiable certificate chain
(tlsCAFile).`,
	})

	MongoURICredentials = define(Rule{
		ID:       "CL205",
		Analyzer: "mongotls",
		Title:    "MongoDB password hard-coded in source",
		Severity: High,
		CWE:      798,
		Since:    "v0.1.0",
		Help: `
A password is written in the code: in the user-info part of a MongoDB URI
(mongodb://user:password@host), in tlsCertificateKeyFilePassword, or as a
literal options.Credential{Password: ...}. Anyone with read access to the
repository, its history, a build artefact or a log line holding the URI
holds the database credentials; rotating them needs a code change.

Placeholders are not reported: an empty password, <password>, ${VAR},
$VAR, {{.Password}}, format verbs, or runs of x or *. Loopback URIs are not
reported unless -mongotls.loopback is set.

Fix: read the URI or the password at run time (environment, a secret store,
a mounted file), or use an authentication mechanism without passwords
(MONGODB-X509, MONGODB-AWS, MONGODB-OIDC).`,
	})

	MongoPlainAuth = define(Rule{
		ID:       "CL206",
		Analyzer: "mongotls",
		Title:    "MongoDB PLAIN authentication without TLS sends the password in clear text",
		Severity: High,
		CWE:      523,
		Since:    "v0.1.0",
		Help: `
authMechanism=PLAIN (LDAP proxy authentication) sends the password itself to
the server. Without TLS it crosses the network readable by anyone on the
path, unlike SCRAM, which never sends the password.

Fix: enable TLS (tls=true or SetTLSConfig), which PLAIN requires to be safe.`,
		FixChangesBehaviour: true,
	})

	MongoWeakAuth = define(Rule{
		ID:       "CL207",
		Analyzer: "mongotls",
		Title:    "MongoDB URI uses the MD5-based MONGODB-CR authentication mechanism",
		Severity: Medium,
		CWE:      327,
		Since:    "v0.1.0",
		Help: `
MONGODB-CR is a challenge-response protocol built on MD5. MongoDB removed it
in server 4.0 and the Go driver v2 rejects it; code that still asks for it
either fails to connect or talks to a server too old to be patched.

Fix: use authMechanism=SCRAM-SHA-256 (or omit authMechanism and let the
driver negotiate SCRAM).`,
	})

	MongoInvalidURI = define(Rule{
		ID:       "CL208",
		Analyzer: "mongotls",
		Title:    "MongoDB URI with TLS options the driver rejects",
		Severity: Low,
		CWE:      1173,
		Since:    "v0.1.0",
		Help: `
The Go driver rejects the URI's TLS options (ApplyURI runs the same checks):
tls and ssl given with different values (tls=true&tls=false,
ssl=true&tls=false); a TLS option whose value is not exactly true or false
(tls=yes, tls=TRUE); tlsCertificateFile without tlsPrivateKeyFile or the
reverse, or either with tlsCertificateKeyFile; tlsInsecure together with
tlsDisableOCSPEndpointCheck or tlsDisableCertificateRevocationCheck. The
driver refuses to connect, so whatever security the author intended is not
in force, and the failure only shows at run time.

Fix: give each TLS option once, with the value true or false, and the
certificate options in a combination the driver accepts.`,
	})
)
