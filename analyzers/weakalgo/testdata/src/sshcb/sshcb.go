// Package sshcb holds host key callbacks that accept every key, and ones
// that check it.
package sshcb

import (
	"bytes"
	"errors"
	"log"
	"net"

	"golang.org/x/crypto/ssh"
)

func literal(user string) *ssh.ClientConfig {
	return &ssh.ClientConfig{
		User: user,
		HostKeyCallback: func(hostname string, remote net.Addr, key ssh.PublicKey) error { // want `HostKeyCallback function literal returns nil for every host key, so it accepts any server and the SSH connection can be intercepted; compare the key with a known one \(knownhosts\.New, ssh\.FixedHostKey\) and return an error otherwise \(CL322\)`
			return nil
		},
	}
}

func acceptAll(string, net.Addr, ssh.PublicKey) error { return nil }

func named() *ssh.ClientConfig {
	return &ssh.ClientConfig{HostKeyCallback: acceptAll} // want `HostKeyCallback acceptAll returns nil for every host key, .* \(CL322\)`
}

func logAndAccept(host string, remote net.Addr, key ssh.PublicKey) error {
	log.Printf("connecting to %s with key type %s", host, key.Type())
	return nil
}

func assigned(cfg *ssh.ClientConfig) {
	cfg.HostKeyCallback = ssh.HostKeyCallback(logAndAccept) // want `HostKeyCallback logAndAccept returns nil for every host key, .* \(CL322\)`
}

func viaVariable() *ssh.ClientConfig {
	cb := func(string, net.Addr, ssh.PublicKey) error { return nil }
	return &ssh.ClientConfig{HostKeyCallback: cb} // want `HostKeyCallback function literal returns nil for every host key, .* \(CL322\)`
}

// Not findings: callbacks that compare the key.

var pinned []byte

func checksKey(host string, remote net.Addr, key ssh.PublicKey) error {
	if !bytes.Equal(key.Marshal(), pinned) {
		return errors.New("ssh: host key mismatch for " + host)
	}
	return nil
}

func checked() *ssh.ClientConfig {
	return &ssh.ClientConfig{HostKeyCallback: checksKey}
}

func checkedLiteral(want ssh.PublicKey) *ssh.ClientConfig {
	return &ssh.ClientConfig{
		HostKeyCallback: func(_ string, _ net.Addr, key ssh.PublicKey) error {
			if bytes.Equal(key.Marshal(), want.Marshal()) {
				return nil
			}
			return errors.New("ssh: unexpected host key")
		},
	}
}

func fixed(key ssh.PublicKey) *ssh.ClientConfig {
	return &ssh.ClientConfig{HostKeyCallback: ssh.FixedHostKey(key)}
}

func fromCaller(cb ssh.HostKeyCallback) *ssh.ClientConfig {
	return &ssh.ClientConfig{HostKeyCallback: cb}
}
