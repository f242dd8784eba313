package weakalgo

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/cryptolint/cryptolint/internal/cryptoapi"
)

// This file follows values inside a package without SSA: a variable's
// definition and uses, values assigned once, the names a value comes from,
// and where a value flows through value-preserving expressions and local
// variables. It is deliberately conservative: anything it cannot follow
// makes the value unknown, and unknown values are not reported.

// varInfo is what the package does with one variable.
type varInfo struct {
	def    inspector.Cursor   // the defining identifier, if seen
	uses   []inspector.Cursor // identifiers that use it
	writes int8               // 0 unknown, 1 never reassigned, 2 reassigned
}

// index records the definition and uses of variables and the uses of
// package-level functions, built on first need with one walk over the
// identifiers of every file (test files included: they may write package
// variables).
type index struct {
	vars  map[*types.Var]*varInfo
	funcs map[*types.Func][]inspector.Cursor
}

// idx returns the package's index, building it on first use.
func (x *pass) idx() *index {
	if x.index != nil {
		return x.index
	}
	ix := &index{vars: make(map[*types.Var]*varInfo), funcs: make(map[*types.Func][]inspector.Cursor)}
	get := func(v *types.Var) *varInfo {
		vi := ix.vars[v]
		if vi == nil {
			vi = new(varInfo)
			ix.vars[v] = vi
		}
		return vi
	}
	for cur := range x.in.Root().Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		if obj, ok := x.info.Defs[id]; ok {
			if v, ok := obj.(*types.Var); ok && !v.IsField() {
				get(v).def = cur
			}
			continue
		}
		switch obj := x.info.Uses[id].(type) {
		case *types.Var:
			if !obj.IsField() {
				vi := get(obj)
				vi.uses = append(vi.uses, cur)
			}
		case *types.Func:
			if obj.Pkg() == x.pass.Pkg {
				ix.funcs[obj] = append(ix.funcs[obj], cur)
			}
		}
	}
	x.index = ix
	return ix
}

// varOf returns the variable that the identifier e (parentheses allowed)
// denotes, or nil.
func (x *pass) varOf(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := x.info.ObjectOf(id).(*types.Var)
	if v == nil || v.IsField() {
		return nil
	}
	return v
}

// followable reports whether all writes to v are visible in this package:
// a local variable, or an unexported package-level one.
func (x *pass) followable(v *types.Var) bool {
	if v.Pkg() != x.pass.Pkg {
		return false
	}
	if v.Parent() == x.pass.Pkg.Scope() {
		return !v.Exported()
	}
	return true
}

// assignedOnce reports whether v is never assigned after its definition:
// no assignment, increment, address-of or range assignment names it.
func (x *pass) assignedOnce(v *types.Var) bool {
	vi := x.idx().vars[v]
	if vi == nil || !x.followable(v) {
		return false
	}
	if vi.writes == 0 {
		vi.writes = 1
		for _, u := range vi.uses {
			if isReassignment(u) && !x.derefOnly(u) {
				vi.writes = 2
				break
			}
		}
	}
	return vi.writes == 1
}

// derefOnly reports whether the use u of a variable is &v assigned to a
// variable p defined there whose every use reads *p: p := &iv; f(*p).
func (x *pass) derefOnly(u inspector.Cursor) bool {
	if k, _ := u.ParentEdge(); k != edge.UnaryExpr_X {
		return false
	}
	addr := u.Parent()
	k, i := addr.ParentEdge()
	as, ok := addr.Parent().Node().(*ast.AssignStmt)
	if !ok || k != edge.AssignStmt_Rhs || as.Tok != token.DEFINE || len(as.Lhs) != len(as.Rhs) {
		return false
	}
	p := x.varOf(as.Lhs[i])
	if p == nil || x.idx().vars[p] == nil {
		return false
	}
	for _, pu := range x.idx().vars[p].uses {
		if k, _ := pu.ParentEdge(); k != edge.StarExpr_X {
			return false
		}
		if isReassignment(pu.Parent()) {
			return false // *p = ...
		}
	}
	return true
}

