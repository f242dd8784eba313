// Package mongotls defines an Analyzer that reports MongoDB connections that
// are not protected in transit.
//
// # Analyzer mongotls
//
// mongotls: report MongoDB connections without TLS, with certificate checks off, or with credentials in code
//
// The analyzer reads MongoDB connection strings wherever they are written:
// string literals and named constants, constant concatenations,
// fmt.Sprintf formats and concatenations with a run-time part, flag
// defaults, config struct literals, and the arguments of ApplyURI,
// mongo.Connect, qmgo.Config and mgo.Dial. It parses them as the Go driver
// (v1 and v2) does, without DNS, and reports:
//
//   - CL201/CL202: no TLS (no tls=true, no TLS-enabling option, not
//     mongodb+srv://, or tls=false), split by exposure: a public host or a
//     URI with credentials is CL201, a private, internal or run-time host
//     is CL202; SetHosts with literal hosts and no TLS configuration too;
//   - CL203: tlsInsecure=true, which turns verification off, and alone does
//     not even enable TLS;
//   - CL204: tlsAllowInvalidCertificates/Hostnames, ignored by the Go driver
//     but honoured by mongosh and other drivers;
//   - CL205: passwords in the URI, tlsCertificateKeyFilePassword, and
//     literal options.Credential or mgo.DialInfo passwords;
//   - CL206: authMechanism=PLAIN without TLS; CL207: MONGODB-CR;
//   - CL208: TLS options the driver rejects (tls=true&tls=false).
//
// A non-nil SetTLSConfig (or TLSConfig field) on the same options chain or
// options variable in the function means TLS, in either order; so does
// handing the options variable to another function, which may configure it.
// Loopback hosts (localhost, 127.0.0.0/8, [::1], unix sockets) are not
// reported unless -mongotls.loopback is set. Test files and generated files
// are skipped unless -mongotls.tests is set.
package mongotls
