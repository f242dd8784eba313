// Stub of golang.org/x/crypto/ssh v0.54.0: only what weakalgo matches.
package ssh

import "net"

type PublicKey interface {
	Type() string
	Marshal() []byte
}

type HostKeyCallback func(hostname string, remote net.Addr, key PublicKey) error

type AuthMethod interface{ method() string }

type ClientConfig struct {
	User            string
	Auth            []AuthMethod
	HostKeyCallback HostKeyCallback
}

type Client struct{}

func Dial(network, addr string, config *ClientConfig) (*Client, error) { return nil, nil }

func InsecureIgnoreHostKey() HostKeyCallback { return nil }

func FixedHostKey(key PublicKey) HostKeyCallback { return nil }
