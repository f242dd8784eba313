package weakalgo

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/cryptolint/cryptolint/internal/names"
	"github.com/cryptolint/cryptolint/internal/rules"
)

// keyMaterialInput reports whether the data given to a KDF is named like a
// key or token rather than a password: deriving from a high-entropy secret
// needs no work factor.
func (x *pass) keyMaterialInput(e ast.Expr) bool {
	key := false
	x.inputNames(e, func(name string) bool {
		m, ok := x.matcher.Match(name)
		if !ok {
			return true
		}
		switch m.Category {
		case names.Password:
			key = false
			return false
		case names.Credential, names.PrivateKey:
			key = true
		}
		return true
	})
	return key
}

// checkBcrypt reports a bcrypt cost below the threshold (CL307). Costs
// below bcrypt.MinCost (4) are replaced by bcrypt.DefaultCost and fine.
func (x *pass) checkBcrypt(call *ast.CallExpr, fn *types.Func) {
	if len(call.Args) != 2 {
		return
	}
	arg := call.Args[1]
	cost, ok := x.intValue(arg)
	if !ok || cost < 4 || cost >= int64(x.bcryptCost) {
		return
	}
	var fixes []analysis.SuggestedFix
	if x.info.Types[arg].Value != nil {
		text, ok := strconv.Itoa(x.bcryptCost), true
		if x.bcryptCost <= 10 {
			text, ok = x.qualify("golang.org/x/crypto/bcrypt", "DefaultCost")
		}
		if ok {
			fixes = append(fixes, replaceFix("use "+text, arg, text))
		}
	}
	x.rep.Report(rules.WeakPasswordHashParams, arg, fmt.Sprintf("%s with cost %d is below the minimum of %d: each step down halves the work of cracking the hashes; use bcrypt.DefaultCost (10) or more", displayName(fn), cost, x.bcryptCost), fixes...)
}

// checkPBKDF2 reports PBKDF2 iterations below OWASP's minimum for the
// digest (CL307).
func (x *pass) checkPBKDF2(call *ast.CallExpr, fn *types.Func, pwIdx, iterIdx, hashIdx int) {
	if len(call.Args) != 5 {
		return
	}
	iter, ok := x.intValue(call.Args[iterIdx])
	if !ok {
		return
	}
	h := x.funcRef(call.Args[hashIdx])
	if h == nil {
		return
	}
	algo := hashFuncs[h.FullName()].algo
	min, ok := pbkdf2Min[algo]
	if !ok || iter >= min || x.keyMaterialInput(call.Args[pwIdx]) {
		return
	}
	x.rep.Report(rules.WeakPasswordHashParams, call.Args[iterIdx], fmt.Sprintf("%s with %d iterations of HMAC-%s is below the OWASP minimum of %d; use at least %d, or hash passwords with argon2.IDKey", displayName(fn), iter, algo, min, min))
}

// checkScrypt reports scrypt parameters below OWASP's minimum (CL307).
func (x *pass) checkScrypt(call *ast.CallExpr, fn *types.Func) {
	if len(call.Args) != 6 {
		return
	}
	n, ok1 := x.intValue(call.Args[2])
	r, ok2 := x.intValue(call.Args[3])
	p, ok3 := x.intValue(call.Args[4])
	if !ok1 || !ok2 || !ok3 || x.keyMaterialInput(call.Args[0]) {
		return
	}
	if r >= 8 {
		for _, c := range scryptOK {
			if n >= 1<<c.logN && p >= c.p {
				return
			}
		}
	}
	x.rep.Report(rules.WeakPasswordHashParams, call.Args[2], fmt.Sprintf("%s with N=%d, r=%d, p=%d is below the OWASP minimum of N=2^17, r=8, p=1 (or an equivalent such as N=2^16 with p=2); use N=131072, r=8", displayName(fn), n, r, p))
}

// checkArgon2 reports Argon2id memory and passes below OWASP's minimum
// (CL307).
func (x *pass) checkArgon2(call *ast.CallExpr, fn *types.Func) {
	if len(call.Args) != 6 {
		return
	}
	t, ok1 := x.intValue(call.Args[2])
	m, ok2 := x.intValue(call.Args[3])
	if !ok1 || !ok2 || x.keyMaterialInput(call.Args[0]) {
		return
	}
	for _, c := range argon2OK {
		if m >= c.memory && t >= c.time {
			return
		}
	}
	at := call.Args[3]
	if m >= 19456 {
		at = call.Args[2] // enough memory for 2 passes: the pass count is short
	}
	x.rep.Report(rules.WeakPasswordHashParams, at, fmt.Sprintf("%s with time=%d and memory=%d KiB is below the OWASP minimum (19456 KiB with time=2, or 47104 KiB with time=1); raise memory or passes", displayName(fn), t, m))
}

