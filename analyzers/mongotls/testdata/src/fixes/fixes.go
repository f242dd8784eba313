// Package fixes checks the suggested fixes: each is a mechanical edit of
// the URI literal, safe alone.
package fixes

const (
	noQuery   = "mongodb://a.example.com/app"                                     // want `connects to public host a\.example\.com without TLS`
	noPath    = "mongodb://b.example.com"                                         // want `connects to public host b\.example\.com without TLS`
	query     = "mongodb://c.example.com/app?w=majority"                          // want `connects to public host c\.example\.com without TLS`
	emptyQ    = "mongodb://d.example.com/app?"                                    // want `connects to public host d\.example\.com without TLS`
	off       = "mongodb://e.example.com/app?ssl=false"                           // want `ssl=false in mongodb URI`
	insecure  = "mongodb://f.example.com/?tlsInsecure=true&w=1"                   // want `tlsInsecure=true does not enable TLS`
	insecure2 = "mongodb://g.example.com/?tls=true&tlsInsecure=true"              // want `tlsInsecure=true in mongodb URI`
	insecure3 = "mongodb://h.example.com/?tlsInsecure=true&tls=true"              // want `tlsInsecure=true in mongodb URI`
	allow     = "mongodb://i.example.com/?tls=true&tlsAllowInvalidHostnames=true" // want `tlsAllowInvalidHostnames=true in mongodb URI`
	plain     = "mongodb://u@j.example.com/?authMechanism=PLAIN"                  // want `authMechanism=PLAIN without TLS`
)
