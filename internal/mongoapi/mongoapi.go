// Package mongoapi is cryptolint's knowledge of the MongoDB Go driver API
// and the libraries built on it: package paths, and what their functions,
// methods and types mean. Analyzers match through it by type identity.
package mongoapi

import (
	"fmt"
	"go/types"
	"slices"
	"strings"
)

// DefaultModules are the module paths of the official driver, v1 and v2.
var DefaultModules = []string{"go.mongodb.org/mongo-driver", "go.mongodb.org/mongo-driver/v2"}

// Legacy mgo drivers, which have no options package.
const (
	MgoV2         = "gopkg.in/mgo.v2"
	GlobalsignMgo = "github.com/globalsign/mgo"
	Qmgo          = "github.com/qiniu/qmgo"
)

// Modules is the set of driver module paths, the defaults plus forks the
// user names. It implements flag.Value (a comma-separated list to add).
type Modules struct {
	extra []string
}

// String implements flag.Value.
func (m *Modules) String() string { return strings.Join(m.extra, ",") }

// Set implements flag.Value: it adds comma-separated module paths.
func (m *Modules) Set(s string) error {
	for p := range strings.SplitSeq(s, ",") {
		p = strings.TrimSuffix(strings.TrimSpace(p), "/")
		if p == "" {
			continue
		}
		if strings.ContainsAny(p, " \t@") {
			return fmt.Errorf("invalid module path %q", p)
		}
		if !slices.Contains(m.extra, p) {
			m.extra = append(m.extra, p)
		}
	}
	return nil
}

// isDriverPackage reports whether path is sub below one of the modules.
func (m *Modules) isDriverPackage(path, sub string) bool {
	rest, ok := strings.CutSuffix(path, sub)
	if !ok {
		return false
	}
	return slices.Contains(DefaultModules, rest) || slices.Contains(m.extra, rest) || IsFork(rest)
}

// IsFork reports whether a module path names a fork of the official
// driver published under another path, recognised by its layout: the last
// element, before a /vN major version suffix, is mongo-go-driver or
// mongo-driver (github.com/pritunl/mongo-go-driver/v2). Its mongo and bson
// packages are then matched like the official ones, by the same API;
// other forks are named with -plaintextsecret.drivers.
func IsFork(module string) bool {
	if slices.Contains(DefaultModules, module) {
		return false
	}
	base := module
	if i := strings.LastIndexByte(base, '/'); i >= 0 {
		if v := base[i+1:]; len(v) > 1 && v[0] == 'v' && strings.Trim(v[1:], "0123456789") == "" {
			base = base[:i]
		}
	}
	if !strings.Contains(base, "/") {
		return false // a module path with a host
	}
	last := base[strings.LastIndexByte(base, '/')+1:]
	return last == "mongo-go-driver" || last == "mongo-driver"
}

// IsOptions reports whether path is a driver's mongo/options package.
func (m *Modules) IsOptions(path string) bool { return m.isDriverPackage(path, "/mongo/options") }

// IsMongo reports whether path is a driver's mongo package.
func (m *Modules) IsMongo(path string) bool { return m.isDriverPackage(path, "/mongo") }

// ClientOptionsMethod returns the name of fn when it is a method of the
// driver's *options.ClientOptions, or "".
func (m *Modules) ClientOptionsMethod(fn *types.Func) string {
	if fn == nil || fn.Pkg() == nil || !m.IsOptions(fn.Pkg().Path()) {
		return ""
	}
	recv := fn.Signature().Recv()
	if recv == nil || !isNamed(recv.Type(), "ClientOptions") {
		return ""
	}
	return fn.Name()
}

// IsOptionsType reports whether t (or *t) is the named type name of a
// driver options package, e.g. "Credential" or "ClientOptions".
func (m *Modules) IsOptionsType(t types.Type, name string) bool {
	n := namedOf(t)
	return n != nil && n.Obj().Name() == name && n.Obj().Pkg() != nil && m.IsOptions(n.Obj().Pkg().Path())
}

// IsConnect reports whether fn is mongo.Connect or mongo.NewClient of a driver.
func (m *Modules) IsConnect(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil || fn.Signature().Recv() != nil {
		return false
	}
	return (fn.Name() == "Connect" || fn.Name() == "NewClient") && m.IsMongo(fn.Pkg().Path())
}

// IsMgoDial reports whether fn dials with a URI in gopkg.in/mgo.v2, which
// cannot enable TLS from the URI.
func IsMgoDial(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != MgoV2 || fn.Signature().Recv() != nil {
		return false
	}
	switch fn.Name() {
	case "Dial", "DialWithTimeout", "ParseURL":
		return true
	}
	return false
}

// IsMgoDialInfo reports whether t is mgo's DialInfo (either fork).
func IsMgoDialInfo(t types.Type) bool {
	n := namedOf(t)
	if n == nil || n.Obj().Name() != "DialInfo" || n.Obj().Pkg() == nil {
		return false
	}
	p := n.Obj().Pkg().Path()
	return p == MgoV2 || p == GlobalsignMgo
}

// namedOf returns the named type of t or *t, through aliases.
func namedOf(t types.Type) *types.Named {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, _ := t.(*types.Named)
	return n
}

// isNamed reports whether t or *t is a named type called name.
func isNamed(t types.Type, name string) bool {
	n := namedOf(t)
	return n != nil && n.Obj().Name() == name
}
