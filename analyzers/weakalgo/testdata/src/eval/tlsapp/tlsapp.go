// Package tlsapp is the labelled evaluation corpus for TLS settings.
package tlsapp

import (
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"net/http"
	"os"

	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

func insecureClient() *http.Client {
	tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}} // eval want CL317
	return &http.Client{Transport: tr}
}

func mongoInsecure(uri string) *options.ClientOptions {
	return options.Client().ApplyURI(uri).SetTLSConfig(&tls.Config{InsecureSkipVerify: true}) // eval want CL317
}

func devToggle() *tls.Config {
	insecure := os.Getenv("INSECURE") == "1"
	return &tls.Config{InsecureSkipVerify: insecure} // eval ok CL317
}

const pin = "0123456789abcdef"

func pinnedClient() *tls.Config {
	return &tls.Config{
		InsecureSkipVerify: true, // eval ok CL317
		VerifyPeerCertificate: func(raw [][]byte, _ [][]*x509.Certificate) error {
			sum := sha256.Sum256(raw[0])
			if hex.EncodeToString(sum[:]) != pin {
				return errors.New("pin mismatch")
			}
			return nil
		},
	}
}

type Options struct{ SkipVerify bool }

func fromOptions(o Options) *tls.Config {
	cfg := &tls.Config{}
	if o.SkipVerify {
		cfg.InsecureSkipVerify = true // eval ok CL317
	}
	return cfg
}

func alwaysInsecure() *tls.Config {
	cfg := &tls.Config{}
	if cfg.RootCAs == nil {
		cfg.InsecureSkipVerify = true // eval want CL317
	}
	return cfg
}

func legacyServer() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS10} // eval want CL316
}

func modern() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS12, PreferServerCipherSuites: true} // eval ok CL316
}

func weakSuites() *tls.Config {
	return &tls.Config{CipherSuites: []uint16{
		tls.TLS_RSA_WITH_AES_128_CBC_SHA,            // eval want CL318
		tls.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, // eval ok CL318
	}}
}

func defaults() *tls.Config {
	return &tls.Config{} // eval ok CL316
}
