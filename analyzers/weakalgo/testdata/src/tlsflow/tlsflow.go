// Package tlsflow holds cipher suites that are not written as one literal,
// and TLS settings guarded by a run-time option.
package tlsflow

import "crypto/tls"

func appendRC4(cfg *tls.Config) {
	cfg.CipherSuites = append(cfg.CipherSuites, tls.TLS_RSA_WITH_RC4_128_SHA) // want `tls\.Config CipherSuites enables TLS_RSA_WITH_RC4_128_SHA, listed by tls\.InsecureCipherSuites; remove it, or leave CipherSuites unset \(CL318\)`
}

func appendLocal() *tls.Config {
	suites := []uint16{tls.TLS_AES_128_GCM_SHA256}
	suites = append(suites, tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA)
	return &tls.Config{CipherSuites: append([]uint16{tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256}, tls.TLS_RSA_WITH_AES_128_CBC_SHA256)} // want `tls\.Config CipherSuites enables TLS_RSA_WITH_AES_128_CBC_SHA256, listed by tls\.InsecureCipherSuites; .* \(CL318\)`
}

func everyInsecure(cfg *tls.Config) {
	for _, s := range tls.InsecureCipherSuites() {
		cfg.CipherSuites = append(cfg.CipherSuites, s.ID) // want `tls\.Config CipherSuites enables every suite of tls\.InsecureCipherSuites \(s\.ID\): RC4, 3DES, CBC-SHA256 and static RSA key exchange; remove the loop, or leave CipherSuites unset \(CL318\)`
	}
}

// Not findings: the secure list, and suites chosen by a run-time option.

func everySecure(cfg *tls.Config) {
	for _, s := range tls.CipherSuites() {
		cfg.CipherSuites = append(cfg.CipherSuites, s.ID)
	}
}

type options struct{ LegacyClients bool }

func (o *options) VerifyCerts() bool { return true }

func legacyClients(opts options, cfg *tls.Config) {
	if opts.LegacyClients {
		cfg.CipherSuites = append(cfg.CipherSuites, tls.TLS_RSA_WITH_RC4_128_SHA)
		cfg.MinVersion = tls.VersionTLS10
	}
}

func legacyLiteral(opts options) *tls.Config {
	if opts.LegacyClients {
		return &tls.Config{CipherSuites: []uint16{tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA}}
	}
	return &tls.Config{}
}

func getter(opts *options, cfg *tls.Config) {
	if !opts.VerifyCerts() {
		cfg.InsecureSkipVerify = true
	}
}

func assertion(settings map[string]any, cfg *tls.Config) {
	if v, ok := settings["insecure"]; ok && v.(bool) {
		cfg.InsecureSkipVerify = true
	}
	if !settings["verify"].(bool) {
		cfg.InsecureSkipVerify = true
	}
}

// A condition that is not an option still reports.
func notAnOption(cfg *tls.Config, host string) {
	if host != "" {
		cfg.InsecureSkipVerify = true // want `tls\.Config InsecureSkipVerify: true accepts any certificate .* \(CL317\)`
	}
}

// Helpers whose result is a constant.

func alwaysTLS10() uint16 { return tls.VersionTLS10 }

func versionHelper() *tls.Config {
	return &tls.Config{MinVersion: alwaysTLS10()} // want `tls\.Config MinVersion TLS 1\.0 allows versions below TLS 1\.2, deprecated by RFC 8996; set MinVersion to tls\.VersionTLS12 \(CL316\)`
}

func compatSuites() []uint16 {
	if len(tls.CipherSuites()) == 0 {
		return []uint16{tls.TLS_RSA_WITH_RC4_128_SHA, tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA}
	}
	return []uint16{tls.TLS_RSA_WITH_RC4_128_SHA}
}

func suitesOnEveryPath() *tls.Config {
	return &tls.Config{CipherSuites: compatSuites()} // want `tls\.Config CipherSuites enables TLS_RSA_WITH_RC4_128_SHA, listed by tls\.InsecureCipherSuites; .* \(CL318\)`
}

func skipWhen(on bool) bool {
	if on {
		return true
	}
	return false
}

func skipByArgument() *tls.Config {
	return &tls.Config{InsecureSkipVerify: skipWhen(true)} // want `tls\.Config InsecureSkipVerify: true accepts any certificate .* \(CL317\)`
}

func skipByCaller(on bool) *tls.Config {
	return &tls.Config{InsecureSkipVerify: skipWhen(on)}
}
