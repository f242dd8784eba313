package tlsconf

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

func versions() []*tls.Config {
	return []*tls.Config{
		{MinVersion: tls.VersionTLS10},                               // want `tls\.Config MinVersion TLS 1\.0 allows versions below TLS 1\.2, deprecated by RFC 8996; set MinVersion to tls\.VersionTLS12 \(CL316\)`
		{MinVersion: tls.VersionTLS12, MaxVersion: tls.VersionTLS11}, // want `tls\.Config MaxVersion TLS 1\.1 caps every connection below TLS 1\.2; remove MaxVersion or set it to tls\.VersionTLS13 \(CL316\)`
		{MinVersion: 0x0300},                                         // want `tls\.Config MinVersion SSL 3\.0 allows versions below TLS 1\.2, deprecated by RFC 8996; set MinVersion to tls\.VersionTLS12 \(CL316\)`
		{MinVersion: tls.VersionTLS12},                               // ok
		{MinVersion: tls.VersionTLS13},                               // ok
		{},                                                           // ok: the default is TLS 1.2 for clients
	}
}

func assignVersion(cfg *tls.Config) {
	cfg.MinVersion = tls.VersionTLS11 // want `tls\.Config MinVersion TLS 1\.1 allows versions below TLS 1\.2, deprecated by RFC 8996; set MinVersion to tls\.VersionTLS12 \(CL316\)`
}

func skipVerify() *http.Client {
	return &http.Client{Transport: &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // want `tls\.Config InsecureSkipVerify: true accepts any certificate for any host name, so the connection can be intercepted; remove it and trust the server's CA with RootCAs, or verify the peer in VerifyConnection \(CL317\)`
	}}
}

func skipVerifyAssigned() *tls.Config {
	cfg := &tls.Config{}
	cfg.InsecureSkipVerify = true // want `tls\.Config InsecureSkipVerify: true accepts any certificate for any host name, so the connection can be intercepted; remove it and trust the server's CA with RootCAs, or verify the peer in VerifyConnection \(CL317\)`
	return cfg
}

func mongoClient() *options.ClientOptions {
	cfg := &tls.Config{InsecureSkipVerify: true} // want `tls\.Config InsecureSkipVerify: true \(given to the MongoDB client's SetTLSConfig\) accepts any certificate for any host name, so the connection can be intercepted; remove it and trust the server's CA with RootCAs, or verify the peer in VerifyConnection \(CL317\)`
	return options.Client().ApplyURI("mongodb://db.example.com/?tls=true").SetTLSConfig(cfg)
}

func suites() *tls.Config {
	return &tls.Config{CipherSuites: []uint16{
		tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, // ok
		tls.TLS_RSA_WITH_RC4_128_SHA,              // want `tls\.Config CipherSuites enables TLS_RSA_WITH_RC4_128_SHA, listed by tls\.InsecureCipherSuites; remove it, or leave CipherSuites unset \(CL318\)`
		tls.TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA,   // want `tls\.Config CipherSuites enables TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA, listed by tls\.InsecureCipherSuites; remove it, or leave CipherSuites unset \(CL318\)`
	}}
}

// Not findings: pinning with custom verification, a user flag, false,
// PreferServerCipherSuites.

func pinned(pool *x509.CertPool) *tls.Config {
	return &tls.Config{
		InsecureSkipVerify: true, // ok: verified below
		VerifyPeerCertificate: func(raw [][]byte, _ [][]*x509.Certificate) error {
			if len(raw) == 0 {
				return errors.New("no certificate")
			}
			return nil
		},
	}
}

func verifyConnection() *tls.Config {
	cfg := &tls.Config{InsecureSkipVerify: true} // ok: VerifyConnection set below
	cfg.VerifyConnection = func(cs tls.ConnectionState) error { return nil }
	return cfg
}

func fromFlag(insecure bool) *tls.Config {
	return &tls.Config{InsecureSkipVerify: insecure}
}

type settings struct{ SSLInsecure, Legacy bool }

// A setting the user chose, carried into the config: like a flag.
func fromSettings(s settings) *tls.Config {
	cfg := new(tls.Config)
	if s.SSLInsecure {
		cfg.InsecureSkipVerify = true
	}
	if !s.Legacy {
		return cfg
	} else {
		cfg.MinVersion = tls.VersionTLS10
	}
	return cfg
}

func explicitFalse() *tls.Config {
	return &tls.Config{InsecureSkipVerify: false, PreferServerCipherSuites: true}
}
