package weakalgo

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/cryptolint/cryptolint/internal/cryptoapi"
	"github.com/cryptolint/cryptolint/internal/names"
	"github.com/cryptolint/cryptolint/internal/rules"
)

// hashUse is one hash computation: where its input comes from and where its
// digest goes.
type hashUse struct {
	inputs  []ast.Expr
	outputs []inspector.Cursor
}

// checkHash judges a call of a hash constructor or one-shot digest.
func (x *pass) checkHash(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func, h hashFunc) {
	var u hashUse
	switch h.kind {
	case hashOneShot:
		if len(call.Args) > 0 {
			u.inputs = append(u.inputs, call.Args[0])
		}
		u.outputs = append(u.outputs, cur)
	case hashKeyed:
		if len(call.Args) > 0 && !x.info.Types[call.Args[0]].IsNil() {
			return // keyed BLAKE2 is a MAC
		}
		u = x.hashVarUse(cur)
	default:
		u = x.hashVarUse(cur)
	}
	x.judgeHash(call, displayName(fn), h, u)
}

// checkCryptoHashNew judges crypto.Hash.New on a known algorithm
// (crypto.MD5.New(), h.New() with h := crypto.SHA1).
func (x *pass) checkCryptoHashNew(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	v, ok := x.intValue(sel.X)
	if !ok {
		return
	}
	h, ok := cryptoHashes[v]
	if !ok {
		return
	}
	name := "crypto.Hash.New"
	if n, ok := cryptoHashNames[v]; ok {
		name = n + ".New"
	}
	x.judgeHash(call, name, h, x.hashVarUse(cur))
}

// hashVarUse collects the inputs and digests of the hash.Hash that the
// constructor call at cur returns: Write, WriteString, io.WriteString,
// fmt.Fprint and io.Copy into the variable holding it, and its Sum calls.
func (x *pass) hashVarUse(cur inspector.Cursor) hashUse {
	var u hashUse
	var lhs ast.Expr
	k, i := cur.ParentEdge()
	switch p := cur.Parent().Node().(type) {
	case *ast.AssignStmt:
		if k == edge.AssignStmt_Rhs && (len(p.Lhs) == len(p.Rhs) || len(p.Rhs) == 1) {
			lhs = p.Lhs[i]
		}
	case *ast.ValueSpec:
		if k == edge.ValueSpec_Values && i < len(p.Names) {
			lhs = p.Names[i]
		}
	case *ast.SelectorExpr: // md5.New().Sum(nil) and friends
		if call, ok := cur.Parent().Parent().Node().(*ast.CallExpr); ok && call.Fun == p && p.Sel.Name == "Sum" {
			u.outputs = append(u.outputs, cur.Parent().Parent())
		}
		return u
	}
	v := x.varOf(lhs)
	if v == nil || x.idx().vars[v] == nil {
		return u
	}
	for _, use := range x.idx().vars[v].uses {
		k, i := use.ParentEdge()
		switch p := use.Parent().Node().(type) {
		case *ast.SelectorExpr:
			call, ok := use.Parent().Parent().Node().(*ast.CallExpr)
			if !ok || call.Fun != p {
				continue
			}
			switch p.Sel.Name {
			case "Write", "WriteString", "WriteByte", "WriteRune":
				if len(call.Args) == 1 {
					u.inputs = append(u.inputs, call.Args[0])
				}
			case "Sum":
				u.outputs = append(u.outputs, use.Parent().Parent())
			}
		case *ast.CallExpr:
			if k != edge.CallExpr_Args || i != 0 {
				continue
			}
			fn, _ := x.callee(p)
			if fn == nil {
				continue
			}
			switch fn.FullName() {
			case "io.WriteString", "io.Copy", "fmt.Fprint", "fmt.Fprintln":
				u.inputs = append(u.inputs, p.Args[1:]...)
			case "fmt.Fprintf":
				if len(p.Args) > 2 {
					u.inputs = append(u.inputs, p.Args[2:]...)
				}
			}
		}
	}
	return u
}

// hashRole is the security role found for a digest.
type hashRole struct {
	password bool   // the data is a password
	key      bool   // the digest becomes key material
	desc     string // for messages
}

