package weakalgo

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/cryptolint/cryptolint/internal/flow"
)

// This file summarises the functions of the package, so that the origin
// and flow questions cross calls: which crypto API role a parameter reaches
// (a nonce passed to encrypt(nonce) that seals with it), what a call does
// to a byte buffer it is given (fills it from crypto/rand on every path,
// only reads it, stores constants in it), and where the bytes a function
// returns come from (a helper or closure returning a literal nonce).
//
// Why summaries over the AST rather than SSA (buildssa): the rules judge
// few values (the arguments of a few dozen crypto APIs), and the origin
// logic already answers them on the syntax; buildssa would be a Requires
// that builds SSA for every function of every package the driver loads,
// concerned or not, while a summary here is computed on demand, only for
// the functions a judged value actually passes through, and memoised.
// Measured on the mongo-driver v2.10.0 corpus and a generated 100k-line
// service module, the command's CPU time is unchanged within the noise of
// this shared machine (about 1.7-2.2 s user either way), and go vet
// -vettool too (19.5-21 s user, where the standard library's facts are
// most of the time).
//
// The summaries of exported functions cross packages as facts (facts.go):
// which parameters reach a crypto API, whether the first result is a
// constant, and what the function does to a buffer parameter when that
// decides a nonce (fills it in full from crypto/rand, stores constants,
// writes a counter, only zeroes it). Any other call of another package's
// function still counts as a write that may fill the buffer, so in doubt
// nothing is reported. A function literal called where it is written, and
// a function or method value held by a variable assigned once, are
// summarised like direct calls; other function values, interface methods
// and generic instantiations are not followed.

// funcSummary is what a function of the package does with its parameters
// and where its first result comes from.
type funcSummary struct {
	name      string              // for messages: the function, or the variable holding a literal
	computing bool                // under construction: a recursive call sees no summary
	sinks     map[int]paramSink   // parameter index -> the crypto API role it reaches
	stores    map[int]*types.Var  // parameter index -> the field of a struct literal of the package it is stored in unchanged
	effects   map[int]use         // byte parameter index -> what the call does to the buffer
	result    origin              // origin of the first result, when all returns agree
	resDesc   string              // its description
	params    *types.Tuple        // the parameters
	body      inspector.Cursor    // the FuncDecl or FuncLit
	named     map[*types.Var]bool // named results
}

// paramSink is the crypto API role a parameter reaches.
type paramSink struct {
	api   apiRef // the crypto API
	param param  // its argument there
}

// summaryOfCall returns the summary of the function that call invokes (a
// declared function or method, a function literal called where it is
// written, or either held by a variable assigned once: f := seal; f(...)),
// from its fact for another package's function, or nil, also while that
// summary is being computed (a recursive call).
func (x *pass) summaryOfCall(call *ast.CallExpr) *funcSummary {
	if fn := x.staticCallee(call); fn != nil && fn.Pkg() != nil && fn.Pkg() != x.pass.Pkg {
		return x.importedSummary(fn) // another package's function: its fact
	}
	node, name := x.calleeNode(call)
	if node == nil {
		return nil
	}
	return x.summary(node, name)
}

// recursiveCall reports whether call invokes a function whose summary is
// being computed.
func (x *pass) recursiveCall(call *ast.CallExpr) bool {
	node, _ := x.calleeNode(call)
	s, ok := x.summaries[node]
	return node != nil && ok && s.computing
}

// calleeNode returns the declaration or function literal of the function
// of the package that call invokes, and its name for messages.
func (x *pass) calleeNode(call *ast.CallExpr) (ast.Node, string) {
	if lit, ok := ast.Unparen(call.Fun).(*ast.FuncLit); ok {
		return lit, "a function literal" // func() []byte { ... }()
	}
	if fn := x.staticCallee(call); fn != nil {
		if fn.Pkg() != x.pass.Pkg {
			return nil, ""
		}
		if d := x.declOf(fn); d != nil {
			return d, fn.Name()
		}
		return nil, ""
	}
	if _, ok := typeutil.Callee(x.info, call).(*types.Var); ok {
		if lit, ok := x.resolve(call.Fun).(*ast.FuncLit); ok {
			return lit, x.exprName(call.Fun)
		}
	}
	return nil, ""
}

