package weakalgo

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/cryptolint/cryptolint/internal/cryptoapi"
)

// This file classifies byte buffers by where their contents come from, for
// the static IV (CL311) and hard-coded key (CL323) rules: a literal, a
// buffer never filled, or one filled by math/rand, crypto/rand or a
// counter. Any write the analyzer cannot follow makes the origin unknown.

// origin is where the bytes of a buffer come from.
type origin uint8

const (
	originUnknown  origin = iota
	originLiteral         // a literal or a constant
	originZero            // never filled: all zero
	originMathRand        // filled by math/rand
	originCounter         // written only by encoding/binary Put*
	originCrypto          // filled by crypto/rand
)

// use is what one use of a buffer does to its contents.
type use uint8

const (
	useRead use = iota
	useUnknown
	useCrypto
	useMathRand
	useCounter
	useDisjoint      // writes bytes past the part being judged
	useEscape        // handed to code that might write it (returned, stored, passed on)
	useConstWrite    // stores constant bytes in it (iv[15] = 1, copy(iv, "..."))
	useCryptoPartial // fills only part of it from crypto/rand (rand.Read(iv[:8]))
	useClear         // sets every byte to zero (clear(iv), a helper that only zeroes it)
	nUses
)

// bytesOrigin classifies the buffer e (a []byte or byte array expression)
// and returns a description for messages.
func (x *pass) bytesOrigin(e ast.Expr) (origin, string) {
	return x.originOf(e, -1, 0)
}

// originOf is bytesOrigin for the part of e before byte hi (hi < 0: all).
func (x *pass) originOf(e ast.Expr, hi int64, depth int) (origin, string) {
	if depth > 6 || x.nesting > maxNesting {
		return originUnknown, ""
	}
	x.nesting++
	defer func() { x.nesting-- }()
	e = ast.Unparen(e)
	tv := x.info.Types[e]
	if tv.IsNil() {
		return originUnknown, "" // a nil nonce means a random-nonce AEAD, or a panic
	}
	if tv.Value != nil {
		if tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) != "" {
			return originLiteral, x.constDesc(e)
		}
		return originUnknown, ""
	}
	switch e := e.(type) {
	case *ast.CallExpr:
		switch {
		case x.isConversion(e):
			o, d := x.originOf(e.Args[0], hi, depth+1)
			return o, d
		case x.isBuiltin(e, "make"):
			if len(e.Args) >= 2 {
				if n, ok := x.intValue(e.Args[1]); ok && n == 0 {
					return originUnknown, "" // empty: a random-nonce AEAD's nonce
				}
				return originZero, "never filled (all zero)"
			}
		case x.isBuiltin(e, "new"):
			return originZero, "never filled (all zero)"
		}
		if sum := x.summaryOfCall(e); sum != nil && sum.result != originUnknown {
			return sum.result, sum.resDesc // a helper or closure returning a constant
		}
		// The digest of a constant is a constant: sha256.Sum256([]byte("iv-seed")).
		if fn, _ := x.callee(e); fn != nil && len(e.Args) == 1 {
			if h, ok := hashFuncs[fn.FullName()]; ok && h.kind == hashOneShot {
				if o, d := x.originOf(e.Args[0], -1, depth+1); o == originLiteral {
					return originLiteral, "derived from " + d
				}
				return originUnknown, ""
			}
		}
		// A key decoded from a literal is a literal key.
		if fn, _ := x.callee(e); fn != nil && cryptoapi.Has(fn.FullName(), cryptoapi.Decode) && len(e.Args) == 1 {
			if s, ok := x.constString(e.Args[0]); ok && s != "" {
				return originLiteral, "decoded from " + x.constDesc(e.Args[0])
			}
		}
	case *ast.CompositeLit:
		return x.literalOrigin(e)
	case *ast.SliceExpr:
		h := int64(-1)
		if e.High != nil && (e.Low == nil || isZero(x.info, e.Low)) {
			if n, ok := x.intValue(e.High); ok {
				h = n
			}
		}
		return x.originOf(e.X, h, depth+1)
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return x.originOf(e.X, hi, depth+1)
		}
	case *ast.SelectorExpr:
		if f := x.fieldOf(e); f != nil {
			if o, d := x.localFieldOrigin(e, f, hi, depth); o != originUnknown {
				return o, d
			}
			if o, d := x.packageFieldOrigin(e, hi, depth); o != originUnknown {
				return o, d
			}
			return x.fieldOrigin(f, depth)
		}
	case *ast.StarExpr:
		// *p, with p := &buf assigned once: buf's bytes.
		if u, ok := x.resolve(e.X).(*ast.UnaryExpr); ok && u.Op == token.AND {
			return x.originOf(u.X, hi, depth+1)
		}
	case *ast.Ident:
		return x.varOrigin(e, hi, depth)
	}
	return originUnknown, ""
}