// isReassignment reports whether the use u of a variable writes the
// variable itself (not the elements it points to).
func isReassignment(u inspector.Cursor) bool {
	switch k, _ := u.ParentEdge(); k {
	case edge.AssignStmt_Lhs, edge.IncDecStmt_X, edge.RangeStmt_Key, edge.RangeStmt_Value:
		return true
	case edge.UnaryExpr_X:
		return u.Parent().Node().(*ast.UnaryExpr).Op == token.AND
	case edge.ParenExpr_X:
		return isReassignment(u.Parent())
	}
	return false
}

// initOf returns the expression that defines v, and whether v is defined
// without a value (var v T, its zero value).
func (x *pass) initOf(v *types.Var) (init ast.Expr, zero bool) {
	vi := x.idx().vars[v]
	if vi == nil || !vi.def.Valid() {
		return nil, false
	}
	k, i := vi.def.ParentEdge()
	switch p := vi.def.Parent().Node().(type) {
	case *ast.AssignStmt:
		if k == edge.AssignStmt_Lhs && len(p.Lhs) == len(p.Rhs) {
			return p.Rhs[i], false
		}
	case *ast.ValueSpec:
		if k == edge.ValueSpec_Names {
			if len(p.Values) == 0 {
				return nil, true
			}
			if len(p.Values) == len(p.Names) {
				return p.Values[i], false
			}
		}
	}
	return nil, false
}

// resolve follows e through variables assigned once to the expression that
// gives their value.
func (x *pass) resolve(e ast.Expr) ast.Expr {
	for range 8 {
		e = ast.Unparen(e)
		if f := x.literalField(e); f != nil {
			e = f
			continue
		}
		v := x.varOf(e)
		if v == nil || !x.assignedOnce(v) {
			return e
		}
		init, _ := x.initOf(v)
		if init == nil {
			return e
		}
		e = init
	}
	return e
}

// literalField returns the value that a struct literal gives field F when e
// is v.F, v is a struct variable assigned once from that literal (o :=
// settings{Bits: 1024}; a package variable nothing writes), and no use of
// v writes a field of it, takes its address or calls a pointer method.
func (x *pass) literalField(e ast.Expr) ast.Expr {
	sel, ok := e.(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	if s := x.info.Selections[sel]; s == nil || s.Kind() != types.FieldVal || len(s.Index()) != 1 {
		return nil
	}
	v := x.varOf(sel.X)
	if v == nil || !x.assignedOnce(v) {
		return nil
	}
	if _, ok := v.Type().Underlying().(*types.Struct); !ok {
		return nil // through a pointer, the struct may be written anywhere
	}
	init, _ := x.initOf(v)
	lit, ok := ast.Unparen(init).(*ast.CompositeLit)
	if !ok {
		return nil
	}
	for _, u := range x.idx().vars[v].uses {
		top := u
		for {
			k, _ := top.ParentEdge()
			if k != edge.SelectorExpr_X && k != edge.IndexExpr_X && k != edge.ParenExpr_X {
				break
			}
			if k == edge.SelectorExpr_X {
				if s := x.info.Selections[top.Parent().Node().(*ast.SelectorExpr)]; s != nil && s.Kind() == types.MethodVal {
					if _, ptr := s.Obj().Type().(*types.Signature).Recv().Type().(*types.Pointer); ptr {
						return nil // a pointer method may change any field
					}
				}
			}
			top = top.Parent()
		}
		if top != u && isReassignment(top) {
			return nil // v.F = ..., v.F++, &v.F
		}
	}
	f := x.info.Selections[sel].Obj()
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && x.info.Uses[id] == f {
				return kv.Value
			}
		}
	}
	return nil // the field is zero or positional: not followed
}