// staticCallee returns the declared function or method that call
// invokes: its static callee, or the function or method value that a
// local variable assigned once holds (f := seal; f(...); f := b.seal).
// Interface methods and fields holding functions are not followed.
func (x *pass) staticCallee(call *ast.CallExpr) *types.Func {
	switch obj := typeutil.Callee(x.info, call).(type) {
	case *types.Func:
		if recv := obj.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
			return nil
		}
		return obj
	case *types.Var:
		if obj.IsField() {
			return nil // a field holding a function: written anywhere
		}
		if fn := x.funcRef(call.Fun); fn != nil {
			if recv := fn.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
				return nil
			}
			return fn
		}
	}
	return nil
}

// declOf returns the declaration of a function of the package.
func (x *pass) declOf(fn *types.Func) ast.Node {
	if x.decls == nil {
		x.decls = make(map[*types.Func]inspector.Cursor)
		x.funcCurs = make(map[ast.Node]inspector.Cursor)
		for c := range x.in.Root().Preorder((*ast.FuncDecl)(nil)) {
			d := c.Node().(*ast.FuncDecl)
			if f, ok := x.info.Defs[d.Name].(*types.Func); ok && d.Body != nil {
				x.decls[f] = c
				x.funcCurs[d] = c
			}
		}
	}
	if c, ok := x.decls[fn.Origin()]; ok {
		return c.Node()
	}
	return nil
}

// summary returns the summary of the function at node, computing it on
// first use.
func (x *pass) summary(node ast.Node, name string) *funcSummary {
	if s, ok := x.summaries[node]; ok {
		if s.computing {
			return nil // recursion: the call being summarised says nothing yet
		}
		return s
	}
	body, ok := x.funcCurs[node]
	if !ok {
		if body, ok = x.in.Root().FindNode(node); !ok { // a function literal
			return nil
		}
	}
	s := &funcSummary{name: name, computing: true, body: body}
	x.summaries[node] = s
	var sig *types.Signature
	switch n := node.(type) {
	case *ast.FuncDecl:
		if fn, ok := x.info.Defs[n.Name].(*types.Func); ok {
			sig = fn.Signature()
		}
	case *ast.FuncLit:
		sig, _ = x.info.TypeOf(n).(*types.Signature)
	}
	if sig == nil {
		s.computing = false
		return s
	}
	s.params = sig.Params()
	if res := sig.Results(); res.Len() > 0 && res.At(0).Name() != "" {
		s.named = map[*types.Var]bool{res.At(0): true}
	}
	for i := range s.params.Len() {
		if sig.Variadic() && i == s.params.Len()-1 {
			break
		}
		x.summariseParam(s, i, s.params.At(i))
	}
	if sig.Results().Len() > 0 {
		s.result, s.resDesc = x.resultOrigin(s, sig.Results().At(0))
	}
	s.computing = false
	return s
}

