package tls

import (
	"crypto/tls"
	"os"
)

func alwaysInsecure() bool { return true }

func skipFromHelper() *tls.Config {
	return &tls.Config{InsecureSkipVerify: alwaysInsecure()} // want `tls\.Config InsecureSkipVerify: true accepts any certificate for any host name, so the connection can be intercepted; remove it and trust the server's CA with RootCAs, or verify the peer in VerifyConnection \(CL317\)`
}

func legacyList() []uint16 {
	return []uint16{tls.TLS_RSA_WITH_RC4_128_SHA, tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256}
}

func suitesFromHelper() *tls.Config {
	return &tls.Config{CipherSuites: legacyList()} // want `tls\.Config CipherSuites enables TLS_RSA_WITH_RC4_128_SHA, listed by tls\.InsecureCipherSuites; remove it, or leave CipherSuites unset \(CL318\)`
}

func maxOnly() *tls.Config {
	return &tls.Config{MaxVersion: tls.VersionTLS10} // want `tls\.Config MaxVersion TLS 1\.0 caps every connection below TLS 1\.2; remove MaxVersion or set it to tls\.VersionTLS13 \(CL316\)`
}

func switchVersion(mode string) *tls.Config {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	switch mode {
	case "modern":
		cfg.MinVersion = tls.VersionTLS13
	default:
		cfg.MinVersion = tls.VersionTLS10 // want `tls\.Config MinVersion TLS 1\.0 allows versions below TLS 1\.2, deprecated by RFC 8996; set MinVersion to tls\.VersionTLS12 \(CL316\)`
	}
	return cfg
}

func localConfig() *tls.Config {
	cfg := tls.Config{}
	cfg.InsecureSkipVerify = true // want `tls\.Config InsecureSkipVerify: true accepts any certificate for any host name, so the connection can be intercepted; remove it and trust the server's CA with RootCAs, or verify the peer in VerifyConnection \(CL317\)`
	return &cfg
}

func cloned(base *tls.Config) *tls.Config {
	c := base.Clone()
	c.MinVersion = tls.VersionTLS11 // want `tls\.Config MinVersion TLS 1\.1 allows versions below TLS 1\.2, deprecated by RFC 8996; set MinVersion to tls\.VersionTLS12 \(CL316\)`
	return c
}

// Not findings: verification or versions chosen at run time.

func fromEnvironment() *tls.Config {
	return &tls.Config{InsecureSkipVerify: os.Getenv("TLS_INSECURE") == "1"} // ok: a run-time option
}

func versionOption(legacy bool) *tls.Config {
	v := uint16(tls.VersionTLS12)
	if legacy {
		v = tls.VersionTLS10
	}
	return &tls.Config{MinVersion: v} // ok: under a run-time option
}

func skipParam(skip bool) *tls.Config {
	return &tls.Config{InsecureSkipVerify: skip} // ok: the caller decides
}

func serverMin() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS12, MaxVersion: tls.VersionTLS13} // ok: strong
}

// Not findings next to the helpers above: a helper whose result is read
// at run time, and a list chosen by the caller.

func insecureFromEnv() bool { return os.Getenv("TLS_INSECURE") == "1" }

func skipFromEnvHelper() *tls.Config {
	return &tls.Config{InsecureSkipVerify: insecureFromEnv()} // ok: decided at run time
}

func suitesFor(legacy bool) []uint16 {
	if legacy {
		return []uint16{tls.TLS_RSA_WITH_RC4_128_SHA}
	}
	return []uint16{tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256}
}

func suitesByOption(legacy bool) *tls.Config {
	return &tls.Config{CipherSuites: suitesFor(legacy)} // ok: the list is the caller's run-time choice
}