// localFieldOrigin classifies v.F where v is a local variable assigned
// once to a struct literal (or its address) and nothing assigns v.F or
// takes v's address: cfg := Config{Key: "..."}; aes.NewCipher([]byte(cfg.Key)).
func (x *pass) localFieldOrigin(sel *ast.SelectorExpr, f *types.Var, hi int64, depth int) (origin, string) {
	v := x.varOf(sel.X)
	if v == nil || !x.assignedOnce(v) || v.Parent() == x.pass.Pkg.Scope() {
		return originUnknown, ""
	}
	init, _ := x.initOf(v)
	e := ast.Unparen(init)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return originUnknown, ""
	}
	for _, u := range x.idx().vars[v].uses {
		if k, _ := u.ParentEdge(); k != edge.SelectorExpr_X {
			return originUnknown, "" // passed on, or its address taken: may be written
		}
		if s := u.Parent().Node().(*ast.SelectorExpr); x.fieldOf(s) == f && isReassignment(u.Parent()) {
			return originUnknown, ""
		}
		if k, _ := u.Parent().ParentEdge(); k == edge.CallExpr_Fun {
			return originUnknown, "" // a method may write the field
		}
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return originUnknown, ""
		}
		if id, ok := kv.Key.(*ast.Ident); ok && x.info.Uses[id] == f {
			o, d := x.originOf(kv.Value, hi, depth+1)
			if o == originLiteral || o == originZero {
				return o, d + " (" + v.Name() + "." + f.Name() + ")"
			}
			return originUnknown, ""
		}
	}
	return originUnknown, ""
}

// packageFieldOrigin classifies v.F where v is an unexported package-level
// struct variable initialised with a literal that nothing else writes
// (literalField): var defaults = settings{MACKey: "..."}.
func (x *pass) packageFieldOrigin(sel *ast.SelectorExpr, hi int64, depth int) (origin, string) {
	v := x.varOf(sel.X)
	if v == nil || v.Parent() != x.pass.Pkg.Scope() {
		return originUnknown, "" // locals are localFieldOrigin's
	}
	val := x.literalField(sel)
	if val == nil {
		return originUnknown, ""
	}
	o, d := x.originOf(val, hi, depth+1)
	if o != originLiteral && o != originZero {
		return originUnknown, ""
	}
	return o, d + " (" + v.Name() + "." + sel.Sel.Name + ")"
}

// maxNesting bounds how deeply origin questions may nest through uses,
// calls and summaries, whatever path they take: a safety net against
// mutual recursion between buffers that are copied into each other.
const maxNesting = 48

// literalOrigin classifies a composite literal of bytes.
func (x *pass) literalOrigin(lit *ast.CompositeLit) (origin, string) {
	t := x.info.TypeOf(lit)
	if t == nil || !isByteSeq(t) {
		return originUnknown, ""
	}
	_, isArray := t.Underlying().(*types.Array)
	if len(lit.Elts) == 0 {
		if isArray {
			return originZero, "an all-zero array literal"
		}
		return originUnknown, "" // empty slice
	}
	zero := true
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			elt = kv.Value
		}
		tv := x.info.Types[elt]
		if tv.Value == nil {
			return originUnknown, ""
		}
		if v, ok := constant.Int64Val(constant.ToInt(tv.Value)); !ok || v != 0 {
			zero = false
		}
	}
	if zero {
		return originLiteral, "an all-zero byte literal"
	}
	return originLiteral, "a byte literal"
}