// summariseParam records what the function does with its parameter v at
// index i: the effect on a byte buffer it is given, and the crypto API
// role the parameter reaches when the function only reads it.
func (x *pass) summariseParam(s *funcSummary, i int, v *types.Var) {
	vi := x.idx().vars[v]
	if vi == nil || !x.assignedOnce(v) {
		return // reassigned: the caller's value may not be the one used
	}
	effect := useRead
	if isByteSeq(v.Type()) {
		var fills []inspector.Cursor
		for _, u := range vi.uses {
			switch k := x.classifyUse(u, -1); k {
			case useRead:
			case useCrypto:
				fills = append(fills, u)
			case useClear:
				if effect == useRead {
					effect = k
				}
			case useConstWrite, useCounter:
				if effect == useRead || effect == useClear || effect == useConstWrite {
					effect = k
				}
			default:
				effect = useEscape
			}
		}
		if len(fills) > 0 {
			if effect == useRead && x.fillsEveryPath(s.body, fills) {
				effect = useCrypto // filled in full from crypto/rand on every path
			} else {
				effect = useEscape
			}
		}
		if s.effects == nil {
			s.effects = make(map[int]use)
		}
		s.effects[i] = effect
	}
	x.summariseStores(s, i, vi)
	if effect != useRead {
		return // the function writes the buffer: its contents are not the caller's
	}
	for _, u := range vi.uses {
		var found *paramSink
		x.flow(u, func(sk sink) bool {
			if sk.kind != toAPI {
				return true
			}
			switch sk.param.role {
			case roleKey, roleBits:
			case roleNonce, roleIV:
				if !sk.param.encrypt || (symmetricIV(sk.api.full) && x.decryptNamed(u)) {
					return true
				}
			default:
				return true
			}
			found = &paramSink{api: sk.api, param: sk.param}
			return false
		})
		if found != nil {
			if s.sinks == nil {
				s.sinks = make(map[int]paramSink)
			}
			s.sinks[i] = *found
			return
		}
	}
}

// summariseStores records the field of a struct literal of a package
// type that a use of the parameter at index i is the value of, unchanged
// or converted: newSigner(key []byte) returning &signer{key: key}.
func (x *pass) summariseStores(s *funcSummary, i int, vi *varInfo) {
	for _, u := range vi.uses {
		c := u
		for {
			k, _ := c.ParentEdge()
			if k == edge.ParenExpr_X {
				c = c.Parent()
				continue
			}
			if call, ok := c.Parent().Node().(*ast.CallExpr); ok && k == edge.CallExpr_Args && x.isConversion(call) {
				c = c.Parent()
				continue
			}
			break
		}
		kv, ok := c.Parent().Node().(*ast.KeyValueExpr)
		if k, _ := c.ParentEdge(); !ok || k != edge.KeyValueExpr_Value {
			continue
		}
		id, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		if f, ok := x.info.Uses[id].(*types.Var); ok && f.IsField() && f.Pkg() == x.pass.Pkg {
			if s.stores == nil {
				s.stores = make(map[int]*types.Var)
			}
			s.stores[i] = f
			return
		}
	}
}

// symmetricIV reports whether fn both encrypts and decrypts with its IV,
// so that only the enclosing function's name tells which.
func symmetricIV(fullName string) bool {
	switch fullName {
	case "crypto/cipher.NewCTR", "crypto/cipher.NewOFB", "golang.org/x/crypto/chacha20.NewUnauthenticatedCipher":
		return true
	}
	return false
}

// resultOrigin returns the origin of the first result of the function
// summarised by s when every return that does not return nil agrees.
func (x *pass) resultOrigin(s *funcSummary, res *types.Var) (origin, string) {
	if !isByteSeq(res.Type()) && !isString(res.Type()) {
		return originUnknown, ""
	}
	var out origin
	var desc string
	n := 0
	for c := range s.body.Preorder((*ast.ReturnStmt)(nil)) {
		if encl, _ := innermostFunc(c); encl.Node() != s.body.Node() {
			continue // a return of a nested function literal
		}
		ret := c.Node().(*ast.ReturnStmt)
		var o origin
		var d string
		switch {
		case len(ret.Results) == 0 && s.named[res]:
			o, d = x.namedResultOrigin(res)
		case len(ret.Results) == 0:
			return originUnknown, ""
		default:
			e := ret.Results[0]
			if x.info.Types[e].IsNil() {
				continue // an error path
			}
			if _, multi := x.info.TypeOf(e).(*types.Tuple); multi {
				return originUnknown, ""
			}
			o, d = x.originOf(e, -1, 0)
		}
		switch {
		case o != originLiteral && o != originZero:
			return originUnknown, "" // math/rand output a helper returns is CL312's

		case n == 0:
			out, desc = o, d
		case o != out:
			if (o == originLiteral || o == originZero) && (out == originLiteral || out == originZero) {
				out, desc = originLiteral, "a constant on every path"
			} else {
				return originUnknown, ""
			}
		}
		n++
	}
	if n == 0 {
		return originUnknown, ""
	}
	return out, desc + ", returned by " + s.name
}

