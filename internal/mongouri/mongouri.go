// Package mongouri parses MongoDB connection strings the way the Go driver
// does (go.mongodb.org/mongo-driver v1.17 and v2.10, x/mongo/driver/connstring),
// without ever resolving DNS, and decides what the driver would do about TLS.
//
// The input may be a template: the byte [Hole] stands for a part of the
// string known only at run time ("mongodb://" + host, fmt.Sprintf verbs).
// Hosts, credentials and options touched by a hole are marked unknown, and
// verdicts that depend on them are [Unknown] rather than guessed.
package mongouri

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
)

// Hole marks a run-time part of a template string.
const Hole = '\x00'

// Scheme prefixes, case-sensitive as in the driver.
const (
	SchemeMongoDB    = "mongodb://"
	SchemeMongoDBSRV = "mongodb+srv://"
)

// Span is a part of the input, by byte offsets.
type Span struct {
	Start, End int
}

// URI is a parsed connection string.
type URI struct {
	Raw string
	SRV bool

	HasUserInfo bool // "user@" or "user:pass@" present
	HasPassword bool // a ':' in the user info
	User        Span
	Password    Span
	// UserInfoUnknown is set when no '@' is visible but a hole in the host
	// list could hold user info.
	UserInfoUnknown bool

	Hosts    []Host
	Database string
	Options  []Option
	// HostTail is set when a hole ends the input right after the host list
	// ("mongodb://" + host): read as a run-time host, not as options.
	HostTail bool
	// QueryUnknown is set when a hole in the path or query (or at the end of
	// the host list, where it could open one) may add options.
	QueryUnknown bool

	// unknownAt holds, in increasing order, the offsets at which a hole may
	// add options: a key-less hole in the query ("?"+opts), or len(Raw) for
	// a hole that may open a query. Options with a hole in their key are
	// not listed: they are in Options.
	unknownAt []int
}

// Host is one entry of the host list.
type Host struct {
	Span
	Name    string // unescaped, without port and IPv6 brackets
	Port    string
	Unknown bool // contains a hole
	// Socket is set for a unix domain socket path: the driver dials "unix"
	// for every host that ends in "sock" (mongo/address.Address.Network).
	Socket bool
}

// Option is one key=value pair of the query, in order.
type Option struct {
	Key, Value Span
	Name       string // lower-case, unescaped key
	Val        string // unescaped value
	Unknown    bool   // key or value contains a hole
}

// IsURI reports whether s starts with a MongoDB scheme.
func IsURI(s string) bool {
	return strings.HasPrefix(s, SchemeMongoDB) || strings.HasPrefix(s, SchemeMongoDBSRV)
}

// Text returns the input covered by sp.
func (u *URI) Text(sp Span) string { return u.Raw[sp.Start:sp.End] }

// errHostName is wrapped in the errors of Parse for host names that the
// driver accepts but that name no server: see validHostName.
var errHostName = errors.New("not a host name, IP address or socket path")