// checkArgon2i reports argon2.Key (Argon2i) applied to a password (CL307).
func (x *pass) checkArgon2i(call *ast.CallExpr, fn *types.Func) {
	if len(call.Args) != 6 || x.keyMaterialInput(call.Args[0]) {
		return
	}
	x.rep.Report(rules.WeakPasswordHashParams, call.Fun, fmt.Sprintf("%s computes Argon2i, which resists GPU cracking less than Argon2id; hash passwords with argon2.IDKey", displayName(fn)))
}

// checkRSABits reports an RSA key size below the threshold (CL314).
func (x *pass) checkRSABits(call *ast.CallExpr, fn *types.Func, idx int) {
	if idx >= len(call.Args) {
		return
	}
	x.checkRSABitsArg(apiOf(fn), call.Args[idx], "")
}

// checkRSABitsArg is checkRSABits for an argument that reaches the size of
// fn directly or through the function named via.
func (x *pass) checkRSABitsArg(api apiRef, arg ast.Expr, via string) {
	bits, ok := x.intValue(arg)
	onPath := ""
	if !ok {
		var line int
		bits, line, ok = x.reachingMin(arg)
		onPath = fmt.Sprintf(" on some paths (assigned on line %d)", line)
	}
	if !ok || bits >= int64(x.rsaBits) {
		return
	}
	var fixes []analysis.SuggestedFix
	if x.info.Types[arg].Value != nil {
		text := strconv.Itoa(x.rsaBits)
		fixes = append(fixes, replaceFix("use "+text+" bits", arg, text))
	}
	what := api.display
	if via != "" {
		what += " (reached through " + via + ")"
	}
	x.rep.Report(rules.WeakRSAKey, arg, fmt.Sprintf("%s with %d bits%s is below the %d-bit minimum; use at least %d (3072 for use beyond 2030)", what, bits, onPath, x.rsaBits, x.rsaBits), fixes...)
}

// checkCurve reports elliptic.P224 given to key generation (CL315).
func (x *pass) checkCurve(call *ast.CallExpr, fn *types.Func) {
	if len(call.Args) < 1 {
		return
	}
	c, ok := x.resolve(call.Args[0]).(*ast.CallExpr)
	if !ok {
		return
	}
	if f, _ := x.callee(c); f == nil || f.FullName() != "crypto/elliptic.P224" {
		return
	}
	x.rep.Report(rules.LegacyKeyAlgorithm, call.Args[0], fmt.Sprintf("%s with elliptic.P224 gives only 112-bit security, and TLS and crypto/ecdh do not support it; use elliptic.P256 or Ed25519", displayName(fn)))
}

// reachingMin returns the least constant that a local variable used at e
// may hold there, when several assignments reach it: bits := cfg.Bits;
// if compat { bits = 1024 }. An assignment counts when it precedes the use
// in the same function and no later assignment runs on every path between
// them; a variable written otherwise (incremented, its address taken) is
// not judged.
func (x *pass) reachingMin(e ast.Expr) (value int64, line int, ok bool) {
	id, isID := ast.Unparen(e).(*ast.Ident)
	v := x.varOf(id)
	if !isID || v == nil || !x.followable(v) || v.Parent() == x.pass.Pkg.Scope() {
		return 0, 0, false
	}
	vi := x.idx().vars[v]
	if vi == nil || !vi.def.Valid() {
		return 0, 0, false
	}
	var use inspector.Cursor
	type write struct {
		cur inspector.Cursor
		val ast.Expr
	}
	var writes []write
	if init, _ := x.initOf(v); init != nil {
		writes = append(writes, write{vi.def, init})
	}
	for _, u := range vi.uses {
		if u.Node() == id {
			use = u
			continue
		}
		if !isReassignment(u) {
			continue
		}
		as, isAssign := u.Parent().Node().(*ast.AssignStmt)
		k, i := u.ParentEdge()
		if !isAssign || k != edge.AssignStmt_Lhs || len(as.Lhs) != len(as.Rhs) || (as.Tok != token.ASSIGN && as.Tok != token.DEFINE) {
			return 0, 0, false
		}
		writes = append(writes, write{u, as.Rhs[i]})
	}
	if !use.Valid() {
		return 0, 0, false
	}
	fn, _ := innermostFunc(use)
	for _, w := range writes {
		c, isConst := x.info.Types[w.val], false
		if c.Value != nil {
			_, isConst = constant.Int64Val(constant.ToInt(c.Value))
		}
		if !isConst || w.cur.Node().Pos() > use.Node().Pos() {
			continue
		}
		if g, _ := innermostFunc(w.cur); g != fn {
			continue
		}
		var later []inspector.Cursor
		for _, w2 := range writes {
			if w2.cur.Node().Pos() > w.cur.Node().Pos() && w2.cur.Node().Pos() < use.Node().Pos() {
				later = append(later, w2.cur)
			}
		}
		if len(later) > 0 && x.runs().Before(use, later) {
			continue // overwritten on every path
		}
		n, _ := constant.Int64Val(constant.ToInt(c.Value))
		if !ok || n < value {
			value, line, ok = n, x.pass.Fset.Position(w.cur.Node().Pos()).Line, true
		}
	}
	return value, line, ok
}