// namedResultOrigin classifies a named result that a bare return returns:
// every assignment to it gives a constant or zero buffer, and no other use
// writes it.
func (x *pass) namedResultOrigin(v *types.Var) (origin, string) {
	vi := x.idx().vars[v]
	if vi == nil {
		return originUnknown, ""
	}
	var out origin
	var desc string
	for _, u := range vi.uses {
		k, i := u.ParentEdge()
		if as, ok := u.Parent().Node().(*ast.AssignStmt); ok && k == edge.AssignStmt_Lhs {
			if len(as.Lhs) != len(as.Rhs) {
				return originUnknown, ""
			}
			o, d := x.originOf(as.Rhs[i], -1, 1)
			if o != originLiteral && o != originZero {
				return originUnknown, ""
			}
			if out == originUnknown {
				out, desc = o, d
			} else if o != out {
				out, desc = originLiteral, "a constant on every path"
			}
			continue
		}
		if isByteSeq(v.Type()) {
			if c := x.classifyUse(u, -1); c != useRead {
				return originUnknown, ""
			}
		}
	}
	if out != originUnknown && desc != "" {
		desc += " (" + v.Name() + ")"
	}
	return out, desc
}

// innermostFunc returns the cursor of the function declaration or literal
// that encloses c.
func innermostFunc(c inspector.Cursor) (inspector.Cursor, bool) {
	for fc := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		if fc == c {
			continue
		}
		return fc, true
	}
	return inspector.Cursor{}, false
}

// fillsEveryPath reports whether the function at fn runs a statement
// holding one of the nodes at fills on every path through its body (early
// returns aside).
func (x *pass) fillsEveryPath(fn inspector.Cursor, fills []inspector.Cursor) bool {
	set := make(map[ast.Node]bool, len(fills))
	for _, f := range fills {
		set[f.Node()] = true
	}
	var body *ast.BlockStmt
	switch n := fn.Node().(type) {
	case *ast.FuncDecl:
		body = n.Body
	case *ast.FuncLit:
		body = n.Body
	}
	return body != nil && x.runs().Always(body, set)
}

// fieldInfo is what the package writes to one struct field.
type fieldInfo struct {
	vals    []fieldWrite // values written in composite literals and assignments
	unknown bool         // written otherwise: incremented, address taken, filled by a call
}

// fieldWrite is one value written to a field, and where.
type fieldWrite struct {
	val ast.Expr
	at  inspector.Cursor // the composite literal or assignment
}

