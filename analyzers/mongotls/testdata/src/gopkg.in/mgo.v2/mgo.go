// Stub of gopkg.in/mgo.v2 (v2.0.0-20190816093944-a6b53ec6cb22): only what
// cryptolint matches, with the real signatures.
package mgo

import "time"

type Session struct{}

type DialInfo struct {
	Addrs    []string
	Timeout  time.Duration
	Database string
	Username string
	Password string
}

func Dial(url string) (*Session, error)                                   { return nil, nil }
func DialWithTimeout(url string, timeout time.Duration) (*Session, error) { return nil, nil }
func DialWithInfo(info *DialInfo) (*Session, error)                       { return nil, nil }
