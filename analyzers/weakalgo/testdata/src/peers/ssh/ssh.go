// Package ssh is the peer-style family of host key callbacks that accept
// every key (gosec G106, CodeQL go/insecure-hostkeycallback, Semgrep
// avoid-ssh-insecure-ignore-host-key).
package ssh

import (
	"errors"
	"log"
	"net"

	"golang.org/x/crypto/ssh"
)

func ignore(user string) *ssh.ClientConfig {
	return &ssh.ClientConfig{User: user, HostKeyCallback: ssh.InsecureIgnoreHostKey()} // want `ssh\.InsecureIgnoreHostKey accepts any server host key, so the SSH connection can be intercepted; verify host keys with knownhosts\.New or ssh\.FixedHostKey \(CL322\)`
}

func ignoreAssigned(cfg *ssh.ClientConfig) {
	cfg.HostKeyCallback = ssh.InsecureIgnoreHostKey() // want `ssh\.InsecureIgnoreHostKey accepts any server host key, so the SSH connection can be intercepted; verify host keys with knownhosts\.New or ssh\.FixedHostKey \(CL322\)`
}

func literal(user string) *ssh.ClientConfig {
	return &ssh.ClientConfig{
		User: user,
		HostKeyCallback: func(hostname string, remote net.Addr, key ssh.PublicKey) error { // want `HostKeyCallback function literal returns nil for every host key, so it accepts any server and the SSH connection can be intercepted; compare the key with a known one \(knownhosts\.New, ssh\.FixedHostKey\) and return an error otherwise \(CL322\)`
			return nil
		},
	}
}

func acceptEverything(string, net.Addr, ssh.PublicKey) error { return nil }

func named(user string) *ssh.ClientConfig {
	return &ssh.ClientConfig{User: user, HostKeyCallback: acceptEverything} // want `HostKeyCallback acceptEverything returns nil for every host key, so it accepts any server and the SSH connection can be intercepted; compare the key with a known one \(knownhosts\.New, ssh\.FixedHostKey\) and return an error otherwise \(CL322\)`
}

func logged(hostname string, _ net.Addr, key ssh.PublicKey) error {
	log.Printf("host %s key %v", hostname, key)
	return nil
}

func namedLogging(cfg *ssh.ClientConfig) {
	cfg.HostKeyCallback = logged // want `HostKeyCallback logged returns nil for every host key, so it accepts any server and the SSH connection can be intercepted; compare the key with a known one \(knownhosts\.New, ssh\.FixedHostKey\) and return an error otherwise \(CL322\)`
}

func viaVariable(user string) *ssh.ClientConfig {
	cb := ssh.HostKeyCallback(func(string, net.Addr, ssh.PublicKey) error { return nil })
	return &ssh.ClientConfig{User: user, HostKeyCallback: cb} // want `HostKeyCallback function literal returns nil for every host key, so it accepts any server and the SSH connection can be intercepted; compare the key with a known one \(knownhosts\.New, ssh\.FixedHostKey\) and return an error otherwise \(CL322\)`
}

func ignoreVar(user string) *ssh.ClientConfig {
	cb := ssh.InsecureIgnoreHostKey() // want `ssh\.InsecureIgnoreHostKey accepts any server host key, so the SSH connection can be intercepted; verify host keys with knownhosts\.New or ssh\.FixedHostKey \(CL322\)`
	return &ssh.ClientConfig{User: user, HostKeyCallback: cb}
}

// Not findings: callbacks that compare the key, and a fixed key.

func fixed(user string, key ssh.PublicKey) *ssh.ClientConfig {
	return &ssh.ClientConfig{User: user, HostKeyCallback: ssh.FixedHostKey(key)} // ok: pinned key
}

func checking(known ssh.PublicKey) ssh.HostKeyCallback {
	return func(hostname string, remote net.Addr, key ssh.PublicKey) error { // ok: compares the key
		if string(key.Marshal()) != string(known.Marshal()) {
			return errors.New("host key mismatch")
		}
		return nil
	}
}

func useChecking(user string, known ssh.PublicKey) *ssh.ClientConfig {
	return &ssh.ClientConfig{User: user, HostKeyCallback: checking(known)} // ok: compares the key
}

func rejectAll(string, net.Addr, ssh.PublicKey) error { return errors.New("no") }

func reject(user string) *ssh.ClientConfig {
	return &ssh.ClientConfig{User: user, HostKeyCallback: rejectAll} // ok: rejects every key
}