// fields returns what the package writes to its struct fields, built on
// first need with one walk.
func (x *pass) fields() map[*types.Var]*fieldInfo {
	if x.fieldWrites != nil {
		return x.fieldWrites
	}
	if x.buildingFields {
		return nil // asked again while the walk classifies a call: nothing known yet
	}
	x.buildingFields = true
	defer func() { x.buildingFields = false }()
	m := make(map[*types.Var]*fieldInfo)
	get := func(f *types.Var) *fieldInfo {
		fi := m[f]
		if fi == nil {
			fi = new(fieldInfo)
			m[f] = fi
		}
		return fi
	}
	filter := []ast.Node{(*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.IncDecStmt)(nil), (*ast.UnaryExpr)(nil), (*ast.SelectorExpr)(nil)}
	for c := range x.in.Root().Preorder(filter...) {
		switch n := c.Node().(type) {
		case *ast.CompositeLit:
			st, ok := typeUnder(x.info.TypeOf(n)).(*types.Struct)
			if !ok {
				continue
			}
			for i, elt := range n.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok {
						if f, ok := x.info.Uses[id].(*types.Var); ok && f.IsField() {
							get(f).vals = append(get(f).vals, fieldWrite{kv.Value, c})
						}
					}
				} else if i < st.NumFields() {
					get(st.Field(i)).vals = append(get(st.Field(i)).vals, fieldWrite{elt, c})
				}
			}
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				f := x.fieldOf(l)
				if f == nil {
					continue
				}
				if len(n.Lhs) != len(n.Rhs) || n.Tok != token.ASSIGN {
					get(f).unknown = true
					continue
				}
				get(f).vals = append(get(f).vals, fieldWrite{n.Rhs[i], c})
			}
		case *ast.IncDecStmt:
			if f := x.fieldOf(n.X); f != nil {
				get(f).unknown = true
			}
		case *ast.UnaryExpr:
			if f := x.fieldOf(n.X); f != nil && n.Op == token.AND {
				get(f).unknown = true
			}
		case *ast.SelectorExpr:
			// A byte field given to a call that may fill it:
			// rand.Read(s.nonce), copy(s.key, k).
			f := x.fieldOf(n)
			if f == nil || !isByteSeq(f.Type()) {
				continue
			}
			a := c
			for {
				if k, _ := a.ParentEdge(); k == edge.ParenExpr_X || k == edge.SliceExpr_X {
					a = a.Parent()
					continue
				}
				break
			}
			if k, i := a.ParentEdge(); k == edge.CallExpr_Args {
				if x.classifyArg(a.Parent().Node().(*ast.CallExpr), i) != useRead {
					get(f).unknown = true
				}
			} else if k == edge.IndexExpr_X && isReassignment(a.Parent()) {
				get(f).unknown = true
			}
		}
	}
	x.fieldWrites = m
	return m
}

// typeUnder returns the underlying type of t, through one pointer.
func typeUnder(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem().Underlying()
	}
	return t.Underlying()
}

// fieldOf returns the struct field that the selector expression e
// selects, or nil.
func (x *pass) fieldOf(e ast.Expr) *types.Var {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	s, ok := x.info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return nil
	}
	f, _ := s.Obj().(*types.Var)
	return f
}

// fieldOrigin classifies a read of an unexported field of a struct type
// of the package: every value the package writes to it is a constant or a
// zero buffer, directly or through a constructor's parameter whose every
// call passes one (newSealer sets nonce: []byte("fixed")).
func (x *pass) fieldOrigin(f *types.Var, depth int) (origin, string) {
	if f.Pkg() != x.pass.Pkg || f.Exported() {
		return originUnknown, "" // other packages may write it
	}
	if x.fieldOrigins == nil {
		x.fieldOrigins = make(map[*types.Var]*fieldRes)
	}
	if r, ok := x.fieldOrigins[f]; ok {
		return r.o, r.desc // known, or being computed (unknown)
	}
	r := new(fieldRes)
	x.fieldOrigins[f] = r
	r.o, r.desc = x.computeFieldOrigin(f, depth)
	return r.o, r.desc
}

// fieldRes is a memoised fieldOrigin answer.
type fieldRes struct {
	o    origin
	desc string
}

// computeFieldOrigin is fieldOrigin without the memo.
func (x *pass) computeFieldOrigin(f *types.Var, depth int) (origin, string) {
	fi := x.fields()[f]
	if fi == nil || fi.unknown || len(fi.vals) == 0 {
		return originUnknown, ""
	}
	var out origin
	var desc string
	for _, w := range fi.vals {
		o, d := x.originOf(w.val, -1, depth+1)
		if o == originUnknown {
			o, d = x.paramOrigin(w, depth)
		}
		switch {
		case o != originLiteral && o != originZero:
			return originUnknown, ""
		case out == originUnknown:
			out, desc = o, d
		case o != out:
			out, desc = originLiteral, "a constant"
		}
	}
	return out, desc + " (field " + f.Name() + ")"
}