// intValue returns the integer value of e when it is a constant, a
// variable assigned once to one, or a call of a function of the package
// that returns one (constResult).
func (x *pass) intValue(e ast.Expr) (int64, bool) {
	if v := x.valueOf(e); v != nil {
		if n, ok := constant.Int64Val(constant.ToInt(v)); ok {
			return n, true
		}
	}
	return 0, false
}

// boolValue returns the value of a boolean constant, possibly through a
// variable assigned once or a call of a function of the package that
// returns one.
func (x *pass) boolValue(e ast.Expr) (bool, bool) {
	if v := x.valueOf(e); v != nil && v.Kind() == constant.Bool {
		return constant.BoolVal(v), true
	}
	return false, false
}

// valueOf returns the constant value of e, also through a variable
// assigned once and a call of a function of the package whose result is
// a constant (constResult), or nil.
func (x *pass) valueOf(e ast.Expr) constant.Value {
	if tv, ok := x.info.Types[e]; ok && tv.Value != nil {
		return tv.Value
	}
	r := x.resolve(e)
	if tv, ok := x.info.Types[r]; ok && tv.Value != nil {
		return tv.Value
	}
	if call, ok := r.(*ast.CallExpr); ok && !x.isConversion(call) {
		if v, ok := x.constResult(call); ok {
			return v
		}
	}
	return nil
}

// funcRef returns the function that e refers to as a value (md5.New), also
// through variables assigned once (h := md5.New).
func (x *pass) funcRef(e ast.Expr) *types.Func {
	e = x.resolve(e)
	var id *ast.Ident
	switch e := e.(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	case *ast.IndexExpr: // an explicit instantiation
		return x.funcRef(e.X)
	default:
		return nil
	}
	switch obj := x.info.Uses[id].(type) {
	case *types.Func:
		return obj
	case *types.Var:
		return aliasedFunc(obj)
	}
	return nil
}

// aliasedFunc returns the function that v, a package-level variable of
// funcVars, holds (iris's jwt.Sign holds kataras/jwt's Sign), or nil.
func aliasedFunc(v *types.Var) *types.Func {
	if v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
		return nil
	}
	target, ok := funcVars[v.Pkg().Path()+"."+v.Name()]
	if !ok {
		return nil
	}
	for _, imp := range v.Pkg().Imports() {
		if imp.Path() == target.pkg {
			fn, _ := imp.Scope().Lookup(target.name).(*types.Func)
			return fn
		}
	}
	return nil
}

// callee returns the function or method a call invokes: the static callee,
// the interface method, or the function a variable assigned once holds.
func (x *pass) callee(call *ast.CallExpr) (fn *types.Func, viaVar bool) {
	switch obj := typeutil.Callee(x.info, call).(type) {
	case *types.Func:
		return obj, false
	case *types.Var:
		if !obj.IsField() {
			if fn := x.funcRef(call.Fun); fn != nil {
				return fn, true
			}
		}
	}
	return nil, false
}

// isBuiltin reports whether call calls the named builtin.
func (x *pass) isBuiltin(call *ast.CallExpr, name string) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := x.info.Uses[id].(*types.Builtin)
	return ok && b.Name() == name
}

// isConversion reports whether call is a type conversion.
func (x *pass) isConversion(call *ast.CallExpr) bool {
	return x.info.Types[call.Fun].IsType() && len(call.Args) == 1
}

