// Package server is a module on the go 1.22 line: servers refuse TLS 1.0
// and 1.1 by default, so an unset MinVersion is fine.
package server

import (
	"crypto/tls"
	"net"
)

func listen(cert tls.Certificate) (net.Listener, error) {
	cfg := &tls.Config{Certificates: []tls.Certificate{cert}}
	return tls.Listen("tcp", ":443", cfg)
}