// paramOrigin classifies a value written to a field that is a parameter of
// the unexported function enclosing the write, by the arguments of every
// call of that function in the package.
func (x *pass) paramOrigin(w fieldWrite, depth int) (origin, string) {
	v := x.varOf(w.val)
	if v == nil || !x.assignedOnce(v) {
		return originUnknown, ""
	}
	fc, ok := innermostFunc(w.at)
	if !ok {
		return originUnknown, ""
	}
	d, ok := fc.Node().(*ast.FuncDecl)
	if !ok {
		return originUnknown, ""
	}
	fn, _ := x.info.Defs[d.Name].(*types.Func)
	if fn == nil || fn.Exported() {
		return originUnknown, "" // called from other packages too
	}
	idx := -1
	for i := range fn.Signature().Params().Len() {
		if fn.Signature().Params().At(i) == v {
			idx = i
		}
	}
	if idx < 0 || fn.Signature().Variadic() && idx == fn.Signature().Params().Len()-1 {
		return originUnknown, ""
	}
	var out origin
	var desc string
	for _, u := range x.idx().funcs[fn] {
		c := u
		if k, _ := c.ParentEdge(); k == edge.SelectorExpr_Sel {
			c = c.Parent()
		}
		if k, _ := c.ParentEdge(); k != edge.CallExpr_Fun {
			return originUnknown, "" // a function value: calls not seen
		}
		call := c.Parent().Node().(*ast.CallExpr)
		if idx >= len(call.Args) {
			return originUnknown, ""
		}
		o, dd := x.originOf(call.Args[idx], -1, depth+1)
		switch {
		case o != originLiteral && o != originZero:
			return originUnknown, ""
		case out == originUnknown:
			out, desc = o, dd+", passed to "+fn.Name()
		case o != out:
			out, desc = originLiteral, "a constant, passed to "+fn.Name()
		}
	}
	return out, desc
}

// constResult returns the constant that call evaluates to when it calls a
// declared function or method of the package whose returns all give the
// same constant (func alwaysInsecure() bool { return true }), or, for
// constant arguments, when the statements before its returns are
// switches and ifs on its parameters that pick one return
// (versionFor("tls1.0") with switch name { case "tls1.0": return
// tls.VersionTLS10 ... }). Anything else, a named result a deferred
// function may change or a statement the evaluation does not know, gives
// no constant.
func (x *pass) constResult(call *ast.CallExpr) (constant.Value, bool) {
	fn := x.staticCallee(call)
	if fn == nil || fn.Pkg() != x.pass.Pkg || fn.Signature().Results().Len() == 0 {
		return nil, false
	}
	d, ok := x.declOf(fn).(*ast.FuncDecl)
	if !ok {
		return nil, false
	}
	if x.constResults == nil {
		x.constResults = make(map[*ast.FuncDecl]constant.Value)
	}
	v, seen := x.constResults[d]
	if !seen {
		v = x.sameReturn(d)
		x.constResults[d] = v
	}
	if v != nil {
		return v, true
	}
	// A choice on constant arguments, read against the declaration's own
	// parameters (fn may be an instantiation).
	sig := fn.Origin().Signature()
	env := make(map[*types.Var]constant.Value)
	for i, a := range call.Args {
		if i >= sig.Params().Len() || (sig.Variadic() && i >= sig.Params().Len()-1) {
			break
		}
		p := sig.Params().At(i)
		if av := x.constExpr(a); av != nil && x.assignedOnce(p) {
			env[p] = av
		}
	}
	if len(env) == 0 {
		return nil, false
	}
	v, done, ok := x.evalStmts(d.Body.List, env, 0)
	if !ok || !done || v == nil {
		return nil, false
	}
	return v, true
}

