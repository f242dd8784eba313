package weakalgo

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/cryptolint/cryptolint/internal/names"
	"github.com/cryptolint/cryptolint/internal/rules"
)

// site is a math/rand call whose output a package function returns.
type site struct {
	call *ast.CallExpr
	fn   *types.Func // the math/rand function
	done bool        // its callers have been examined
}

// randSetup lists math/rand functions that produce no random value.
var randSetup = map[string]bool{
	"New": true, "NewSource": true, "NewPCG": true, "NewChaCha8": true, "NewZipf": true,
	"Seed": true, "Shuffle": true,
}

// checkRand reports a math/rand value that becomes a secret (CL312), and
// under the strict policy every other math/rand call (CL313).
func (x *pass) checkRand(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func) {
	if !randSetup[fn.Name()] {
		if desc, ok := x.randSecret(cur, call, fn, &site{call: call, fn: fn}); ok {
			x.reported[call] = true
			x.rep.Report(rules.InsecureRandSecret, call, fmt.Sprintf("%s output becomes %s: math/rand is predictable; use crypto/rand (rand.Text for tokens and passwords, rand.Read for keys)", randName(fn), desc))
			return
		}
	}
	if x.strict {
		x.reported[call] = true
		x.rep.Report(rules.InsecureRandStrict, call, fmt.Sprintf("%s is not a cryptographic random source, which strict policy forbids in any role; use crypto/rand", randName(fn)))
	}
}

// randName names a math/rand function for messages: math/rand.Intn,
// math/rand/v2.IntN, math/rand.Rand.Read.
func randName(fn *types.Func) string {
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			return fn.Pkg().Path() + "." + n.Obj().Name() + "." + fn.Name()
		}
	}
	return fn.Pkg().Path() + "." + fn.Name()
}

// randSecret follows the random value made by the call at cur and returns
// the first secret it becomes. A package function that returns the value
// without a secret-like name is recorded so that its callers are followed.
// A nonce or IV that reaches a cipher is left to CL311.
func (x *pass) randSecret(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func, s *site) (string, bool) {
	var desc, nonceDesc string
	found, toCipher := false, false
	yield := func(sk sink) bool {
		switch sk.kind {
		case toVar, toField, toResult:
			if x.timeOrMeasure(sk) {
				return true // a delay, a date or a ratio is never a secret, whatever its name (tokenBucketJitter)
			}
			r, ok := x.randRoleIn(sk)
			if n, cut := undigested(sk.name); !ok && sk.hashed && cut {
				r, ok = randRole(x.matcher, n) // a digest of math/rand output is as predictable: hashedToken
			}
			if ok {
				var d string
				switch sk.kind {
				case toVar:
					d = fmt.Sprintf("variable %s (%s)", sk.name, article(r))
				case toField:
					if _, isField := sk.node.(*ast.Ident); isField {
						d = fmt.Sprintf("field %s (%s)", sk.name, article(r))
					} else {
						d = fmt.Sprintf("map key %q (%s)", sk.name, article(r))
					}
				default:
					d = fmt.Sprintf("the result of %s (%s)", sk.name, article(r))
				}
				if r == "nonce" || r == "IV" {
					if nonceDesc == "" {
						nonceDesc = d
					}
					return true
				}
				desc, found = d, true
				return false
			}
			if sk.kind == toResult && sk.fn != nil && x.randFns[sk.fn] == nil {
				x.randFns[sk.fn] = &site{call: s.call, fn: s.fn}
			}
		case toAPI:
			switch sk.param.role {
			case roleKey:
				desc, found = "the key of "+sk.name, true
				return false
			case roleNonce, roleIV:
				toCipher = true
			}
		}
		return true
	}
	if fn.Name() == "Read" && len(call.Args) > 0 {
		x.flowToLHS(call.Args[0], 0, make(map[*types.Var]bool), yield)
	} else {
		x.flow(cur, yield)
	}
	if !found && nonceDesc != "" && !toCipher {
		return nonceDesc, true
	}
	return desc, found
}

// timeOrMeasure reports whether the sink's type says it holds a duration,
// a time, a floating-point number or a boolean: quantities, not secrets.
func (x *pass) timeOrMeasure(sk sink) bool {
	var ts []types.Type
	switch {
	case sk.kind == toResult && sk.fn != nil:
		res := sk.fn.Signature().Results()
		for i := range res.Len() {
			ts = append(ts, res.At(i).Type())
		}
	default:
		if e, ok := sk.node.(ast.Expr); ok {
			ts = append(ts, x.info.TypeOf(e))
		}
	}
	if len(ts) == 0 {
		return false
	}
	for _, t := range ts {
		if t == nil {
			return false
		}
		if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "time" &&
			(n.Obj().Name() == "Duration" || n.Obj().Name() == "Time") {
			continue
		}
		if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&(types.IsFloat|types.IsBoolean) != 0 {
			continue
		}
		if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Name() == "error" && n.Obj().Pkg() == nil {
			continue
		}
		return false
	}
	return true
}

