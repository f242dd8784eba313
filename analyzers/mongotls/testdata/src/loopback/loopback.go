// Package loopback is analyzed with -mongotls.loopback.
package loopback

const (
	local  = "mongodb://localhost:27017/app"          // want `mongodb URI "mongodb://localhost:27017/app" connects to loopback host localhost without TLS; add tls=true or set a TLS config on the client options \(CL202\)`
	creds  = "mongodb://root:example@127.0.0.1:27017" // want `mongodb URI "mongodb://root:\*\*\*\*@127\.0\.0\.1:27017" connects to loopback host 127\.0\.0\.1 with the credentials of user "root" without TLS; add tls=true or set a TLS config on the client options \(CL201\)` `mongodb URI "mongodb://root:\*\*\*\*@127\.0\.0\.1:27017" embeds the password of user "root"; read the URI or the password from the environment or a secret store \(CL205\)`
	secure = "mongodb://localhost:27017/app?tls=true"
)