// sameReturn returns the constant that every return of the function d
// gives as its first result, or nil.
func (x *pass) sameReturn(d *ast.FuncDecl) constant.Value {
	if res := d.Type.Results; res != nil && len(res.List) > 0 && len(res.List[0].Names) > 0 {
		return nil // named results: a bare return, or a deferred function, may change them
	}
	var out constant.Value
	ok := true
	ast.Inspect(d.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			var v constant.Value
			if len(n.Results) > 0 {
				v = x.constExpr(n.Results[0])
			}
			switch {
			case v == nil:
				ok = false
			case out == nil:
				out = v
			case !sameConst(out, v):
				ok = false
			}
		}
		return ok
	})
	if !ok {
		return nil
	}
	return out
}

// constExpr returns the constant value of e, also through a variable
// assigned once to a constant, or nil.
func (x *pass) constExpr(e ast.Expr) constant.Value {
	if tv := x.info.Types[e]; tv.Value != nil {
		return tv.Value
	}
	if tv := x.info.Types[x.resolve(e)]; tv.Value != nil {
		return tv.Value
	}
	return nil
}

// sameConst reports whether two constants are of one kind and equal.
func sameConst(a, b constant.Value) bool {
	return a.Kind() == b.Kind() && constant.Compare(a, token.EQL, b)
}

// evalStmts runs the statements list with the parameters of env fixed:
// it returns the constant a return gives and done, or not done when the
// list completes, and ok false when it meets a statement it does not know
// or a value it cannot tell.
func (x *pass) evalStmts(list []ast.Stmt, env map[*types.Var]constant.Value, depth int) (v constant.Value, done, ok bool) {
	if depth > 8 {
		return nil, false, false
	}
	for _, s := range list {
		if v, done, ok = x.evalStmt(s, env, depth+1); !ok || done {
			return v, done, ok
		}
	}
	return nil, false, true
}

// evalStmt is evalStmts for one statement.
func (x *pass) evalStmt(s ast.Stmt, env map[*types.Var]constant.Value, depth int) (constant.Value, bool, bool) {
	switch s := s.(type) {
	case *ast.ReturnStmt:
		if len(s.Results) == 0 {
			return nil, false, false
		}
		v := x.evalExpr(s.Results[0], env)
		return v, true, v != nil
	case *ast.BlockStmt:
		return x.evalStmts(s.List, env, depth)
	case *ast.IfStmt:
		if s.Init != nil {
			return nil, false, false
		}
		c := x.evalExpr(s.Cond, env)
		if c == nil || c.Kind() != constant.Bool {
			return nil, false, false
		}
		if constant.BoolVal(c) {
			return x.evalStmts(s.Body.List, env, depth)
		}
		if s.Else != nil {
			return x.evalStmt(s.Else, env, depth)
		}
		return nil, false, true
	case *ast.SwitchStmt:
		if s.Init != nil {
			return nil, false, false
		}
		tag := constant.MakeBool(true)
		if s.Tag != nil {
			if tag = x.evalExpr(s.Tag, env); tag == nil {
				return nil, false, false
			}
		}
		var pick, def *ast.CaseClause
		for _, st := range s.Body.List {
			cc := st.(*ast.CaseClause)
			if cc.List == nil {
				def = cc
				continue
			}
			for _, e := range cc.List {
				v := x.evalExpr(e, env)
				if v == nil || v.Kind() != tag.Kind() && !(isNumeric(v) && isNumeric(tag)) {
					return nil, false, false
				}
				if pick == nil && constant.Compare(tag, token.EQL, v) {
					pick = cc
				}
			}
		}
		if pick == nil {
			pick = def
		}
		if pick == nil {
			return nil, false, true
		}
		for _, st := range pick.Body {
			if _, ok := st.(*ast.BranchStmt); ok {
				return nil, false, false // fallthrough, break: not followed
			}
		}
		return x.evalStmts(pick.Body, env, depth)
	}
	return nil, false, false
}