// varOrigin classifies the buffer held by the variable id denotes. A
// crypto/rand fill counts only when it covers the whole buffer and, when
// the fill and the use are in one function, runs on every path before the
// use: a fill on one branch, after the use, or of half the buffer leaves
// the buffer's initial bytes where it is used.
func (x *pass) varOrigin(id *ast.Ident, hi int64, depth int) (origin, string) {
	v := x.varOf(id)
	if v == nil || !x.assignedOnce(v) {
		return originUnknown, ""
	}
	if isString(v.Type()) {
		if init, _ := x.initOf(v); init != nil {
			if o, d := x.originOf(init, hi, depth+1); o == originLiteral {
				if !strings.HasPrefix(d, "the constant") {
					d += " (" + v.Name() + ")"
				}
				return o, d
			}
		}
		return originUnknown, ""
	}
	if !isByteSeq(v.Type()) {
		return originUnknown, ""
	}
	init, zero := x.initOf(v)
	if init == nil {
		init = x.firstResultOf(v)
	}
	judge := hi
	if judge < 0 {
		judge = x.bufLen(v, init)
	}
	var seen [nUses]bool
	var judged inspector.Cursor
	var fills []inspector.Cursor
	for _, u := range x.idx().vars[v].uses {
		if u.Node() == id {
			judged = u
			continue // the use being judged
		}
		k := x.classifyUse(u, judge)
		seen[k] = true
		if k == useCrypto {
			fills = append(fills, u)
		}
	}
	var gap string
	switch {
	case seen[useUnknown]:
		return originUnknown, ""
	case seen[useCrypto]:
		if gap = x.fillGap(judged, fills); gap == "" {
			return originCrypto, "filled by crypto/rand"
		}
		if seen[useEscape] || seen[useMathRand] || seen[useCounter] || seen[useConstWrite] {
			return originUnknown, "" // other writes may fill it where crypto/rand does not
		}
	case seen[useMathRand]:
		return originMathRand, "filled by math/rand, which is predictable"
	}
	var o origin
	var d string
	switch {
	case init != nil:
		o, d = x.originOf(init, hi, depth+1)
	case zero:
		if _, isArray := v.Type().Underlying().(*types.Array); isArray {
			o, d = originZero, "never filled (all zero)"
		}
	}
	if seen[useEscape] && o != originLiteral {
		return originUnknown, "" // a buffer handed to other code may be filled there
	}
	if seen[useCounter] && seen[useCryptoPartial] {
		return originUnknown, "" // random prefix and counter: a sound nonce construction
	}
	if seen[useCounter] && (o == originZero || o == originLiteral) {
		return originCounter, "a counter written with encoding/binary"
	}
	if o != originZero && o != originLiteral {
		return o, d
	}
	switch {
	case gap != "":
		if o == originZero {
			d = "all zero"
		}
		d += " " + gap
	case seen[useCryptoPartial]:
		if o != originZero {
			return originUnknown, ""
		}
		d = "only partly filled by crypto/rand (the other bytes stay zero)"
	case seen[useConstWrite] || (seen[useClear] && o == originLiteral):
		o, d = originLiteral, "never filled from crypto/rand: only constant bytes are stored in it"
		if by := x.constHelpers(v, id); by != "" {
			d = "written with constants by " + by
		}
	}
	if o == originLiteral && d != "" && !strings.HasPrefix(d, "the constant") && gap == "" {
		d += " (" + v.Name() + ")"
	}
	return o, d
}

// constHelpers names the functions of other packages that store constants
// in v's buffer (noncehelp.Counter(nonce)), when every constant store in it
// is such a call: the reader cannot see their bodies here. It returns ""
// otherwise.
func (x *pass) constHelpers(v *types.Var, judged *ast.Ident) string {
	var by []string
	for _, u := range x.idx().vars[v].uses {
		if u.Node() == judged || x.classifyUse(u, -1) != useConstWrite {
			continue
		}
		c := u
		for {
			if k, _ := c.ParentEdge(); k != edge.ParenExpr_X && k != edge.SliceExpr_X {
				break
			}
			c = c.Parent()
		}
		call, ok := c.Parent().Node().(*ast.CallExpr)
		if k, _ := c.ParentEdge(); !ok || k != edge.CallExpr_Args {
			return ""
		}
		fn, _ := x.callee(call)
		if fn == nil || fn.Pkg() == nil || fn.Pkg() == x.pass.Pkg || x.importedSummary(fn) == nil {
			return "" // a store in the package, or copy(iv, "fixed")
		}
		if name := displayName(fn); !slices.Contains(by, name) {
			by = append(by, name)
		}
	}
	return strings.Join(by, " and ")
}