// Parse parses s, which must start with mongodb:// or mongodb+srv://. It
// returns an error for strings the driver rejects for their structure, and
// for host names that are neither DNS names, IP addresses nor socket paths
// (prose and placeholders such as "mongodb://<host>", which the driver
// would accept but which name no server).
func Parse(s string) (*URI, error) {
	u := &URI{Raw: s}
	var off int
	switch {
	case strings.HasPrefix(s, SchemeMongoDBSRV):
		u.SRV = true
		off = len(SchemeMongoDBSRV)
	case strings.HasPrefix(s, SchemeMongoDB):
		off = len(SchemeMongoDB)
	default:
		return nil, errors.New(`scheme must be "mongodb" or "mongodb+srv"`)
	}

	// User info ends at the first '@', as in the driver, even past a '/'.
	if i := strings.IndexByte(s[off:], '@'); i >= 0 {
		ui := Span{off, off + i}
		u.HasUserInfo = true
		u.User = ui
		if j := strings.IndexByte(s[ui.Start:ui.End], ':'); j >= 0 {
			u.HasPassword = true
			u.User = Span{ui.Start, ui.Start + j}
			u.Password = Span{ui.Start + j + 1, ui.End}
		}
		if strings.Contains(u.Text(u.User), "/") {
			return nil, errors.New("unescaped slash in username")
		}
		if !validEscapes(u.Text(u.User), url.PathUnescape) {
			return nil, errors.New("invalid username")
		}
		if strings.ContainsAny(u.Text(u.Password), ":/") {
			return nil, errors.New("unescaped colon or slash in password")
		}
		if !validEscapes(u.Text(u.Password), url.PathUnescape) {
			return nil, errors.New("invalid password")
		}
		off = ui.End + 1
	}

	// The host list ends at the first '/', '?' or '@'.
	end := len(s)
	if i := strings.IndexAny(s[off:], "/?@"); i >= 0 {
		end = off + i
		switch s[end] {
		case '@':
			return nil, errors.New("unescaped @ sign in user info")
		case '?':
			if end == off || s[end-1] != Hole {
				return nil, errors.New("must have a / before the query ?")
			}
			// a hole right before '?' may well end with the '/'
		}
	}
	if err := u.parseHosts(off, end); err != nil {
		return nil, err
	}
	if len(u.Hosts) == 0 {
		return nil, errors.New("must have at least 1 host")
	}
	if !u.HasUserInfo && strings.IndexByte(s[off:end], Hole) >= 0 {
		u.UserInfoUnknown = true
	}
	if end == len(s) && end > off && s[end-1] == Hole {
		// "mongodb://" + host, Sprintf("mongodb://%s:%d"): the run-time part
		// ends the host list. It is read as a host, as written; it could
		// hold "/db?options" too, which HostTail lets callers say.
		u.HostTail = true
	}

	rest := s[end:]
	if rest == "" {
		return u, nil
	}
	// Path: "/db", then an optional "?query".
	qstart := end
	if rest[0] == '/' {
		db := rest[1:]
		if i := strings.IndexByte(db, '?'); i >= 0 {
			db = db[:i]
		}
		qstart = end + 1 + len(db)
		if strings.IndexByte(db, Hole) >= 0 {
			u.Database = db
			if qstart == len(s) {
				u.queryMayFollow() // "/" + db: the hole may hold "?options"
			}
		} else {
			d, err := url.QueryUnescape(db)
			if err != nil {
				return nil, errors.New("invalid database name")
			}
			u.Database = d
		}
	}
	if qstart == len(s) {
		return u, nil
	}
	if s[qstart] != '?' {
		return nil, errors.New("must have a ? separator between path and query")
	}
	if err := u.parseQuery(qstart + 1); err != nil {
		return nil, err
	}
	return u, nil
}

// queryMayFollow records that a hole at the end of the input may add
// options after all the visible ones.
func (u *URI) queryMayFollow() {
	u.QueryUnknown = true
	u.unknownAt = append(u.unknownAt, len(u.Raw))
}

// validEscapes reports whether unescape accepts s; a hole may complete an
// escape sequence, so a string with a hole is accepted.
func validEscapes(s string, unescape func(string) (string, error)) bool {
	if strings.IndexByte(s, '%') < 0 || strings.IndexByte(s, Hole) >= 0 {
		return true
	}
	_, err := unescape(s)
	return err == nil
}

// parseHosts fills u.Hosts from s[start:end]; empty entries are skipped, as
// in the driver.
func (u *URI) parseHosts(start, end int) error {
	u.Hosts = make([]Host, 0, strings.Count(u.Raw[start:end], ",")+1)
	for start <= end {
		i := strings.IndexByte(u.Raw[start:end], ',')
		e := end
		if i >= 0 {
			e = start + i
		}
		if e > start {
			h, err := parseHost(u.Raw, Span{start, e})
			if err != nil {
				return err
			}
			u.Hosts = append(u.Hosts, h)
		}
		start = e + 1
	}
	return nil
}

// ParseHost parses one host[:port] entry, as given to SetHosts. An entry
// that does not parse keeps its text as the name.
func ParseHost(s string) Host {
	h, err := parseHost(s, Span{0, len(s)})
	if err != nil {
		h = Host{Span: h.Span, Name: s, Socket: strings.HasSuffix(s, "sock")}
	}
	return h
}