// isByteSeq reports whether t is a []byte, a byte array, or a pointer to
// a byte array.
func isByteSeq(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	var elem types.Type
	switch u := t.Underlying().(type) {
	case *types.Slice:
		elem = u.Elem()
	case *types.Array:
		elem = u.Elem()
	default:
		return false
	}
	b, ok := elem.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

// isCharSeq reports whether t is a string, or a slice or array of bytes
// or runes: indexing it picks a character.
func isCharSeq(t types.Type) bool {
	if t == nil {
		return false
	}
	if isString(t) {
		return true
	}
	var elem types.Type
	switch u := t.Underlying().(type) {
	case *types.Slice:
		elem = u.Elem()
	case *types.Array:
		elem = u.Elem()
	default:
		return false
	}
	b, ok := elem.Underlying().(*types.Basic)
	return ok && (b.Kind() == types.Byte || b.Kind() == types.Rune)
}

// isString reports whether t's underlying type is string.
func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// isZero reports whether e is the constant 0.
func isZero(info *types.Info, e ast.Expr) bool {
	tv := info.Types[e]
	return tv.Value != nil && constant.Sign(tv.Value) == 0
}

// isNamed reports whether t (or what it points to) is the named type
// path.name.
func isNamed(t types.Type, path, name string) bool {
	if t == nil {
		return false
	}
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, ok := t.(*types.Named)
	if !ok {
		return false
	}
	obj := n.Obj()
	return obj.Pkg() != nil && obj.Pkg().Path() == path && obj.Name() == name
}

// sinkKind is where a value ends up.
type sinkKind uint8

const (
	toVar       sinkKind = iota + 1 // a variable
	toField                         // a struct field or a constant map key
	toResult                        // the result of a named function
	toCompare                       // compared with a named value
	toAPI                           // a parameter of a crypto API
	toTruncated                     // cut to a prefix of at most 8 bytes or characters
)

// sink is one place a value flows to.
type sink struct {
	kind  sinkKind
	name  string     // the variable, field, key or function name
	owner types.Type // for a struct field, the struct it belongs to, if known
	fn    *types.Func
	param param
	api   apiRef // the crypto API of a toAPI sink
	node  ast.Node
	// hashed: the value reaches the sink as a digest of itself, so a name
	// that calls it hashed (hashedToken) still names what it is.
	hashed bool
}

// maxDepth bounds how many variables a flow follows.
const maxDepth = 4

// transparent functions return a value derived from their arguments:
// these and cryptoapi's encoders (isTransparent).
var transparent = map[string]bool{
	"fmt.Sprint":                true,
	"fmt.Sprintf":               true,
	"fmt.Sprintln":              true,
	"fmt.Append":                true,
	"fmt.Appendf":               true,
	"strconv.Itoa":              true,
	"strconv.FormatInt":         true,
	"strconv.FormatUint":        true,
	"strconv.AppendInt":         true,
	"strings.Join":              true,
	"strings.ToUpper":           true,
	"strings.ToLower":           true,
	"strings.TrimSpace":         true,
	"bytes.Join":                true,
	"math/big.NewInt":           true,
	"(*math/big.Int).String":    true,
	"(*math/big.Int).Text":      true,
	"(*math/big.Int).Bytes":     true,
	"(*strings.Builder).String": true,
	"(*bytes.Buffer).String":    true,
	"(*bytes.Buffer).Bytes":     true,
}

// writers append their argument to the receiver.
var writers = map[string]bool{
	"(*strings.Builder).WriteByte":   true,
	"(*strings.Builder).WriteRune":   true,
	"(*strings.Builder).WriteString": true,
	"(*strings.Builder).Write":       true,
	"(*bytes.Buffer).WriteByte":      true,
	"(*bytes.Buffer).WriteRune":      true,
	"(*bytes.Buffer).WriteString":    true,
	"(*bytes.Buffer).Write":          true,
}

// flow calls yield with each place the value of the expression at c goes:
// through parentheses, conversions, arithmetic, indexing, slicing,
// transparent functions and string builders, into variables (whose uses it
// follows), fields, map keys, function results, comparisons and crypto API
// parameters. It stops when yield returns false, and reports whether it
// was not stopped.
func (x *pass) flow(c inspector.Cursor, yield func(sink) bool) bool {
	return x.flowFrom(c, 0, make(map[*types.Var]bool), yield)
}

func (x *pass) flowFrom(c inspector.Cursor, depth int, seen map[*types.Var]bool, yield func(sink) bool) bool {
	for {
		k, i := c.ParentEdge()
		p := c.Parent()
		switch n := p.Node().(type) {
		case *ast.ParenExpr, *ast.StarExpr:
			c = p
			continue
		case *ast.IndexExpr:
			// An element of the value, or a character picked with it
			// (letters[rand.Intn(n)]); an element picked from a list of
			// strings or values (keys[rand.Intn(n)]) is not derived from it.
			if k == edge.IndexExpr_Index && !isCharSeq(x.info.TypeOf(n.X)) {
				return true
			}
			c = p
			continue
		case *ast.UnaryExpr:
			if n.Op == token.SUB || n.Op == token.XOR || n.Op == token.ADD {
				c = p
				continue
			}
			return true
		case *ast.BinaryExpr:
			switch n.Op {
			case token.EQL, token.NEQ:
				other := n.Y
				if k == edge.BinaryExpr_Y {
					other = n.X
				}
				if name := x.exprName(other); name != "" {
					return yield(sink{kind: toCompare, name: name, node: other})
				}
				return true
			case token.LSS, token.GTR, token.LEQ, token.GEQ, token.LAND, token.LOR:
				return true
			}
			c = p
			continue
		case *ast.SliceExpr:
			if k != edge.SliceExpr_X {
				return true
			}
			if n.High != nil && (n.Low == nil || isZero(x.info, n.Low)) {
				if hi, ok := x.intValue(n.High); ok && hi <= 8 {
					return yield(sink{kind: toTruncated, node: n})
				}
			}
			c = p
			continue
		case *ast.SelectorExpr:
			// A method of the value: sb.String(), n.Text(36).
			if k == edge.SelectorExpr_X && p.Parent().Node() != nil {
				if call, ok := p.Parent().Node().(*ast.CallExpr); ok && call.Fun == n {
					if fn, _ := x.callee(call); fn != nil && isTransparent(fn.FullName()) {
						c = p.Parent()
						continue
					}
				}
			}
			return true
		case *ast.CallExpr:
			if k != edge.CallExpr_Args {
				return true
			}
			switch {
			case x.isConversion(n), x.isBuiltin(n, "append"):
				c = p
				continue
			case x.isBuiltin(n, "copy"):
				if i == 1 {
					return x.flowToLHS(n.Args[0], depth, seen, yield)
				}
				return true
			}
			if sum := x.summaryOfCall(n); sum != nil {
				if ps, ok := sum.sinks[i]; ok {
					// A function of the package whose parameter reaches
					// a crypto API.
					return yield(sink{kind: toAPI, name: ps.api.display, api: ps.api, param: ps.param, node: n.Args[i]})
				}
			}
			fn, _ := x.callee(n)
			if fn == nil {
				return true
			}
			name := fn.FullName()
			if isTransparent(name) {
				c = p
				continue
			}
			if h, ok := hashFuncs[name]; ok && h.kind == hashOneShot && i == 0 {
				c = p // a digest of the value is as predictable as the value
				inner := yield
				yield = func(sk sink) bool { sk.hashed = true; return inner(sk) }
				continue
			}
			if writers[name] {
				if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
					return x.flowToLHS(sel.X, depth, seen, yield)
				}
				return true
			}
			for _, prm := range cryptoParams[name] {
				if prm.index == i {
					return yield(sink{kind: toAPI, name: displayName(fn), fn: fn, api: apiOf(fn), param: prm, node: n.Args[i]})
				}
			}
			// A setter stores its argument: u.SetPassword(v) is a field.
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && len(n.Args) == 1 && fn.Signature().Recv() != nil {
				if field, ok := strings.CutPrefix(fn.Name(), "Set"); ok && field != "" {
					return yield(sink{kind: toField, name: field, node: sel.Sel})
				}
			}
			return true
		case *ast.AssignStmt:
			if k != edge.AssignStmt_Rhs || len(n.Lhs) != len(n.Rhs) {
				return true
			}
			return x.flowToLHS(n.Lhs[i], depth, seen, yield)
		case *ast.ValueSpec:
			if k != edge.ValueSpec_Values || len(n.Names) != len(n.Values) {
				return true
			}
			return x.flowToLHS(n.Names[i], depth, seen, yield)
		case *ast.KeyValueExpr:
			if k != edge.KeyValueExpr_Value {
				return true
			}
			if name := x.keyName(n.Key); name != "" {
				var owner types.Type
				if lit, ok := p.Parent().Node().(*ast.CompositeLit); ok {
					owner = x.info.TypeOf(lit)
				}
				return yield(sink{kind: toField, name: name, owner: owner, node: n.Key})
			}
			return true
		case *ast.ReturnStmt:
			if name, fn := x.enclosingFunc(p); name != "" {
				return yield(sink{kind: toResult, name: name, fn: fn, node: n})
			}
			return true
		}
		return true
	}
}