// bufLen returns the length of the buffer v holds when its type or its
// make call says it, or -1.
func (x *pass) bufLen(v *types.Var, init ast.Expr) int64 {
	t := v.Type()
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if a, ok := t.Underlying().(*types.Array); ok {
		return a.Len()
	}
	if call, ok := ast.Unparen(init).(*ast.CallExpr); ok && x.isBuiltin(call, "make") && len(call.Args) >= 2 {
		if n, ok := x.intValue(call.Args[1]); ok {
			return n
		}
	}
	return -1
}

// fillGap says why the crypto/rand fills of a buffer do not fill it where
// the judged use reads it, or returns "" when they do or when it cannot
// tell: a fill in another function (a closure, a helper), or a use that
// copies the buffer into another variable, is taken as a fill.
func (x *pass) fillGap(judged inspector.Cursor, fills []inspector.Cursor) string {
	if !judged.Valid() || x.copiedToVar(judged) {
		return ""
	}
	fn, ok := innermostFunc(judged)
	if !ok {
		return ""
	}
	after := true
	for _, f := range fills {
		if g, ok := innermostFunc(f); !ok || g != fn {
			return ""
		}
		if f.Node().Pos() < judged.Node().Pos() {
			after = false
		}
	}
	if x.runs().Before(judged, fills) {
		return ""
	}
	if after {
		return "where it is used (crypto/rand fills it only after the use)"
	}
	return "on some paths (crypto/rand fills it only on some branches before the use)"
}

// copiedToVar reports whether the use u is (a slice or conversion of) the
// value assigned to another variable: its reads come later.
func (x *pass) copiedToVar(u inspector.Cursor) bool {
	c := u
	for {
		switch k, _ := c.ParentEdge(); k {
		case edge.ParenExpr_X, edge.SliceExpr_X, edge.CallExpr_Args:
			if call, ok := c.Parent().Node().(*ast.CallExpr); ok && !x.isConversion(call) {
				return false
			}
			c = c.Parent()
			continue
		case edge.AssignStmt_Rhs, edge.ValueSpec_Values:
			return true
		}
		return false
	}
}

// classifyUse says what the use u of a byte buffer does to the bytes
// before hi (hi < 0: to all of them, of unknown length).
func (x *pass) classifyUse(u inspector.Cursor, hi int64) use {
	c := u
	partial := false
	for {
		k, _ := c.ParentEdge()
		switch p := c.Parent().Node().(type) {
		case *ast.ParenExpr:
			c = c.Parent()
			continue
		case *ast.SliceExpr:
			if k != edge.SliceExpr_X {
				return useRead
			}
			if hi >= 0 && p.Low != nil {
				if lo, ok := x.intValue(p.Low); ok && lo >= hi {
					return useDisjoint
				}
			}
			if c == u {
				partial = x.slicesPart(p, hi)
			}
			c = c.Parent()
			continue
		}
		break
	}
	k, i := c.ParentEdge()
	switch p := c.Parent().Node().(type) {
	case *ast.CallExpr:
		if k != edge.CallExpr_Args {
			return useUnknown
		}
		r := x.classifyArg(p, i)
		if r == useCrypto && partial {
			return useCryptoPartial
		}
		return r
	case *ast.IndexExpr:
		if k == edge.IndexExpr_X && !isReassignment(c.Parent()) {
			return useRead
		}
		if k == edge.IndexExpr_X && x.storesConstant(c.Parent()) {
			return useConstWrite
		}
		return useUnknown
	case *ast.UnaryExpr:
		if p.Op == token.AND {
			return useEscape // &buf: written or read through the pointer
		}
	case *ast.StarExpr:
		return useRead
	case *ast.BinaryExpr, *ast.RangeStmt:
		return useRead
	case *ast.ReturnStmt:
		if v := x.varOf(u.Node().(*ast.Ident)); v != nil && v.Parent() != x.pass.Pkg.Scope() {
			return useRead // the function ends: no use in it sees a later write
		}
		return useEscape
	case *ast.CompositeLit, *ast.KeyValueExpr, *ast.ValueSpec, *ast.SelectorExpr, *ast.SendStmt:
		return useEscape
	case *ast.AssignStmt:
		if k == edge.AssignStmt_Rhs {
			return useEscape
		}
	}
	return useUnknown
}

