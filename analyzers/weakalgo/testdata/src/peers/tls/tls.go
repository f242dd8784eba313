// Package tls is the peer-style family of TLS settings (gosec G402,
// CodeQL go/insecure-tls and go/disabled-certificate-check, Semgrep
// ssl-v3-is-insecure, tls-with-insecure-cipher, missing-ssl-minversion):
// versions, verification and cipher suites through literals, assignments,
// constants, helpers, append and loops, with the one run-time-option
// exemption shared by CL316, CL317 and CL318.
package tls

import (
	"crypto/tls"
	"crypto/x509"
	"flag"
	"net/http"
)

func skipVerify() *http.Client {
	tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}} // want `tls\.Config InsecureSkipVerify: true accepts any certificate for any host name, so the connection can be intercepted; remove it and trust the server's CA with RootCAs, or verify the peer in VerifyConnection \(CL317\)`
	return &http.Client{Transport: tr}
}

func skipVerifyAssign(cfg *tls.Config) {
	cfg.InsecureSkipVerify = true // want `tls\.Config InsecureSkipVerify: true accepts any certificate for any host name, so the connection can be intercepted; remove it and trust the server's CA with RootCAs, or verify the peer in VerifyConnection \(CL317\)`
}

const insecure = true

func skipVerifyConst() *tls.Config {
	return &tls.Config{InsecureSkipVerify: insecure} // want `tls\.Config InsecureSkipVerify: true accepts any certificate for any host name, so the connection can be intercepted; remove it and trust the server's CA with RootCAs, or verify the peer in VerifyConnection \(CL317\)`
}

func oldMin() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS10} // want `tls\.Config MinVersion TLS 1\.0 allows versions below TLS 1\.2, deprecated by RFC 8996; set MinVersion to tls\.VersionTLS12 \(CL316\)`
}

func oldMax() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS12, MaxVersion: tls.VersionTLS11} // want `tls\.Config MaxVersion TLS 1\.1 caps every connection below TLS 1\.2; remove MaxVersion or set it to tls\.VersionTLS13 \(CL316\)`
}

func ssl3() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionSSL30} // want `tls\.Config MinVersion SSL 3\.0 allows versions below TLS 1\.2, deprecated by RFC 8996; set MinVersion to tls\.VersionTLS12 \(CL316\)`
}

const legacyVersion = tls.VersionTLS11

func minFromConst() *tls.Config {
	c := &tls.Config{}
	c.MinVersion = legacyVersion // want `tls\.Config MinVersion TLS 1\.1 allows versions below TLS 1\.2, deprecated by RFC 8996; set MinVersion to tls\.VersionTLS12 \(CL316\)`
	return c
}

func versionFor(name string) uint16 {
	switch name {
	case "tls1.0":
		return tls.VersionTLS10
	case "tls1.1":
		return tls.VersionTLS11
	}
	return tls.VersionTLS12
}

func minFromHelper() *tls.Config {
	return &tls.Config{MinVersion: versionFor("tls1.0")} // want `tls\.Config MinVersion TLS 1\.0 allows versions below TLS 1\.2, deprecated by RFC 8996; set MinVersion to tls\.VersionTLS12 \(CL316\)`
}

func minFromMode(mode string) *tls.Config {
	return &tls.Config{MinVersion: versionFor(mode)} // ok: the caller's mode
}

func minFromHelperModern() *tls.Config {
	return &tls.Config{MinVersion: versionFor("tls1.3")} // ok: no case matches, so TLS 1.2
}

func weakSuites() *tls.Config {
	return &tls.Config{CipherSuites: []uint16{tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, tls.TLS_RSA_WITH_RC4_128_SHA}} // want `tls\.Config CipherSuites enables TLS_RSA_WITH_RC4_128_SHA, listed by tls\.InsecureCipherSuites; remove it, or leave CipherSuites unset \(CL318\)`
}

var legacySuites = []uint16{tls.TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA} // want `tls\.Config CipherSuites enables TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA, listed by tls\.InsecureCipherSuites; remove it, or leave CipherSuites unset \(CL318\)`

func suitesFromVar() *tls.Config {
	return &tls.Config{CipherSuites: legacySuites}
}

