package mongouri

import (
	"net/netip"
	"strings"
)

// Exposure says how far a host is reachable, from least to most exposed.
type Exposure int

// Exposures.
const (
	Loopback Exposure = iota // this machine: localhost, 127/8, ::1, unix sockets
	Private                  // private addresses, single-label and internal names
	Runtime                  // known only at run time
	Public                   // anything else
)

func (e Exposure) String() string {
	switch e {
	case Loopback:
		return "loopback"
	case Private:
		return "internal"
	case Runtime:
		return "run-time"
	}
	return "public"
}

// internalSuffixes are DNS suffixes reserved or conventionally used for
// names that do not resolve on the public internet.
var internalSuffixes = []string{
	".internal", ".local", ".localdomain", ".lan", ".home.arpa",
	".svc", ".cluster.local", ".intranet", ".corp",
}

// Exposure classifies the host; it never resolves names.
func (h *Host) Exposure() Exposure {
	if h.Socket {
		return Loopback // unix domain socket
	}
	if h.Unknown {
		// "localhost:" + port: a run-time port leaves the name known.
		if name, port, ok := runtimePort(h.Name); ok && strings.IndexByte(name, Hole) < 0 && port != "" {
			return classifyName(strings.TrimSuffix(strings.TrimPrefix(name, "["), "]"))
		}
		// "mongo-" + env + ".example.com": a known public suffix decides.
		tail := h.Name[strings.LastIndexByte(h.Name, Hole)+1:]
		if i := strings.LastIndexByte(tail, ':'); i >= 0 {
			tail = tail[:i]
		}
		if strings.HasPrefix(tail, ".") && strings.Count(tail, ".") >= 2 && classifyName(tail[1:]) == Public {
			return Public
		}
		return Runtime
	}
	return classifyName(h.Name)
}

// runtimePort splits "name:port" at its last colon when the port holds
// only digits and holes, at least one hole.
func runtimePort(s string) (name, port string, ok bool) {
	i := strings.LastIndexByte(s, ':')
	if i < 0 || strings.IndexByte(s[:i], ':') >= 0 && !strings.HasPrefix(s, "[") {
		return "", "", false // no port, or an IPv6 address without brackets
	}
	port = s[i+1:]
	if strings.IndexByte(port, Hole) < 0 || strings.Trim(port, "0123456789"+string(rune(Hole))) != "" {
		return "", "", false
	}
	return s[:i], port, true
}

// classifyName classifies a host name or address without port.
func classifyName(name string) Exposure {
	if name == "" || strings.Contains(name, "/") {
		return Loopback // ":27017" dials this machine; a path is no network host
	}
	name = strings.TrimSuffix(strings.ToLower(name), ".")
	if mayBeIP(name) { // (ParseAddr's error allocates)
		if addr, err := netip.ParseAddr(name); err == nil {
			addr = addr.Unmap()
			switch {
			case addr.IsLoopback(), addr.IsUnspecified():
				return Loopback
			case addr.IsPrivate(), addr.IsLinkLocalUnicast(), isSharedAddressSpace(addr):
				return Private
			}
			return Public
		}
	}
	if name == "localhost" || strings.HasSuffix(name, ".localhost") {
		return Loopback
	}
	if !strings.Contains(name, ".") {
		return Private // a single-label service name (mongo, db)
	}
	for _, s := range internalSuffixes {
		if strings.HasSuffix(name, s) {
			return Private
		}
	}
	return Public
}

// mayBeIP reports whether name may be an IP address: IPv4 addresses start
// with a digit, IPv6 addresses have a colon.
func mayBeIP(name string) bool {
	return name != "" && (name[0] >= '0' && name[0] <= '9' || strings.IndexByte(name, ':') >= 0)
}

// isSharedAddressSpace reports whether addr is in 100.64.0.0/10 (RFC 6598),
// used inside carrier and cloud networks.
func isSharedAddressSpace(addr netip.Addr) bool {
	return addr.Is4() && sharedAddressSpace.Contains(addr)
}

var sharedAddressSpace = netip.MustParsePrefix("100.64.0.0/10")

// Exposure is the most exposed of the URI's hosts.
func (u *URI) Exposure() (Exposure, *Host) {
	var worst *Host
	e := Loopback
	for i := range u.Hosts {
		if x := u.Hosts[i].Exposure(); worst == nil || x > e {
			e, worst = x, &u.Hosts[i]
		}
	}
	return e, worst
}
