//go:debug tls10server=1

// Command legacy turns TLS 1.0 back on for its servers with a //go:debug
// directive.
package main

import (
	"crypto/tls"
	"log"
)

func main() {
	cert, err := tls.LoadX509KeyPair("cert.pem", "key.pem")
	if err != nil {
		log.Fatal(err)
	}
	l, err := tls.Listen("tcp", ":443", &tls.Config{Certificates: []tls.Certificate{cert}}) // want `server tls\.Config without MinVersion accepts TLS 1\.0 and 1\.1 because of //go:debug tls10server=1; set MinVersion: tls\.VersionTLS12 \(CL319\)`
	if err != nil {
		log.Fatal(err)
	}
	l.Close()
}