// parseHost splits one host entry into name and port. It accepts what the
// driver's sanitizeHost accepts (query-unescaping, then net.SplitHostPort
// with a missing port allowed, then a port in 1..65535), except names that
// validHostName refuses.
func parseHost(raw string, sp Span) (Host, error) {
	h := Host{Span: sp}
	text := raw[sp.Start:sp.End]
	if strings.IndexByte(text, Hole) >= 0 {
		h.Unknown = true
		h.Name = text
		h.Socket = strings.HasSuffix(text, "sock")
		return h, nil
	}
	addr, err := url.QueryUnescape(text)
	if err != nil {
		return h, errors.New("invalid host " + text)
	}
	// Without a ':', SplitHostPort fails with "missing port in address";
	// skipping it saves an allocation.
	name, port, missingPort := addr, "", true
	if strings.IndexByte(addr, ':') >= 0 {
		name, port, err = net.SplitHostPort(addr)
		if err != nil {
			if ae, ok := err.(*net.AddrError); !ok || ae.Err != "missing port in address" {
				return h, errors.New("invalid host " + text + ": " + err.Error())
			}
			name, port = addr, ""
		} else {
			missingPort = false
		}
	}
	if missingPort && len(name) >= 2 && name[0] == '[' && name[len(name)-1] == ']' {
		name = name[1 : len(name)-1] // "[::1]"
	}
	if port != "" {
		if n, err := strconv.Atoi(port); err != nil || n <= 0 || n >= 65536 {
			return h, errors.New("invalid port in host " + text)
		}
	}
	if strings.HasSuffix(addr, "sock") {
		// The driver dials a unix socket; the whole entry is its path (a
		// valid port never ends in "sock").
		h.Socket = true
		name = addr
	}
	bracketed := strings.HasPrefix(addr, "[")
	if !validHostName(name, bracketed, port != "") {
		return h, fmt.Errorf("invalid host %s: %w", text, errHostName)
	}
	h.Name, h.Port = name, port
	return h, nil
}

// validHostName reports whether name can be a DNS name, an IP address or a
// unix socket path; prose and placeholders that merely start with
// mongodb:// are not. An empty name is the local machine (":27017").
func validHostName(name string, bracketed, hasPort bool) bool {
	if name == "" {
		return hasPort && !bracketed
	}
	if strings.IndexByte(name, '/') >= 0 {
		// a socket path (or a path the driver would fail to dial)
		for _, c := range []byte(name) {
			if c <= ' ' || c == 0x7f {
				return false
			}
		}
		return true
	}
	for _, c := range []byte(name) {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9',
			c == '.', c == '-', c == '_':
		case (c == ':' || c == '%') && bracketed:
			// IPv6 address, with an optional zone
		default:
			return false
		}
	}
	return true
}

// parseQuery fills u.Options from the query starting at offset start; the
// pairs are separated by '&' or ';', and empty pairs are skipped.
func (u *URI) parseQuery(start int) error {
	s := u.Raw
	n := 1
	for _, c := range []byte(s[start:]) {
		if c == '&' || c == ';' {
			n++
		}
	}
	u.Options = make([]Option, 0, n)
	for start < len(s) {
		e := len(s)
		if i := strings.IndexAny(s[start:], "&;"); i >= 0 {
			e = start + i
		}
		if e > start {
			if err := u.addOption(Span{start, e}); err != nil {
				return err
			}
		}
		start = e + 1
	}
	return nil
}

// addOption parses one key=value pair.
func (u *URI) addOption(sp Span) error {
	pair := u.Text(sp)
	eq := strings.IndexByte(pair, '=')
	if eq < 0 {
		if strings.IndexByte(pair, Hole) >= 0 {
			u.QueryUnknown = true // "?" + opts
			u.unknownAt = append(u.unknownAt, sp.Start)
			return nil
		}
		return errors.New("invalid option " + pair)
	}
	if eq == 0 {
		return errors.New("invalid option " + pair + ": empty key")
	}
	o := Option{
		Key:   Span{sp.Start, sp.Start + eq},
		Value: Span{sp.Start + eq + 1, sp.End},
	}
	if strings.IndexByte(pair[:eq], Hole) >= 0 {
		u.QueryUnknown = true // an unknown key may be any option
		o.Unknown = true
		u.Options = append(u.Options, o)
		return nil
	}
	key, err := url.QueryUnescape(pair[:eq])
	if err != nil {
		return errors.New("invalid option key " + pair[:eq])
	}
	o.Name = strings.ToLower(key)
	if strings.IndexByte(pair[eq+1:], Hole) >= 0 {
		o.Unknown = true
		o.Val = pair[eq+1:]
	} else if o.Val, err = url.QueryUnescape(pair[eq+1:]); err != nil {
		return errors.New("invalid option value " + pair[eq+1:])
	}
	u.Options = append(u.Options, o)
	return nil
}

// Option returns the last option named name (lower-case), or nil.
func (u *URI) Option(name string) *Option {
	for i := len(u.Options) - 1; i >= 0; i-- {
		if u.Options[i].Name == name {
			return &u.Options[i]
		}
	}
	return nil
}

// HasHole reports whether the input has any run-time part.
func (u *URI) HasHole() bool { return strings.IndexByte(u.Raw, Hole) >= 0 }
