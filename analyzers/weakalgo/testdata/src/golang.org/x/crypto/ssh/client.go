// Stub of golang.org/x/crypto/ssh v0.54.0: only what weakalgo matches.
package ssh

import "net"

type PublicKey interface{ Type() string }

type HostKeyCallback func(hostname string, remote net.Addr, key PublicKey) error

type ClientConfig struct {
	User            string
	HostKeyCallback HostKeyCallback
}

func InsecureIgnoreHostKey() HostKeyCallback { return nil }

func FixedHostKey(key PublicKey) HostKeyCallback { return nil }