// isNumeric reports whether v is an integer or floating-point constant.
func isNumeric(v constant.Value) bool {
	return v.Kind() == constant.Int || v.Kind() == constant.Float
}

// evalExpr evaluates e with the parameters of env fixed: constants,
// those parameters, comparisons and boolean operators. It returns nil
// when e depends on anything else.
func (x *pass) evalExpr(e ast.Expr, env map[*types.Var]constant.Value) constant.Value {
	e = ast.Unparen(e)
	if tv := x.info.Types[e]; tv.Value != nil {
		return tv.Value
	}
	switch e := e.(type) {
	case *ast.Ident:
		if v := x.varOf(e); v != nil {
			return env[v]
		}
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			if v := x.evalExpr(e.X, env); v != nil && v.Kind() == constant.Bool {
				return constant.MakeBool(!constant.BoolVal(v))
			}
		}
	case *ast.BinaryExpr:
		a, b := x.evalExpr(e.X, env), x.evalExpr(e.Y, env)
		if a == nil || b == nil {
			return nil
		}
		switch e.Op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			if a.Kind() != b.Kind() && !(isNumeric(a) && isNumeric(b)) {
				return nil
			}
			return constant.MakeBool(constant.Compare(a, e.Op, b))
		case token.LAND, token.LOR:
			if a.Kind() != constant.Bool || b.Kind() != constant.Bool {
				return nil
			}
			if e.Op == token.LAND {
				return constant.MakeBool(constant.BoolVal(a) && constant.BoolVal(b))
			}
			return constant.MakeBool(constant.BoolVal(a) || constant.BoolVal(b))
		}
	}
	return nil
}

// fieldKeySink returns the crypto API whose key the unexported byte or
// string field f of a package struct type reaches when it is read
// (hmac.New(sha256.New, s.key) in a method), or nil.
func (x *pass) fieldKeySink(f *types.Var) *paramSink {
	if x.keySinks == nil {
		x.keySinks = make(map[*types.Var]*paramSink)
		x.fieldReads = make(map[*types.Var][]inspector.Cursor)
		for c := range x.in.Root().Preorder((*ast.SelectorExpr)(nil)) {
			if fv := x.fieldOf(c.Node().(*ast.SelectorExpr)); fv != nil && fv.Pkg() == x.pass.Pkg && !fv.Exported() && !isReassignment(c) {
				x.fieldReads[fv] = append(x.fieldReads[fv], c)
			}
		}
	}
	if ps, ok := x.keySinks[f]; ok {
		return ps
	}
	x.keySinks[f] = nil // being computed
	var found *paramSink
	for _, r := range x.fieldReads[f] {
		x.flow(r, func(sk sink) bool {
			if sk.kind == toAPI && sk.param.role == roleKey {
				found = &paramSink{api: sk.api, param: sk.param}
				return false
			}
			return true
		})
		if found != nil {
			break
		}
	}
	x.keySinks[f] = found
	return found
}

// literalOnlyField reports whether the package writes the unexported
// field f only in struct literals, never by assignment or through its
// address, so the value a literal gives is the one its object keeps.
func (x *pass) literalOnlyField(f *types.Var) bool {
	if f.Pkg() != x.pass.Pkg || f.Exported() || (!isByteSeq(f.Type()) && !isString(f.Type())) {
		return false
	}
	fi := x.fields()[f]
	if fi == nil || fi.unknown {
		return false
	}
	for _, w := range fi.vals {
		if _, ok := w.at.Node().(*ast.CompositeLit); !ok {
			return false
		}
	}
	return true
}

// runs answers must-run questions on the package's syntax.
func (x *pass) runs() flow.Runs { return flow.Runs{Info: x.info} }