// roleOf finds the role of a hash computation: a password or other secret
// as input, a digest stored as or compared with a secret's hash, returned
// by a function named like one, or used as a key.
func (x *pass) roleOf(u hashUse) (hashRole, bool) {
	var found hashRole
	ok := false
	score := func(r hashRole) int {
		n := 1
		if r.password {
			n += 2
		}
		if r.key {
			n++
		}
		return n
	}
	better := func(r hashRole) {
		if !ok || score(r) > score(found) {
			found, ok = r, true
		}
	}
	m := x.matcher
	for _, in := range u.inputs {
		x.inputNames(in, func(name string) bool {
			if mt, match := m.Match(name); match {
				if mt.Category == names.Password {
					better(hashRole{password: true, desc: "hashes password-named input " + name})
					return false
				}
				desc := "hashes sensitive input " + name
				if strings.Join(mt.Tokens, " ") != mt.Entry {
					desc += " (" + mt.Entry + ")"
				}
				better(hashRole{desc: desc})
			}
			return true
		})
	}
	truncated, prehashed := 0, false
	followed := make(map[*types.Func]bool)
	for _, out := range u.outputs {
		cut := false
		var visit func(s sink) bool
		visit = func(s sink) bool {
			if s.kind == toResult && s.fn != nil && s.fn.Pkg() == x.pass.Pkg && !followed[s.fn] && len(followed) < 4 {
				// A helper returns the digest (hashIt(s)): its callers
				// decide the role (hashIt(pw) == u.PasswordHash).
				followed[s.fn] = true
				for _, c := range x.idx().funcs[s.fn] {
					if k, _ := c.ParentEdge(); k == edge.SelectorExpr_Sel {
						c = c.Parent()
					}
					if k, _ := c.ParentEdge(); k == edge.CallExpr_Fun {
						if !x.flow(c.Parent(), visit) {
							return false
						}
					}
				}
			}
			switch s.kind {
			case toTruncated:
				if !cut {
					cut = true
					truncated++
				}
			case toAPI:
				if s.param.role == rolePassword {
					prehashed = true // bcrypt(sha256(password)): the slow hash protects it
					return false
				}
				if s.param.role == roleKey {
					r := hashRole{key: true, desc: "computes the key of " + s.name}
					if found.password {
						r.password, r.desc = true, found.desc+" into the key of "+s.name
					}
					better(r)
				}
			case toVar, toField, toResult, toCompare:
				if found.password {
					return true // only a key role can add to it
				}
				mt, match := digestName(m, s.name)
				if !match {
					return true
				}
				verb := map[sinkKind]string{toVar: "stored in", toField: "stored in", toResult: "returned by", toCompare: "compared with"}[s.kind]
				better(hashRole{password: mt.Category == names.Password, desc: "computes a digest " + verb + " " + s.name})
			}
			return !found.key
		}
		x.flow(out, visit)
	}
	if prehashed {
		return hashRole{}, false
	}
	if truncated > 0 && truncated == len(u.outputs) && !found.key {
		// A digest cut to a few bytes is an identifier or a lookup prefix
		// (the Pwned Passwords range API), not a stored hash.
		return hashRole{}, false
	}
	return found, ok
}

// digestName matches a name that holds a secret or the digest of one:
// PasswordHash, tokenDigest, hashedSecret, passwordhash, by the words of m.
func digestName(m *names.Matcher, name string) (names.Match, bool) {
	if mt, ok := m.Match(name); ok {
		return mt, ok
	}
	words := names.Tokenize(name)
	kept := words[:0:0]
	stripped := false
	for _, w := range words {
		if digestWord(w) || strings.HasPrefix(w, "sha") && strings.Trim(w[3:], "0123456789_") == "" {
			stripped = true
			continue
		}
		for _, suffix := range []string{"hash", "digest", "hashed"} {
			if len(w) > len(suffix) && strings.HasSuffix(w, suffix) {
				w, stripped = strings.TrimSuffix(w, suffix), true
				break
			}
		}
		kept = append(kept, w)
	}
	if !stripped || len(kept) == 0 {
		return names.Match{}, false
	}
	return m.Match(strings.Join(kept, "_"))
}

// digestWords are the words that say a name holds a digest: those of the
// protection vocabulary that name a digest, and the algorithms and
// encodings that name one (md5, sha, hex).
func digestWord(w string) bool {
	if v, ok := cryptoapi.LookupWord(w); ok {
		return v.Protection == cryptoapi.Hashed && !v.Algorithm
	}
	return digestHints[w]
}

// digestHints are the words outside the protection vocabulary that say a
// name holds a digest.
var digestHints = map[string]bool{"sum": true, "md5": true, "md4": true, "sha": true, "hex": true}

// judgeHash reports a hash computation in a security role.
func (x *pass) judgeHash(call *ast.CallExpr, name string, h hashFunc, u hashUse) {
	r, ok := x.roleOf(u)
	switch {
	case ok && r.password:
		x.reported[call] = true
		msg := "%s %s: %s is a fast hash, so stolen hashes of ordinary passwords are cracked at billions of guesses per second; hash passwords with argon2.IDKey, scrypt.Key or bcrypt.GenerateFromPassword"
		if r.key {
			msg = "%s %s: %s is a fast hash, so the key falls to password guessing at billions of guesses per second; derive keys from passwords with argon2.IDKey or scrypt.Key and a random salt"
		}
		x.rep.Report(rules.FastPasswordHash, call, fmt.Sprintf(msg, name, r.desc, h.algo))
	case ok && h.weak:
		x.reported[call] = true
		fix := "use SHA-256 (crypto/sha256), or HMAC-SHA-256 for keyed digests"
		if r.key {
			fix = "derive keys with HKDF (crypto/hkdf) from a high-entropy secret"
		}
		x.rep.Report(rules.WeakHash, call, fmt.Sprintf("%s %s: %s is broken (practical collisions) and must not protect secrets; %s", name, r.desc, h.algo, fix))
	case h.weak && x.strict:
		x.reportStrictHash(call, name, h)
	}
}