// flowToLHS follows a value assigned to lhs.
func (x *pass) flowToLHS(lhs ast.Expr, depth int, seen map[*types.Var]bool, yield func(sink) bool) bool {
	switch l := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		v := x.varOf(l)
		if v == nil {
			return true // blank
		}
		if !yield(sink{kind: toVar, name: v.Name(), node: l}) {
			return false
		}
		return x.followVar(v, depth, seen, yield)
	case *ast.IndexExpr:
		if tv := x.info.Types[l.Index]; tv.Value != nil && tv.Value.Kind() == constant.String {
			if !yield(sink{kind: toField, name: constant.StringVal(tv.Value), node: l.Index}) {
				return false
			}
		}
		return x.flowToLHS(l.X, depth, seen, yield)
	case *ast.SelectorExpr:
		if sel, ok := x.info.Selections[l]; ok && sel.Kind() == types.FieldVal {
			return yield(sink{kind: toField, name: l.Sel.Name, owner: sel.Recv(), node: l.Sel})
		}
		if v, ok := x.info.Uses[l.Sel].(*types.Var); ok { // a package-level variable
			return yield(sink{kind: toVar, name: v.Name(), node: l.Sel})
		}
	case *ast.StarExpr:
		return x.flowToLHS(l.X, depth, seen, yield)
	}
	return true
}