// article prefixes a or an.
func article(s string) string {
	if s != "" && strings.ContainsRune("aeiouAEIOU", rune(s[0])) && !strings.HasPrefix(s, "one ") {
		return "an " + s // but "a one time code"
	}
	return "a " + s
}

// randRoleIn is randRole for a sink, reading a struct field in its
// context (names.Matcher.MatchField): a Code in a VerificationCode type,
// a Code beside Email and ExpiresAt, a Key in a Certificate.
func (x *pass) randRoleIn(sk sink) (string, bool) {
	if r, ok := randRole(x.matcher, sk.name); ok || sk.kind != toField || sk.owner == nil {
		return r, ok
	}
	t := sk.owner
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return "", false
	}
	f := names.Field{Name: sk.name, Owner: n.Obj().Name()}
	if st, ok := n.Underlying().(*types.Struct); ok {
		for i := range st.NumFields() {
			if name := st.Field(i).Name(); name != sk.name {
				f.Siblings = append(f.Siblings, name)
			}
		}
	}
	if m, ok := x.matcher.MatchField(f); ok {
		switch m.Category {
		case names.Password, names.Credential, names.PrivateKey:
			return m.Entry, true
		}
	}
	return "", false
}

// undigested returns name without the words that call its value a digest
// (hashedToken: token), and whether it had one.
func undigested(name string) (string, bool) {
	words := names.Tokenize(name)
	out := words[:0:0]
	for _, w := range words {
		switch w {
		case "hashed", "hash", "digest":
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, "_"), len(out) < len(words) && len(out) > 0
}

// randRole returns the kind of secret a name says a random value is, by
// the words of matcher and the words of random secrets.
func randRole(matcher *names.Matcher, name string) (string, bool) {
	if m, ok := matcher.Match(name); ok {
		switch m.Category {
		case names.Password, names.Credential, names.PrivateKey:
			return m.Entry, true
		}
	}
	words := names.Tokenize(name)
	for i, w := range words {
		switch w {
		case "salt", "nonce", "csrf", "xsrf", "otp":
			return w, true
		case "iv":
			return "IV", true
		case "sid", "sessionid":
			return "session ID", true
		case "session":
			if i+1 < len(words) && (words[i+1] == "id" || words[i+1] == "key") {
				return "session ID", true
			}
		case "oauth":
			if i+1 < len(words) && words[i+1] == "state" {
				return "OAuth state", true
			}
		}
	}
	return "", false
}

// randGenerators follows the callers of package functions that return
// math/rand output (randString(n) with a letters[rand.Intn(...)] loop)
// and reports a call whose result becomes a secret. Callers that return the
// value on are followed in turn, a few levels deep.
func (x *pass) randGenerators() {
	for range 3 {
		progress := false
		for gen, s := range x.randFns {
			if s.done {
				continue
			}
			s.done, progress = true, true
			for _, u := range x.idx().funcs[gen] {
				c := u
				if k, _ := c.ParentEdge(); k == edge.SelectorExpr_Sel {
					c = c.Parent()
				}
				if k, _ := c.ParentEdge(); k != edge.CallExpr_Fun {
					continue
				}
				callCur := c.Parent()
				call := callCur.Node().(*ast.CallExpr)
				if x.reported[call] {
					continue
				}
				desc, ok := x.randSecret(callCur, call, s.fn, s)
				if !ok {
					continue
				}
				x.reported[call] = true
				pos := x.pass.Fset.Position(s.call.Pos())
				x.rep.Report(rules.InsecureRandSecret, call, fmt.Sprintf("%s returns %s output (line %d), which becomes %s: math/rand is predictable; use crypto/rand (rand.Text for tokens and passwords, rand.Read for keys)", gen.Name(), randName(s.fn), pos.Line, desc))
			}
		}
		if !progress {
			return
		}
	}
}

// checkRandReader reports a math/rand generator given as the random
// source of key generation or ECDSA signing (CL312).
func (x *pass) checkRandReader(fn *types.Func, arg ast.Expr) {
	t := x.info.TypeOf(arg)
	if !isNamed(t, "math/rand", "Rand") && !isNamed(t, "math/rand/v2", "ChaCha8") {
		return
	}
	what := "the key"
	if strings.Contains(fn.Name(), "Sign") {
		what = "the signature's nonce, and with it the private key"
	}
	x.rep.Report(rules.InsecureRandSecret, arg, fmt.Sprintf("%s reads its randomness from a math/rand generator, so %s can be predicted: math/rand is predictable; use crypto/rand.Reader", displayName(fn), what))
}
