// Package server is a module on the go 1.21 line: a server's tls.Config
// without MinVersion still accepts TLS 1.0 and 1.1.
package server

import (
	"crypto/tls"
	"net"
	"net/http"
)

func listen(cert tls.Certificate) (net.Listener, error) {
	cfg := &tls.Config{Certificates: []tls.Certificate{cert}} // want `server tls\.Config without MinVersion accepts TLS 1\.0 and 1\.1 because the module's go line is 1\.21, before go 1\.22 made TLS 1\.2 the server minimum; set MinVersion: tls\.VersionTLS12 \(CL319\)`
	return tls.Listen("tcp", ":443", cfg)
}

func httpServer(getCert func(*tls.ClientHelloInfo) (*tls.Certificate, error)) *http.Server {
	return &http.Server{TLSConfig: &tls.Config{GetCertificate: getCert}} // want `server tls\.Config without MinVersion accepts TLS 1\.0 and 1\.1 because the module's go line is 1\.21, before go 1\.22 made TLS 1\.2 the server minimum; set MinVersion: tls\.VersionTLS12 \(CL319\)`
}

func viaListener(inner net.Listener, cfg0 *tls.Config) net.Listener {
	cfg := &tls.Config{NextProtos: []string{"h2"}} // want `server tls\.Config without MinVersion accepts TLS 1\.0 and 1\.1 because the module's go line is 1\.21, before go 1\.22 made TLS 1\.2 the server minimum; set MinVersion: tls\.VersionTLS12 \(CL319\)`
	return tls.NewListener(inner, cfg)
}

func perHost(certs []tls.Certificate) map[string]*tls.Config {
	return map[string]*tls.Config{
		"a.example.com": {Certificates: certs[:1]}, // want `server tls\.Config without MinVersion accepts TLS 1\.0 and 1\.1 because the module's go line is 1\.21, before go 1\.22 made TLS 1\.2 the server minimum; set MinVersion: tls\.VersionTLS12 \(CL319\)`
	}
}

// Not findings: MinVersion set, client configs.

func withMin(cert tls.Certificate) *tls.Config {
	cfg := &tls.Config{Certificates: []tls.Certificate{cert}}
	cfg.MinVersion = tls.VersionTLS12
	return cfg
}

func client(cert tls.Certificate) *tls.Config {
	return &tls.Config{Certificates: []tls.Certificate{cert}, ServerName: "db.example.com"}
}