// slicesPart reports whether the slice expression s of a buffer covers
// only part of its first hi bytes (hi < 0: of a buffer of unknown length,
// where only a constant low bound above zero tells).
func (x *pass) slicesPart(s *ast.SliceExpr, hi int64) bool {
	if s.Low != nil {
		if lo, ok := x.intValue(s.Low); ok && lo > 0 {
			return true
		}
	}
	if s.High != nil && hi >= 0 {
		if h, ok := x.intValue(s.High); ok && h < hi {
			return true
		}
	}
	return false
}

// storesConstant reports whether the index expression at c is the target
// of an assignment of a value fixed by the source (buf[15] = 1, b[i] =
// byte(i) over the indices of b) or an increment.
func (x *pass) storesConstant(c inspector.Cursor) bool {
	k, i := c.ParentEdge()
	switch p := c.Parent().Node().(type) {
	case *ast.AssignStmt:
		if k == edge.AssignStmt_Lhs && len(p.Lhs) == len(p.Rhs) && (p.Tok == token.ASSIGN || p.Tok == token.DEFINE) {
			return x.fixedValue(p.Rhs[i], 0)
		}
	case *ast.IncDecStmt:
		return true
	}
	return false
}

// fixedValue reports whether e is the same on every run: a constant, a
// loop index (the key of a range over a slice, array, string or integer,
// or a counter that a for statement starts at a constant and only its
// post statement steps), or arithmetic and conversions of those.
func (x *pass) fixedValue(e ast.Expr, depth int) bool {
	if depth > 4 {
		return false
	}
	e = ast.Unparen(e)
	if tv := x.info.Types[e]; tv.Value != nil {
		return true
	}
	switch e := e.(type) {
	case *ast.Ident:
		v := x.varOf(e)
		return v != nil && x.loopIndex(v)
	case *ast.BinaryExpr:
		switch e.Op {
		case token.ADD, token.SUB, token.MUL, token.QUO, token.REM, token.AND, token.OR, token.XOR, token.SHL, token.SHR, token.AND_NOT:
			return x.fixedValue(e.X, depth+1) && x.fixedValue(e.Y, depth+1)
		}
	case *ast.UnaryExpr:
		return (e.Op == token.SUB || e.Op == token.XOR || e.Op == token.ADD) && x.fixedValue(e.X, depth+1)
	case *ast.CallExpr:
		if x.isConversion(e) {
			if b, ok := x.info.TypeOf(e).Underlying().(*types.Basic); ok && b.Info()&types.IsInteger != 0 {
				return x.fixedValue(e.Args[0], depth+1)
			}
		}
	}
	return false
}

// loopIndex reports whether v is a loop index whose values the source
// fixes: for i := range b (b not a map, channel or function), or for i :=
// 0; ...; i++ with only the post statement writing i.
func (x *pass) loopIndex(v *types.Var) bool {
	vi := x.idx().vars[v]
	if vi == nil || !vi.def.Valid() {
		return false
	}
	k, _ := vi.def.ParentEdge()
	switch p := vi.def.Parent().Node().(type) {
	case *ast.RangeStmt:
		if k != edge.RangeStmt_Key || p.Tok != token.DEFINE || !x.assignedOnce(v) {
			return false
		}
		switch t := typeUnder(x.info.TypeOf(p.X)).(type) {
		case *types.Slice, *types.Array:
			return true
		case *types.Basic:
			return t.Info()&(types.IsString|types.IsInteger) != 0
		}
	case *ast.AssignStmt:
		as := p
		if k != edge.AssignStmt_Lhs || as.Tok != token.DEFINE || len(as.Lhs) != 1 || len(as.Rhs) != 1 || x.info.Types[as.Rhs[0]].Value == nil {
			return false
		}
		loop, ok := vi.def.Parent().Parent().Node().(*ast.ForStmt)
		if !ok || loop.Init != as || loop.Post == nil {
			return false
		}
		post := vi.def.Parent().Parent().ChildAt(edge.ForStmt_Post, -1)
		for _, u := range vi.uses {
			if isReassignment(u) && !post.Contains(u) {
				return false
			}
		}
		switch s := loop.Post.(type) {
		case *ast.IncDecStmt:
			return true
		case *ast.AssignStmt:
			return len(s.Rhs) == 1 && x.info.Types[s.Rhs[0]].Value != nil && s.Tok != token.ASSIGN
		}
	}
	return false
}