// followVar follows the uses of v.
func (x *pass) followVar(v *types.Var, depth int, seen map[*types.Var]bool, yield func(sink) bool) bool {
	if depth >= maxDepth || seen[v] || !x.followable(v) {
		return true
	}
	seen[v] = true
	vi := x.idx().vars[v]
	if vi == nil {
		return true
	}
	for _, u := range vi.uses {
		if !x.flowFrom(u, depth+1, seen, yield) {
			return false
		}
	}
	return true
}

// keyName returns the field name or constant string key of a composite
// literal element's key.
func (x *pass) keyName(key ast.Expr) string {
	if tv := x.info.Types[key]; tv.Value != nil && tv.Value.Kind() == constant.String {
		return constant.StringVal(tv.Value)
	}
	if id, ok := key.(*ast.Ident); ok {
		if v, ok := x.info.Uses[id].(*types.Var); ok && v.IsField() {
			return id.Name
		}
	}
	return ""
}

// enclosingFunc returns the name of the function the cursor is in (a
// function literal takes the name of the variable it is assigned to) and
// its object, if declared.
func (x *pass) enclosingFunc(c inspector.Cursor) (string, *types.Func) {
	for fc := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch f := fc.Node().(type) {
		case *ast.FuncDecl:
			fn, _ := x.info.Defs[f.Name].(*types.Func)
			return f.Name.Name, fn
		case *ast.FuncLit:
			k, i := fc.ParentEdge()
			switch p := fc.Parent().Node().(type) {
			case *ast.AssignStmt:
				if k == edge.AssignStmt_Rhs && len(p.Lhs) == len(p.Rhs) {
					return x.exprName(p.Lhs[i]), nil
				}
			case *ast.ValueSpec:
				if k == edge.ValueSpec_Values && i < len(p.Names) {
					return p.Names[i].Name, nil
				}
			case *ast.KeyValueExpr:
				return x.keyName(p.Key), nil
			}
			return "", nil
		}
	}
	return "", nil
}

