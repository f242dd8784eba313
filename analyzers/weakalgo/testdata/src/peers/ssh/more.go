package ssh

import (
	"log"
	"net"

	"golang.org/x/crypto/ssh"
)

var trustAll = func(string, net.Addr, ssh.PublicKey) error { return nil }

func packageVar(user string) *ssh.ClientConfig {
	return &ssh.ClientConfig{User: user, HostKeyCallback: trustAll} // want `HostKeyCallback function literal returns nil for every host key, so it accepts any server and the SSH connection can be intercepted; compare the key with a known one \(knownhosts\.New, ssh\.FixedHostKey\) and return an error otherwise \(CL322\)`
}

func logsOnlyUnknown(host string, _ net.Addr, key ssh.PublicKey) error {
	if key == nil {
		log.Printf("no key from %s", host)
	}
	return nil
}

func conditionalLog(cfg *ssh.ClientConfig) {
	cfg.HostKeyCallback = logsOnlyUnknown // want `HostKeyCallback logsOnlyUnknown returns nil for every host key, so it accepts any server and the SSH connection can be intercepted; compare the key with a known one \(knownhosts\.New, ssh\.FixedHostKey\) and return an error otherwise \(CL322\)`
}

type dialer struct{ verbose bool }

func (d *dialer) accept(host string, _ net.Addr, _ ssh.PublicKey) error {
	if d.verbose {
		log.Print(host)
	}
	return nil
}

func methodValue(d *dialer, user string) *ssh.ClientConfig {
	return &ssh.ClientConfig{User: user, HostKeyCallback: d.accept} // want `HostKeyCallback accept returns nil for every host key, so it accepts any server and the SSH connection can be intercepted; compare the key with a known one \(knownhosts\.New, ssh\.FixedHostKey\) and return an error otherwise \(CL322\)`
}

func dialInsecure(addr string) (*ssh.Client, error) {
	return ssh.Dial("tcp", addr, &ssh.ClientConfig{HostKeyCallback: ssh.InsecureIgnoreHostKey()}) // want `ssh\.InsecureIgnoreHostKey accepts any server host key, so the SSH connection can be intercepted; verify host keys with knownhosts\.New or ssh\.FixedHostKey \(CL322\)`
}