// classifyArg says what the call does to the buffer it gets as argument i.
func (x *pass) classifyArg(call *ast.CallExpr, i int) use {
	switch {
	case x.isConversion(call), x.isBuiltin(call, "len"), x.isBuiltin(call, "cap"), x.isBuiltin(call, "append"):
		return useRead
	case x.isBuiltin(call, "copy"):
		if i == 1 {
			return useRead
		}
		if len(call.Args) == 2 {
			if _, ok := x.constBytes(call.Args[1]); ok {
				return useConstWrite // copy(iv, "fixed")
			}
		}
		return useUnknown
	case x.isBuiltin(call, "clear"):
		return useClear
	}
	if x.recursiveCall(call) {
		return useRead // what the function does with it is what is being summarised
	}
	if sum := x.summaryOfCall(call); sum != nil {
		if e, ok := sum.effects[i]; ok {
			return e // a function of the package: its summary says
		}
		return useEscape
	}
	fn, _ := x.callee(call)
	if fn == nil || fn.Pkg() == nil {
		return useEscape // a function value: it may fill the buffer
	}
	name := fn.FullName()
	api, _ := cryptoapi.Lookup(name)
	switch {
	case api.Is(cryptoapi.Random) && i == 0:
		if api.Secure {
			return useCrypto
		}
		return useMathRand
	case (name == "io.ReadFull" || name == "io.ReadAtLeast") && i == 1:
		return x.readerKind(call.Args[0])
	case name == "(io.Reader).Read" && i == 0:
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			return x.readerKind(sel.X)
		}
	case fn.Pkg().Path() == "encoding/binary" && strings.HasPrefix(fn.Name(), "Put") && i == 0:
		return useCounter
	case fn.Pkg().Path() == "fmt" && !strings.HasPrefix(fn.Name(), "Sscan") && !strings.HasPrefix(fn.Name(), "Fscan") && !strings.HasPrefix(fn.Name(), "Scan"):
		return useRead
	}
	for _, p := range cryptoParams[name] {
		if p.index == i {
			if p.role == roleDst {
				return useUnknown
			}
			return useRead
		}
	}
	return useEscape
}

// readerKind says what reading from r fills a buffer with.
func (x *pass) readerKind(r ast.Expr) use {
	r = x.resolve(r)
	if sel, ok := r.(*ast.SelectorExpr); ok {
		if v, ok := x.info.Uses[sel.Sel].(*types.Var); ok && v.Pkg() != nil && v.Pkg().Path() == "crypto/rand" && v.Name() == "Reader" {
			return useCrypto
		}
	}
	if id, ok := r.(*ast.Ident); ok {
		if v, ok := x.info.Uses[id].(*types.Var); ok && v.Pkg() != nil && v.Pkg().Path() == "crypto/rand" && v.Name() == "Reader" {
			return useCrypto // dot import
		}
	}
	if isNamed(x.info.TypeOf(r), "math/rand", "Rand") {
		return useMathRand
	}
	return useUnknown
}

// constDesc describes a constant expression for messages.
func (x *pass) constDesc(e ast.Expr) string {
	var id *ast.Ident
	switch e := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		return "a string literal"
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	}
	if id != nil {
		if c, ok := x.info.Uses[id].(*types.Const); ok {
			return "the constant " + c.Name()
		}
	}
	return "a constant string"
}

// firstResultOf returns the call whose first result defines v in
// v, err := f(...).
func (x *pass) firstResultOf(v *types.Var) ast.Expr {
	vi := x.idx().vars[v]
	if vi == nil || !vi.def.Valid() {
		return nil
	}
	k, i := vi.def.ParentEdge()
	if p, ok := vi.def.Parent().Node().(*ast.AssignStmt); ok && k == edge.AssignStmt_Lhs && i == 0 && len(p.Rhs) == 1 {
		if call, ok := p.Rhs[0].(*ast.CallExpr); ok {
			return call
		}
	}
	return nil
}