func appendSuite(cfg *tls.Config) {
	cfg.CipherSuites = append(cfg.CipherSuites, tls.TLS_ECDHE_RSA_WITH_RC4_128_SHA) // want `tls\.Config CipherSuites enables TLS_ECDHE_RSA_WITH_RC4_128_SHA, listed by tls\.InsecureCipherSuites; remove it, or leave CipherSuites unset \(CL318\)`
}

func loopInsecure() *tls.Config {
	cfg := &tls.Config{}
	for _, s := range tls.InsecureCipherSuites() {
		cfg.CipherSuites = append(cfg.CipherSuites, s.ID) // want `tls\.Config CipherSuites enables every suite of tls\.InsecureCipherSuites \(s\.ID\): RC4, 3DES, CBC-SHA256 and static RSA key exchange; remove the loop, or leave CipherSuites unset \(CL318\)`
	}
	return cfg
}

func verifyOffOnServer() *http.Server {
	return &http.Server{TLSConfig: &tls.Config{InsecureSkipVerify: true, MinVersion: tls.VersionTLS12}} // want `tls\.Config InsecureSkipVerify: true accepts any certificate for any host name, so the connection can be intercepted; remove it and trust the server's CA with RootCAs, or verify the peer in VerifyConnection \(CL317\)`
}

// Not findings: the defaults, strong settings, verification done by the
// program, and settings chosen by a run-time option (the user asked for
// them), whatever the rule.

func defaults() *tls.Config {
	return &tls.Config{} // ok: Go's client default is TLS 1.2
}

func zeroMin() *tls.Config {
	return &tls.Config{MinVersion: 0} // ok: zero means the default, TLS 1.2
}

func strong() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS13, CipherSuites: []uint16{tls.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384}} // ok: strong
}

func preferServer() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS12, PreferServerCipherSuites: true} // ok: ignored since Go 1.18
}

func pinned(pool *x509.CertPool) *tls.Config {
	return &tls.Config{
		InsecureSkipVerify: true, // ok: VerifyPeerCertificate checks the chain itself
		VerifyPeerCertificate: func(raw [][]byte, _ [][]*x509.Certificate) error {
			cert, err := x509.ParseCertificate(raw[0])
			if err != nil {
				return err
			}
			_, err = cert.Verify(x509.VerifyOptions{Roots: pool})
			return err
		},
	}
}

var skip = flag.Bool("insecure-skip-verify", false, "do not verify the server certificate")

func fromFlag() *tls.Config {
	return &tls.Config{InsecureSkipVerify: *skip} // ok: a run-time option
}

type options struct {
	Insecure      bool
	LegacyClients bool
}

func (o options) VerifyCerts() bool { return !o.Insecure }

func guardedSkip(o options, cfg *tls.Config) {
	if o.Insecure {
		cfg.InsecureSkipVerify = true // ok: under a run-time option
	}
}

func guardedGetter(o options, cfg *tls.Config) {
	if !o.VerifyCerts() {
		cfg.InsecureSkipVerify = true // ok: under a run-time option
	}
}

func guardedAssertion(settings map[string]any, cfg *tls.Config) {
	if !settings["verify"].(bool) {
		cfg.InsecureSkipVerify = true // ok: under a run-time option
	}
}

func guardedVersion(o options, cfg *tls.Config) {
	if o.LegacyClients {
		cfg.MinVersion = tls.VersionTLS10 // ok: under a run-time option
	}
}

func guardedSuites(o options, cfg *tls.Config) {
	if o.LegacyClients {
		cfg.CipherSuites = append(cfg.CipherSuites, tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA) // ok: under a run-time option
	}
}

func guardedSuiteLiteral(o options) *tls.Config {
	if o.LegacyClients {
		return &tls.Config{CipherSuites: []uint16{tls.TLS_RSA_WITH_RC4_128_SHA}} // ok: under a run-time option
	}
	return &tls.Config{}
}

func secureLoop() *tls.Config {
	cfg := &tls.Config{}
	for _, s := range tls.CipherSuites() {
		cfg.CipherSuites = append(cfg.CipherSuites, s.ID) // ok: the secure list
	}
	return cfg
}

func minFromHelperOK() *tls.Config {
	return &tls.Config{MinVersion: versionFor("tls1.2")} // ok: TLS 1.2 for this argument
}