// funcBody returns the cursor of the outermost function declaration (or
// package-level function literal) enclosing c.
func funcBody(c inspector.Cursor) (inspector.Cursor, bool) {
	var out inspector.Cursor
	ok := false
	for fc := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		out, ok = fc, true
	}
	return out, ok
}

// exprName returns the name that describes the value of e: a variable, a
// field, a method called without arguments (u.Password()), or a constant
// map key (m["password"]).
func (x *pass) exprName(e ast.Expr) string {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if _, ok := x.info.ObjectOf(e).(*types.Var); ok {
			return e.Name
		}
	case *ast.SelectorExpr:
		switch x.info.ObjectOf(e.Sel).(type) {
		case *types.Var:
			return e.Sel.Name
		}
	case *ast.CallExpr:
		if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok && len(e.Args) == 0 {
			if s, ok := x.info.Selections[sel]; ok && s.Kind() == types.MethodVal {
				return sel.Sel.Name
			}
		}
	case *ast.IndexExpr:
		if tv := x.info.Types[e.Index]; tv.Value != nil && tv.Value.Kind() == constant.String {
			return constant.StringVal(tv.Value)
		}
	case *ast.StarExpr:
		return x.exprName(e.X)
	}
	return ""
}

// inputNames calls f with each name that describes where the value of e
// comes from: variables (and what they were assigned from), fields,
// methods without arguments, constant map keys and the constant key of a
// getter (os.Getenv("DB_PASSWORD"), r.FormValue("password")), through
// conversions, concatenations, slicing and transparent functions. It stops
// when f returns false.
func (x *pass) inputNames(e ast.Expr, f func(name string) bool) bool {
	return x.inputNamesDepth(e, 0, make(map[*types.Var]bool), f)
}

func (x *pass) inputNamesDepth(e ast.Expr, depth int, seen map[*types.Var]bool, f func(string) bool) bool {
	if depth > maxDepth {
		return true
	}
	e = ast.Unparen(e)
	if name := x.exprName(e); name != "" && !f(name) {
		return false
	}
	switch e := e.(type) {
	case *ast.Ident:
		if v := x.varOf(e); v != nil && !seen[v] && x.assignedOnce(v) {
			seen[v] = true
			if init, _ := x.initOf(v); init != nil {
				return x.inputNamesDepth(init, depth+1, seen, f)
			}
		}
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			return x.inputNamesDepth(e.X, depth+1, seen, f) && x.inputNamesDepth(e.Y, depth+1, seen, f)
		}
	case *ast.SliceExpr:
		return x.inputNamesDepth(e.X, depth+1, seen, f)
	case *ast.StarExpr:
		return x.inputNamesDepth(e.X, depth+1, seen, f)
	case *ast.CallExpr:
		if x.isConversion(e) {
			return x.inputNamesDepth(e.Args[0], depth+1, seen, f)
		}
		if x.isBuiltin(e, "append") {
			for _, a := range e.Args {
				if !x.inputNamesDepth(a, depth+1, seen, f) {
					return false
				}
			}
			return true
		}
		fn, _ := x.callee(e)
		if fn == nil {
			return true
		}
		if isTransparent(fn.FullName()) {
			args := e.Args
			if fn.FullName() == "fmt.Sprintf" && len(args) > 0 {
				args = args[1:] // the format names nothing
			}
			for _, a := range args {
				if !x.inputNamesDepth(a, depth+1, seen, f) {
					return false
				}
			}
			return true
		}
		if len(e.Args) == 1 {
			if tv := x.info.Types[e.Args[0]]; tv.Value != nil && tv.Value.Kind() == constant.String {
				return f(constant.StringVal(tv.Value)) // a getter keyed by name
			}
		}
	}
	return true
}

// isTransparent reports whether the function of that full name returns a
// value derived from its arguments.
func isTransparent(name string) bool {
	return transparent[name] || cryptoapi.Has(name, cryptoapi.Encode)
}