// reportStrictHash reports a weak hash under the strict policy.
func (x *pass) reportStrictHash(node ast.Node, what string, h hashFunc) {
	if x.reported[node] {
		return
	}
	x.reported[node] = true
	x.rep.Report(rules.WeakHashStrict, node, fmt.Sprintf("%s uses %s, which strict policy forbids in any role; use SHA-256 (crypto/sha256)", what, h.algo))
}

// weakHashOpt returns the collision-broken algorithm named by a
// crypto.Hash or crypto.SignerOpts argument: crypto.SHA1, or
// &rsa.PSSOptions{Hash: crypto.SHA1}.
func (x *pass) weakHashOpt(e ast.Expr) (string, bool) {
	e = x.resolve(e)
	if u, ok := e.(*ast.UnaryExpr); ok {
		e = ast.Unparen(u.X)
	}
	if lit, ok := e.(*ast.CompositeLit); ok {
		if !isNamed(x.info.TypeOf(lit), "crypto/rsa", "PSSOptions") {
			return "", false
		}
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok && x.keyName(kv.Key) == "Hash" {
				return x.weakHashOpt(kv.Value)
			}
		}
		return "", false
	}
	if !isNamed(x.info.TypeOf(e), "crypto", "Hash") {
		return "", false
	}
	v, ok := x.intValue(e)
	if !ok {
		return "", false
	}
	if h, ok := cryptoHashes[v]; ok && h.weak {
		return cryptoHashNames[v], true
	}
	return "", false
}

// checkSignOpts reports signing with a collision-broken digest named by a
// crypto.Hash or SignerOpts argument.
func (x *pass) checkSignOpts(call *ast.CallExpr, fn *types.Func, arg ast.Expr) {
	name, ok := x.weakHashOpt(arg)
	if !ok {
		return
	}
	x.rep.Report(rules.WeakSignatureHash, arg, fmt.Sprintf("%s signs a %s digest: collisions let an attacker get one signature valid for two documents; sign a crypto.SHA256 digest", displayName(fn), name))
}

// checkSignedDigest reports ecdsa.Sign and SignASN1 over a digest computed
// with a collision-broken hash.
func (x *pass) checkSignedDigest(call *ast.CallExpr, fn *types.Func, arg ast.Expr) {
	h, ok := x.digestAlgo(arg)
	if !ok || !h.weak {
		return
	}
	x.rep.Report(rules.WeakSignatureHash, arg, fmt.Sprintf("%s signs a %s digest: collisions let an attacker get one signature valid for two documents; sign a SHA-256 digest", displayName(fn), h.algo))
}

// digestAlgo returns the hash that computed the digest e: sum[:] with
// sum := sha1.Sum(m), or h.Sum(nil) with h := sha1.New().
func (x *pass) digestAlgo(e ast.Expr) (hashFunc, bool) {
	for range 6 {
		e = x.resolve(e)
		switch n := e.(type) {
		case *ast.SliceExpr:
			e = n.X
			continue
		case *ast.CallExpr:
			fn, _ := x.callee(n)
			if fn == nil {
				return hashFunc{}, false
			}
			if h, ok := hashFuncs[fn.FullName()]; ok && h.kind == hashOneShot {
				return h, true
			}
			sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "Sum" {
				return hashFunc{}, false
			}
			ctor, ok := x.resolve(sel.X).(*ast.CallExpr)
			if !ok {
				return hashFunc{}, false
			}
			if cf, _ := x.callee(ctor); cf != nil {
				if h, ok := hashFuncs[cf.FullName()]; ok {
					return h, true
				}
			}
			return hashFunc{}, false
		}
		return hashFunc{}, false
	}
	return hashFunc{}, false
}

// checkSigAlg reports a weak x509 SignatureAlgorithm value in a template.
func (x *pass) checkSigAlg(value ast.Expr, typeName string) {
	if !isNamed(x.info.TypeOf(value), "crypto/x509", "SignatureAlgorithm") {
		return
	}
	v, ok := x.intValue(value)
	if !ok {
		return
	}
	name, ok := weakSigAlgs[v]
	if !ok {
		return
	}
	x.rep.Report(rules.WeakSignatureHash, value, fmt.Sprintf("%s.SignatureAlgorithm %s signs over a collision-broken digest, letting an attacker forge a second certificate with the same signature; use x509.SHA256WithRSA or x509.ECDSAWithSHA256, or leave it unset", typeName, name))
}

// x509TemplateName returns "x509.Certificate" when t is one of the x509
// template types.
func x509TemplateName(t types.Type) (string, bool) {
	if t == nil {
		return "", false
	}
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return "", false
	}
	full := n.Obj().Pkg().Path() + "." + n.Obj().Name()
	if !x509Templates[full] {
		return "", false
	}
	return "x509." + n.Obj().Name(), true
}

// constString returns the value of a string constant.
func (x *pass) constString(e ast.Expr) (string, bool) {
	tv := x.info.Types[e]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}
