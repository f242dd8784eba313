package tlsapp

import (
	"bytes"
	"crypto/tls"
	"errors"
	"net"

	"golang.org/x/crypto/ssh"
)

type ServerOptions struct {
	LegacyClients bool
	SkipVerify    func() bool
}

func (o ServerOptions) VerifyCerts() bool { return o.SkipVerify == nil || !o.SkipVerify() }

func withRC4(base *tls.Config) *tls.Config {
	cfg := base.Clone()
	cfg.CipherSuites = append(cfg.CipherSuites, tls.TLS_RSA_WITH_RC4_128_SHA) // eval want CL318
	return cfg
}

func compatSuites(cfg *tls.Config) {
	for _, suite := range tls.InsecureCipherSuites() {
		cfg.CipherSuites = append(cfg.CipherSuites, suite.ID) // eval want CL318
	}
}

func modernSuites(cfg *tls.Config) {
	for _, suite := range tls.CipherSuites() {
		cfg.CipherSuites = append(cfg.CipherSuites, suite.ID) // eval ok CL318
	}
}

func serverConfig(opts ServerOptions) *tls.Config {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	if opts.LegacyClients {
		cfg.CipherSuites = append(cfg.CipherSuites, tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA) // eval ok CL318
	}
	return cfg
}

func clientConfig(opts ServerOptions) *tls.Config {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	if !opts.VerifyCerts() {
		cfg.InsecureSkipVerify = true // eval ok CL317
	}
	return cfg
}

func sshDial(addr, user string, auth []ssh.AuthMethod) (*ssh.Client, error) {
	return ssh.Dial("tcp", addr, &ssh.ClientConfig{
		User: user,
		Auth: auth,
		HostKeyCallback: func(hostname string, remote net.Addr, key ssh.PublicKey) error { // eval want CL322
			return nil
		},
	})
}

func sshDialPinned(addr, user string, auth []ssh.AuthMethod, pinned []byte) (*ssh.Client, error) {
	return ssh.Dial("tcp", addr, &ssh.ClientConfig{
		User: user,
		Auth: auth,
		HostKeyCallback: func(hostname string, remote net.Addr, key ssh.PublicKey) error { // eval ok CL322
			if !bytes.Equal(key.Marshal(), pinned) {
				return errors.New("host key mismatch")
			}
			return nil
		},
	})
}
