package plaintextsecret

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"iter"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/cryptolint/cryptolint/internal/bsonenc"
	"github.com/cryptolint/cryptolint/internal/conststr"
	"github.com/cryptolint/cryptolint/internal/cryptoapi"
	"github.com/cryptolint/cryptolint/internal/flow"
	"github.com/cryptolint/cryptolint/internal/mongoapi"
	"github.com/cryptolint/cryptolint/internal/names"
)

// function is one function declaration under analysis.
type function struct {
	x      *pass
	file   *ast.File
	decl   *ast.FuncDecl
	cur    inspector.Cursor
	obj    *types.Func
	params map[types.Object]int // parameter -> index; the receiver is -1
	// assigns maps a variable, or a field path of one ("v.Password"), or
	// a constant key of a map ("v[password]"), to the expressions assigned
	// to it in source order.
	assigns map[assignKey][]assignment
	// random holds the variables that crypto/rand fills: a hash of them
	// generates a token rather than protecting one.
	random map[types.Object]bool
	// ranges maps the value variable of a range statement to the
	// expression ranged over (for _, v := range vals).
	ranges map[types.Object]ast.Expr
	// fed are the local variables that a parameter's value may reach
	// through assignments (config := &Configuration{Policy: in.Policy}),
	// computed on first use by paramFed.
	fed map[types.Object]bool
	// stores are the values stored into elements of each variable
	// (m[k] = v), gathered on first use by indexStores.
	stores map[types.Object][]ast.Expr
	// argFlows caches argFlow by argument.
	argFlows map[ast.Expr]cachedArgFlow
	// spreads holds the arguments passed as xs... to a variadic call.
	spreads map[ast.Expr]bool
	// docCalls are the calls given a local variable or its address, by
	// the variable: the calls of helpers that may add keys to it
	// (keySetFact).
	docCalls map[types.Object][]*ast.CallExpr
	// loops are the extents of the body's for and range statements,
	// computed on first use (inLoop).
	loops [][2]token.Pos
	// callees are the functions the body calls statically (generic ones
	// by their origin), in source order.
	callees []*types.Func
	// nodes are the body's calls, composite literals and assignments,
	// nested function literals included, in the order ast.Inspect visits
	// them: the walks that only look at those range over them instead of
	// the tree.
	nodes []ast.Node
	// returns are the body's return statements, not those of nested
	// function literals, in source order.
	returns []*ast.ReturnStmt
	// methodCalls holds the methods called on each variable (u.M(),
	// also through &u and auto-addressing), in source order.
	methodCalls map[types.Object][]methodCall
	// decoded holds the variables the driver decodes documents read from
	// the database into (FindOne(...).Decode(&u), cursor.All(ctx, &us),
	// and the range variables over those): their fields hold what is
	// already stored, judged where it was first written.
	decoded map[types.Object]bool
	// decodedAt holds, for the parameters and receivers decoded into, the
	// position of the first decode: their fields are read back only after
	// it (FindOne(ctx, bson.M{"token": u.Token}).Decode(u) looks up by
	// the caller's value).
	decodedAt map[types.Object]token.Pos
	// external holds the variables a request body or other outside input
	// is decoded into (json.Unmarshal(b, &u), c.ShouldBindJSON(&u)): every
	// field the input names holds what the client sent.
	external map[types.Object]bool
	// jsonInput holds the external variables that only a JSON decoder
	// fills (json.Unmarshal, c.ShouldBindJSON): fields tagged json:"-"
	// keep their value.
	jsonInput map[types.Object]bool
	// hasJumps caches jumps: 0 not known yet, 1 no goto, 2 a goto.
	hasJumps int8
	// inPassesBack guards passesBack against itself: resolving a call's
	// callee may ask for the only value of the variable it assigns.
	inPassesBack bool
}

// assignKey names an assigned location: a variable, or an access path
// of it (fields, with the embedded ones a promoted selector skips, and
// constant keys of document maps).
type assignKey struct {
	obj  types.Object
	path *flow.Path // nil for the variable itself
}

// assignment is one value assigned to a location.
// methodCall is a method called on a variable, or a function given the
// variable as its first argument (hashPassword(&u)), and where.
type methodCall struct {
	fn   *types.Func
	pos  token.Pos
	call *ast.CallExpr
}

type assignment struct {
	rhs   ast.Expr
	index int // result index when rhs is a multi-value call, else -1
	// elem marks an assignment to an element of the location, a slice,
	// array or map (codes[i] = v): it adds to what the location holds and
	// replaces nothing.
	elem bool
}

// newFunction indexes a function's parameters and assignments.
func newFunction(x *pass, file *ast.File, decl *ast.FuncDecl, cur inspector.Cursor) *function {
	info := x.pass.TypesInfo
	f := &function{x: x, file: file, decl: decl, cur: cur, params: map[types.Object]int{}, assigns: map[assignKey][]assignment{}, random: map[types.Object]bool{}, methodCalls: map[types.Object][]methodCall{}, ranges: map[types.Object]ast.Expr{}, spreads: map[ast.Expr]bool{}, decoded: map[types.Object]bool{}, decodedAt: map[types.Object]token.Pos{}, external: map[types.Object]bool{}, jsonInput: map[types.Object]bool{}}
	f.obj, _ = info.Defs[decl.Name].(*types.Func)
	if decl.Recv != nil {
		for _, fld := range decl.Recv.List {
			for _, id := range fld.Names {
				if obj := info.Defs[id]; obj != nil {
					f.params[obj] = -1
				}
			}
		}
	}
	i := 0
	for _, fld := range decl.Type.Params.List {
		if len(fld.Names) == 0 {
			i++
		}
		for _, id := range fld.Names {
			if obj := info.Defs[id]; obj != nil {
				f.params[obj] = i
			}
			i++
		}
	}
	if x.resolverArgs(f.obj) {
		// A GraphQL resolver: only gqlgen's generated executor calls it,
		// with the arguments of the client's query.
		for obj, j := range f.params {
			if j > 0 {
				delete(f.params, obj)
				f.external[obj] = true
			}
		}
	} else if i, ok := x.rpcRequest(f.obj); ok {
		// The request of a gRPC method: only the generated handler calls
		// it, with what it decoded from the client.
		for obj, j := range f.params {
			if j == i {
				delete(f.params, obj)
				f.external[obj] = true
			}
		}
	}
	var lits [][2]token.Pos // the extents of the function literals seen so far
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CompositeLit:
			f.nodes = append(f.nodes, n)
		case *ast.FuncLit:
			lits = append(lits, [2]token.Pos{n.Pos(), n.End()})
		case *ast.ReturnStmt:
			if !slices.ContainsFunc(lits, func(l [2]token.Pos) bool { return l[0] <= n.Pos() && n.Pos() < l[1] }) {
				f.returns = append(f.returns, n)
			}
		case *ast.CallExpr:
			f.nodes = append(f.nodes, n)
			switch obj := typeutil.Callee(info, n).(type) {
			case *types.Func:
				f.callees = append(f.callees, obj.Origin())
			case *types.Var:
				if fn := x.funcVars[obj]; fn != nil {
					f.callees = append(f.callees, fn.Origin()) // var UpdateUser = defaultUpdateUser
				}
			}
			if n.Ellipsis.IsValid() && len(n.Args) > 0 {
				f.spreads[n.Args[len(n.Args)-1]] = true
			}
			for _, a := range n.Args {
				if id := rootIdent(a); id != nil {
					if v, ok := info.Uses[id].(*types.Var); ok && (mongoapi.IsDocumentMap(v.Type()) || mongoapi.IsOrderedDocument(v.Type())) {
						if f.docCalls == nil {
							f.docCalls = map[types.Object][]*ast.CallExpr{}
						}
						f.docCalls[v] = append(f.docCalls[v], n)
					}
				}
			}
			f.noteRandom(n)
			f.noteMethodCall(n)
			f.noteDecode(n)
		case *ast.RangeStmt:
			if id, ok := n.Value.(*ast.Ident); ok && n.Tok == token.DEFINE {
				if v := info.Defs[id]; v != nil {
					f.ranges[v] = n.X
				}
			}
			if x := f.rootVar(n.X); x != nil && f.decoded[x] && n.Value != nil {
				if v := f.rootVar(n.Value); v != nil {
					f.decoded[v] = true
				}
			}
		case *ast.AssignStmt:
			f.nodes = append(f.nodes, n)
			for i, l := range n.Lhs {
				k, ok := f.location(l)
				if !ok {
					if k, ok := f.elemOf(l); ok && len(n.Rhs) == len(n.Lhs) {
						f.assigns[k] = append(f.assigns[k], assignment{rhs: n.Rhs[i], index: -1, elem: true})
					}
					continue
				}
				if len(n.Rhs) == len(n.Lhs) {
					f.assigns[k] = append(f.assigns[k], assignment{rhs: n.Rhs[i], index: -1})
				} else if len(n.Rhs) == 1 {
					f.assigns[k] = append(f.assigns[k], assignment{rhs: n.Rhs[0], index: i})
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				obj := info.Defs[id]
				if obj == nil {
					continue
				}
				k := assignKey{obj: obj}
				if len(n.Values) == len(n.Names) {
					f.assigns[k] = append(f.assigns[k], assignment{rhs: n.Values[i], index: -1})
				} else if len(n.Values) == 1 {
					f.assigns[k] = append(f.assigns[k], assignment{rhs: n.Values[0], index: i})
				}
			}
		}
		return true
	})
	return f
}

// calls yields the body's calls in the order ast.Inspect visits them.
func (f *function) calls() iter.Seq[*ast.CallExpr] {
	return func(yield func(*ast.CallExpr) bool) {
		for _, n := range f.nodes {
			if call, ok := n.(*ast.CallExpr); ok && !yield(call) {
				return
			}
		}
	}
}

// assignments yields the body's assignments in the order ast.Inspect
// visits them.
func (f *function) assignments() iter.Seq[*ast.AssignStmt] {
	return func(yield func(*ast.AssignStmt) bool) {
		for _, n := range f.nodes {
			if as, ok := n.(*ast.AssignStmt); ok && !yield(as) {
				return
			}
		}
	}
}

// inLoop reports whether pos is inside a for or range statement of the
// function, where an assignment later in the body reaches it on the next
// iteration.
func (f *function) inLoop(pos token.Pos) bool {
	if f.loops == nil {
		f.loops = [][2]token.Pos{}
		ast.Inspect(f.decl.Body, func(n ast.Node) bool {
			switch n.(type) {
			case *ast.ForStmt, *ast.RangeStmt:
				f.loops = append(f.loops, [2]token.Pos{n.Pos(), n.End()})
			}
			return true
		})
	}
	for _, l := range f.loops {
		if l[0] <= pos && pos < l[1] {
			return true
		}
	}
	return false
}

// noteRandom records a variable filled by crypto/rand: rand.Read(b) or
// io.ReadFull(rand.Reader, b).
func (f *function) noteRandom(call *ast.CallExpr) {
	info := f.x.pass.TypesInfo
	buf, _ := randomCall(info, call)
	if s, ok := ast.Unparen(buf).(*ast.SliceExpr); ok {
		buf = s.X // rand.Read(key[:]) fills the array key
	}
	if id, ok := ast.Unparen(buf).(*ast.Ident); ok {
		if obj := info.ObjectOf(id); obj != nil {
			f.random[obj] = true
		}
	}
}

// randomCall reports whether call draws from crypto/rand (a secure random
// API, or io.ReadFull/ReadAtLeast from rand.Reader), and returns the
// buffer it fills, if it fills one (rand.Read(b)).
func randomCall(info *types.Info, call *ast.CallExpr) (buf ast.Expr, ok bool) {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil || !cryptoapi.Listed(fn.Pkg().Path()) && fn.Pkg().Path() != "io" {
		return nil, false
	}
	name := fn.FullName()
	switch api, _ := cryptoapi.Lookup(name); {
	case api.Is(cryptoapi.Random) && api.Secure:
		if len(call.Args) == 1 {
			buf = call.Args[0]
		}
		return buf, true
	case (name == "io.ReadFull" || name == "io.ReadAtLeast") && len(call.Args) >= 2 && isRandReader(info, call.Args[0]):
		return call.Args[1], true
	}
	return nil, false
}

// noteDecode records a variable the driver decodes a stored document into.
func (f *function) noteDecode(call *ast.CallExpr) {
	fn, _ := typeutil.Callee(f.x.pass.TypesInfo, call).(*types.Func)
	if i, ok := f.x.drivers.DecodeTarget(fn); ok && i < len(call.Args) {
		if v := f.rootVar(call.Args[i]); v != nil && !f.existenceCheck(call) {
			f.decoded[v] = true
			if _, isParam := f.params[v]; isParam {
				// The target's position: a chain's call starts before its
				// own filter (FindOne(ctx, filter).Decode(u)).
				if at, seen := f.decodedAt[v]; !seen || call.Args[i].Pos() < at {
					f.decodedAt[v] = call.Args[i].Pos()
				}
			}
		}
		return
	}
	if i, ok := inputTarget(fn); ok && i < len(call.Args) {
		target := call.Args[i]
		if v := f.rootVar(target); v == nil {
			// r.ReadEntity(req.Spec), c.Bind(&in.Body): the request is
			// decoded into a part of the variable, which then holds what
			// the client sent there.
			target = fieldRoot(f.x.pass.TypesInfo, target)
		}
		if v := f.rootVar(target); v != nil {
			f.external[v] = true
			if jsonDecoder(fn) {
				f.jsonInput[v] = true
			}
		}
	}
}

// existenceCheck reports whether the function leaves when the decoding
// call succeeds (if err := c.FindOne(ctx, f).Decode(&u); err == nil {
// return ErrExists }): after it, the target holds what the function put
// there, not a document read from the database.
func (f *function) existenceCheck(call *ast.CallExpr) bool {
	c, ok := f.cur.FindNode(call)
	return ok && flow.LeavesOnNil(c, f.x.pass.TypesInfo)
}

// codecPackages are the names of packages whose Unmarshal and Decode
// decode a serialization format: encoding/json's drop-in replacements
// (jsoniter, goccy/go-json, sonic, segmentio) and the codec wrappers
// services keep of their own (kit/codec/json.Decode).
var codecPackages = map[string]bool{"json": true, "jsoniter": true, "sonic": true, "yaml": true, "toml": true, "xml": true, "msgpack": true, "cbor": true}

// jsonCodecs are the codecPackages that decode JSON only.
var jsonCodecs = map[string]bool{"json": true, "jsoniter": true, "sonic": true}

// codecDecoder reports whether fn is the Unmarshal or Decode of a codec
// package by shape: func(data []byte or string, v any) error, or a
// Decoder's Decode(v any) error. The index is that of v.
func codecDecoder(fn *types.Func) (int, bool) {
	if fn.Pkg() == nil || !codecPackages[fn.Pkg().Name()] {
		return 0, false
	}
	switch fn.Name() {
	case "Unmarshal", "Decode", "UnmarshalFromString":
	default:
		return 0, false
	}
	sig := fn.Signature()
	if sig.Results().Len() != 1 || !isError(sig.Results().At(0).Type()) {
		return 0, false
	}
	params := sig.Params()
	last := params.Len() - 1
	if last < 0 || !types.IsInterface(params.At(last).Type()) {
		return 0, false
	}
	switch {
	case sig.Recv() != nil && params.Len() == 1:
		return 0, true // (*Decoder).Decode(v)
	case sig.Recv() == nil && params.Len() == 2:
		if b, ok := params.At(0).Type().Underlying().(*types.Slice); ok && isBytes(b) {
			return 1, true
		}
		if b, ok := params.At(0).Type().Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
			return 1, true
		}
	}
	return 0, false
}

// isError reports whether t is the error type.
func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// jsonDecoder reports whether fn decodes JSON only: the encoding/json
// decoders, and the web frameworks' JSON binders. Their input cannot set
// a field tagged json:"-".
func jsonDecoder(fn *types.Func) bool {
	switch fn.Name() {
	case "BindJSON", "ShouldBindJSON", "ShouldBindBodyWithJSON", "ReadJSON", "DecodeJSON":
		return fn.Signature().Recv() != nil || fn.Pkg() != nil && fn.Pkg().Path() == "github.com/go-chi/render"
	case "Unmarshal", "Decode", "UnmarshalFromString":
		if fn.Pkg() == nil {
			return false
		}
		if fn.Pkg().Path() == "encoding/json" {
			return true
		}
		_, ok := codecDecoder(fn)
		return ok && jsonCodecs[fn.Pkg().Name()]
	}
	return false
}

// isInput reports whether e is a variable the function filled from
// outside input, or the result of a function that returns decoded input.
func (f *function) isInput(e ast.Expr) bool {
	e = unaddr(ast.Unparen(e))
	if call, ok := e.(*ast.CallExpr); ok {
		fn := f.callee(call)
		return fn != nil && f.x.resultOf(fn) != nil && f.x.resultOf(fn).Input
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return false
	}
	v := f.x.pass.TypesInfo.ObjectOf(id)
	if v == nil {
		return false
	}
	if f.external[v] {
		return true
	}
	as := f.assignsBefore(assignKey{obj: v}, id.Pos())
	if len(as) == 0 {
		return false
	}
	for _, a := range as {
		if a.index < 0 && f.inputField(a.rhs) {
			continue // setting := request.Data: a part of what was posted
		}
		call, ok := ast.Unparen(a.rhs).(*ast.CallExpr)
		if !ok || a.index > 0 {
			return false
		}
		fn := f.callee(call)
		if fn == nil || f.x.resultOf(fn) == nil || !f.x.resultOf(fn).Input {
			return false
		}
	}
	return true
}

// inputField reports whether e selects a field of a variable that outside
// input was decoded into (request.Data, &req.User), or reads one with a
// protobuf getter (req.Msg.GetProvider() of a Connect request).
func (f *function) inputField(e ast.Expr) bool {
	var x ast.Expr
	switch e := unaddr(ast.Unparen(e)).(type) {
	case *ast.SelectorExpr:
		if s := f.x.pass.TypesInfo.Selections[e]; s == nil || s.Kind() != types.FieldVal {
			return false
		}
		x = e.X
	case *ast.CallExpr:
		if x, _ = f.getter(e); x == nil {
			return false
		}
	default:
		return false
	}
	v := f.rootVar(fieldRoot(f.x.pass.TypesInfo, x))
	return v != nil && f.external[v]
}

// inputDecoders are the functions that fill their argument from input the
// program receives, by full name, with the argument's index.
var inputDecoders = map[string]int{
	"(*encoding/json.Decoder).Decode":              0,
	"encoding/json.Unmarshal":                      1,
	"(*encoding/xml.Decoder).Decode":               0,
	"encoding/xml.Unmarshal":                       1,
	"gopkg.in/yaml.v2.Unmarshal":                   1,
	"gopkg.in/yaml.v3.Unmarshal":                   1,
	"(*gopkg.in/yaml.v2.Decoder).Decode":           0,
	"(*gopkg.in/yaml.v3.Decoder).Decode":           0,
	"sigs.k8s.io/yaml.Unmarshal":                   1,
	"github.com/goccy/go-yaml.Unmarshal":           1,
	"(*github.com/goccy/go-yaml.Decoder).Decode":   0,
	"github.com/BurntSushi/toml.Unmarshal":         1,
	"github.com/BurntSushi/toml.Decode":            1,
	"(*github.com/BurntSushi/toml.Decoder).Decode": 0,
	// chi's render: Bind decodes the body by its content type, then calls
	// the value's Bind method.
	"github.com/go-chi/render.Bind":       1,
	"github.com/go-chi/render.Decode":     1,
	"github.com/go-chi/render.DecodeJSON": 1,
	// go-zero's REST handlers: httpx.Parse(r, &req) fills req from the
	// path, the form, the headers and the JSON body.
	"github.com/zeromicro/go-zero/rest/httpx.Parse":         1,
	"github.com/zeromicro/go-zero/rest/httpx.ParseJsonBody": 1,
	"github.com/zeromicro/go-zero/rest/httpx.ParseForm":     1,
}

// inputDecoderNames are the last elements of the names in inputDecoders:
// a function named otherwise is none of them, without formatting its full
// name.
var inputDecoderNames = func() map[string]bool {
	m := make(map[string]bool)
	for full := range inputDecoders {
		m[full[strings.LastIndexByte(full, '.')+1:]] = true
	}
	return m
}()

// bindMethods are the names of web frameworks' methods that decode a
// request into their first argument (gin, echo, fiber, iris, chi's
// render, go-restful's ReadEntity, hertz's BindAndValidate): the
// frameworks are too many to list by type.
var bindMethods = map[string]bool{
	"Bind": true, "BindJSON": true, "ShouldBind": true, "ShouldBindJSON": true, "ShouldBindWith": true,
	"ShouldBindBodyWith": true, "ShouldBindBodyWithJSON": true, "MustBindWith": true, "BodyParser": true,
	"ReadJSON": true, "ReadBody": true, "DecodeJSON": true, "ReadEntity": true, "BindAndValidate": true,
}

// inputTarget returns the index of the argument fn fills from outside
// input, if it is a decoder of requests or files.
func inputTarget(fn *types.Func) (int, bool) {
	if fn == nil {
		return 0, false
	}
	if inputDecoderNames[fn.Name()] {
		if i, ok := inputDecoders[fn.Origin().FullName()]; ok {
			return i, true
		}
	}
	if i, ok := codecDecoder(fn); ok {
		return i, true
	}
	sig := fn.Signature()
	if sig.Recv() != nil && (bindMethods[fn.Name()] || binderType(sig.Recv().Type())) && sig.Params().Len() >= 1 {
		if _, ok := sig.Params().At(0).Type().Underlying().(*types.Interface); ok {
			return 0, true
		}
	}
	return 0, false
}

// binderType reports whether t (or what it points to) is a named type
// called Bind or Binder: a framework's request binder, whose every
// method taking an interface first decodes a part of the request into it
// (fiber v3's c.Bind().Body(&v), .Query(&v), .Form(&v)).
func binderType(t types.Type) bool {
	n, ok := types.Unalias(derefType(t)).(*types.Named)
	return ok && (n.Obj().Name() == "Bind" || n.Obj().Name() == "Binder")
}

// fromDatabase reports whether the location k (a variable or a field path
// of one) holds a value read back from the database: its variable was
// decoded from a stored document and is otherwise only initialized empty
// (var u User, u := &User{}, new(User)).
func (f *function) fromDatabase(k assignKey) bool {
	if !f.decoded[k.obj] {
		return f.storedVar(k.obj)
	}
	for _, a := range f.assigns[assignKey{obj: k.obj}] {
		if !emptyValue(f.x.pass.TypesInfo, a.rhs) {
			return false
		}
	}
	return true
}

// readBackBy reports whether v, if the driver decodes a stored document
// into it, has been decoded into by pos: a parameter or receiver holds
// what was stored only after the first decode into it, and before that
// what the caller passed (FindOne(ctx, bson.M{"token": u.Token}).Decode(u)).
func (f *function) readBackBy(v types.Object, pos token.Pos) bool {
	at, ok := f.decodedAt[v]
	return !ok || !pos.IsValid() || pos > at
}

// storedVar reports whether every value assigned to v is a document read
// from the database by a function of the program (a repository's GetByID:
// resultFact.Stored).
func (f *function) storedVar(v types.Object) bool {
	as := f.assigns[assignKey{obj: v}]
	if v == nil || len(as) == 0 {
		return false
	}
	for _, a := range as {
		if !f.storedExpr(a.rhs, a.index) {
			return false
		}
	}
	return true
}

// storedExpr reports whether e (its index-th result, for a call with
// several) is a document read back from the database.
func (f *function) storedExpr(e ast.Expr, index int) bool {
	if ta, ok := ast.Unparen(e).(*ast.TypeAssertExpr); ok && index <= 0 {
		// u := r.Context().Value(ctxUser).(*User): what the package's
		// middleware put there.
		key, ok := f.contextValueKey(ta.X)
		return ok && f.x.contextStored(key)
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || index > 0 {
		return false
	}
	fn := f.callee(call)
	if fn == nil {
		return false
	}
	r := f.x.resultOf(fn)
	if r != nil && r.Stored {
		return true
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && r != nil && r.MapsReceiver && fn.Signature().Recv() != nil {
		return f.storedResult(sel.X) // u.toUser(), u decoded from the database
	}
	return f.x.storedByImplementations(fn)
}

// storedByImplementations reports whether fn is an interface method that
// an implementation, in the package or the one declaring the interface,
// reads from the database (resultFact.Stored), and that no implementation
// fills or decodes from input: a store's UserByEmail, whose MongoDB
// implementation decodes the user and whose SQL or memory one returns
// what it keeps.
func (x *pass) storedByImplementations(fn *types.Func) bool {
	if interfaceOf(fn) == nil {
		return false
	}
	stored := false
	for _, m := range x.implementationsWith(fn) {
		r := x.resultOf(m)
		if r == nil {
			continue
		}
		if r.Input || len(r.Sets) > 0 || len(r.FromParams) > 0 || r.Passes > 0 || r.PassesReceiver {
			return false
		}
		stored = stored || r.Stored
	}
	return stored
}

// emptyValue reports whether e is an empty composite literal, its address,
// or new(T).
func emptyValue(info *types.Info, e ast.Expr) bool {
	switch n := unaddr(e).(type) {
	case *ast.CompositeLit:
		return len(n.Elts) == 0
	case *ast.CallExpr:
		return isBuiltin(info, n, "new")
	}
	return false
}

// noteMethodCall records a method called on a variable.
func (f *function) noteMethodCall(call *ast.CallExpr) {
	info := f.x.pass.TypesInfo
	if fn, ok := typeutil.Callee(info, call).(*types.Func); ok && fn.Signature().Recv() == nil && len(call.Args) > 0 {
		// hashPassword(u) or hashPassword(&u): the function's first
		// parameter plays the receiver (resultFact.Receiver).
		if id, ok := unaddr(call.Args[0]).(*ast.Ident); ok {
			if obj, ok := info.ObjectOf(id).(*types.Var); ok {
				f.methodCalls[obj] = append(f.methodCalls[obj], methodCall{fn, call.Pos(), call})
			}
		}
		return
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal {
		return
	}
	if id, ok := unaddr(sel.X).(*ast.Ident); ok {
		if obj, ok := info.ObjectOf(id).(*types.Var); ok {
			if fn, ok := s.Obj().(*types.Func); ok {
				f.methodCalls[obj] = append(f.methodCalls[obj], methodCall{fn, call.Pos(), call})
			}
		}
	}
}

// isRandReader reports whether e is crypto/rand.Reader.
func isRandReader(info *types.Info, e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	v, ok := info.Uses[sel.Sel].(*types.Var)
	return ok && v.Pkg() != nil && v.Pkg().Path() == "crypto/rand" && v.Name() == "Reader"
}

// location returns the assignment key of an assignable expression: a
// variable, a chain of field selections on one, or a constant key of a
// map variable.
func (f *function) location(e ast.Expr) (assignKey, bool) {
	var steps []flow.Step // outermost first
	at := func(obj types.Object) assignKey {
		var p *flow.Path
		for i := len(steps) - 1; i >= 0; i-- {
			p = f.x.paths.Extend(p, steps[i])
		}
		return assignKey{obj: obj, path: p}
	}
	for {
		switch n := ast.Unparen(e).(type) {
		case *ast.IndexExpr:
			k := conststr.Eval(f.x.pass.TypesInfo, n.Index)
			key, ok := k.Join(0), k.Constant()
			if !ok {
				key, ok = positionalPath(key) // update[fmt.Sprintf("company.%d.token", i)] = t
			}
			if !ok || !mongoapi.IsDocumentMap(f.x.pass.TypesInfo.TypeOf(n.X)) {
				return assignKey{}, false
			}
			steps = append(steps, flow.Step{Key: key})
			e = n.X
		case *ast.Ident:
			obj := f.x.pass.TypesInfo.ObjectOf(n)
			if _, ok := obj.(*types.Var); !ok {
				return assignKey{}, false
			}
			return at(obj), true
		case *ast.SelectorExpr:
			sel := f.x.pass.TypesInfo.Selections[n]
			if sel == nil {
				// settings.System: a variable of another package.
				if v, ok := f.x.pass.TypesInfo.Uses[n.Sel].(*types.Var); ok {
					return at(v), true
				}
				return assignKey{}, false
			}
			vars := flow.Selection(sel)
			if vars == nil {
				return assignKey{}, false
			}
			for i := len(vars) - 1; i >= 0; i-- {
				steps = append(steps, flow.Step{Field: vars[i]}) // u.Password is u.Credentials.Password
			}
			e = n.X
		case *ast.StarExpr:
			e = n.X
		case *ast.CallExpr:
			// in.GetUser(): a protobuf getter is its field (in.User).
			recv, fld := f.getter(n)
			if fld == nil {
				return assignKey{}, false
			}
			steps = append(steps, flow.Step{Field: fld})
			e = recv
		default:
			return assignKey{}, false
		}
	}
}

// param returns the parameter index of e when e is a parameter (or its
// address or dereference), or false.
func (f *function) param(e ast.Expr) (int, bool) {
	for {
		switch n := ast.Unparen(e).(type) {
		case *ast.UnaryExpr:
			if n.Op != token.AND {
				return 0, false
			}
			e = n.X
		case *ast.StarExpr:
			e = n.X
		case *ast.Ident:
			obj := f.x.pass.TypesInfo.ObjectOf(n)
			i, ok := f.params[obj]
			if !ok {
				return 0, false
			}
			as := f.assigns[assignKey{obj: obj}]
			if len(as) == 0 {
				return i, true // a parameter never reassigned in the function
			}
			if !f.inLoop(n.Pos()) && !slices.ContainsFunc(as, func(a assignment) bool { return a.rhs.End() <= n.Pos() }) {
				return i, true // reassigned only after this use: cloud, ok = cache.Load(cloud)
			}
			return 0, false
		default:
			return 0, false
		}
	}
}

// paramAssignments walks the top-level fields of parameter i that the
// function assigns before it writes the parameter (cert.Key = keyPem;
// cert.CommitFields(...)): those values are judged here, as any value put
// into a document. The callers' values are judged at the callers.
func (ev *evaluation) paramAssignments(i int, kind mongoapi.Kind, prefix string) {
	f := ev.f
	obj := f.paramVar(i)
	if obj == nil || kind == mongoapi.Filter {
		return
	}
	t := derefType(obj.Type())
	for _, enc := range f.x.orderedFields(t, isPointer(obj.Type())) {
		fp := f.x.fieldPath(enc)
		name := goName(fp)
		if f.mutated(obj, name) {
			continue // hashPassword(u) after u.Password = p
		}
		// The last assignment before the write, in source order (client.Secret
		// = "REDACTED" after the write is not what is stored).
		as := f.assigns[assignKey{obj: obj, path: fp}]
		n := ev.assignedBefore(as)
		if n == 0 && (f.fillsBefore(obj, name, ev.at) || f.guarded(obj, fp, ev.at)) {
			// u.RegenerateAPIKey() before u.Update(): the method put a value
			// there, known here, whatever the callers pass; or the function
			// returned early when the field was empty (if t.AccessToken ==
			// "" { return err }).
			path := join(prefix, enc.Path)
			m, ok := f.x.sensitive(enc.Var, enc.Key, enc.Owner)
			if ok && eligible(enc.Var.Type(), m.Numeric) && !ev.replaces(enc.Var, path) && !f.x.enc.EncodesItself(enc.Var.Type(), enc.Addressable) {
				ev.leaves = append(ev.leaves, leaf{path: path, key: enc.Key, field: enc.Var, match: m, owner: obj, filled: true})
			}
			continue
		}
		if n == 0 || as[n-1].index < 0 && f.keepsOwn(as[n-1].rhs, assignKey{obj: obj, path: fp}, 0) {
			continue // unset here, or the caller's value normalised (u.Email = strings.TrimSpace(u.Email))
		}
		if as[n-1].index >= 0 {
			// u.Token, u.Refresh, err = sign(u.Email): one result of a
			// call, judged by the parameter's assignments (assignedValue
			// reads the result's index).
			path := join(prefix, enc.Path)
			m, ok := f.x.sensitive(enc.Var, enc.Key, enc.Owner)
			if id := f.declIdent(obj); id != nil && ok && eligible(enc.Var.Type(), m.Numeric) && !ev.replaces(enc.Var, path) && !f.x.enc.EncodesItself(enc.Var.Type(), enc.Addressable) {
				ev.leaves = append(ev.leaves, leaf{path: path, key: enc.Key, field: enc.Var, match: m, root: id, fieldPath: fp, owner: obj})
			}
			continue
		}
		ev.value(as[n-1].rhs, join(prefix, enc.Path), enc.Key, enc.Var, enc.Owner, nil, enc.Addressable)
	}
	ev.nestedParamAssignments(obj, t, prefix)
}

// declIdent returns the identifier that declares the parameter or
// receiver obj, or nil.
func (f *function) declIdent(obj types.Object) *ast.Ident {
	lists := []*ast.FieldList{f.decl.Recv, f.decl.Type.Params}
	for _, l := range lists {
		if l == nil {
			continue
		}
		for _, fld := range l.List {
			for _, id := range fld.Names {
				if f.x.pass.TypesInfo.Defs[id] == obj {
					return id
				}
			}
		}
	}
	return nil
}

// assignedBefore returns how many of as, in source order, come before
// the write (all when its position is unknown).
func (ev *evaluation) assignedBefore(as []assignment) int {
	if !ev.at.IsValid() {
		return len(as)
	}
	if n := slices.IndexFunc(as, func(a assignment) bool { return a.rhs.Pos() > ev.at }); n >= 0 {
		return n
	}
	return len(as)
}

// nestedParamAssignments walks the assignments to fields of a parameter's
// sub-documents before the write (user.Tokens.ResetToken = token; then
// the whole user is written): the value is stored at that path.
func (ev *evaluation) nestedParamAssignments(obj types.Object, t types.Type, prefix string) {
	f := ev.f
	nested := false
	for k := range f.assigns {
		if k.obj == obj && k.path.Len() > 1 {
			nested = true
			break
		}
	}
	if !nested {
		return
	}
	f.x.enc.Walk(t, isPointer(obj.Type()), func(enc *bsonenc.Field) bool {
		if enc.Parent == nil {
			return true // the top level is paramAssignments'; walk into it
		}
		fp := f.x.fieldPath(enc)
		if f.mutated(obj, goName(fp)) {
			return true
		}
		as := f.assigns[assignKey{obj: obj, path: fp}]
		if n := ev.assignedBefore(as); n > 0 && as[n-1].index < 0 && !f.keepsOwn(as[n-1].rhs, assignKey{obj: obj, path: fp}, 0) {
			ev.value(as[n-1].rhs, join(prefix, enc.Path), enc.Key, enc.Var, enc.Owner, nil, enc.Addressable)
		}
		return true
	})
}

// keepsOwn reports whether e is location k's own earlier value, normalised
// (trimmed, its escapes replaced, converted or encoded), directly or
// through local variables assigned only from such values: k :=
// cfg.Key; k = strings.ReplaceAll(k, "\\n", "\n"); cfg.Key = k keeps what
// the caller put in cfg.Key, and the callers judge it.
func (f *function) keepsOwn(e ast.Expr, k assignKey, depth int) bool {
	if depth > 4 {
		return false
	}
	info := f.x.pass.TypesInfo
	switch n := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if len(n.Args) == 1 && info.Types[n.Fun].IsType() {
			return f.keepsOwn(n.Args[0], k, depth+1)
		}
		fn := f.callee(n)
		if fn == nil || len(n.Args) == 0 || n.Ellipsis.IsValid() {
			return false
		}
		switch full := fn.Origin().FullName(); {
		case textEdits[full]:
			return f.keepsOwn(n.Args[0], k, depth+1)
		case encoders(full):
			return f.keepsOwn(n.Args[len(n.Args)-1], k, depth+1)
		}
		return false
	case *ast.SelectorExpr:
		lk, ok := f.location(n)
		return ok && lk == k
	case *ast.Ident:
		v, ok := info.Uses[n].(*types.Var)
		if !ok {
			return false
		}
		if _, isParam := f.params[v]; isParam {
			return false
		}
		as := f.assignsBefore(assignKey{obj: v}, n.Pos())
		return len(as) > 0 && !slices.ContainsFunc(as, func(a assignment) bool { return a.index >= 0 || !f.keepsOwn(a.rhs, k, depth+1) })
	}
	return false
}

// subAssignments walks what the function assigned, before the write, to
// the fields of sub, a sub-document of a parameter that is written:
// u.Profile.SSN = p.SSN before the $set of u.Profile stores what the
// caller passed as p, not what the receiver held. The fields it leaves
// alone are the callers' (ParamSink.Sub).
func (ev *evaluation) subAssignments(sub ast.Expr, kind mongoapi.Kind, prefix string) {
	f := ev.f
	k, ok := f.location(sub)
	if !ok || kind == mongoapi.Filter {
		return
	}
	t := f.x.pass.TypesInfo.TypeOf(sub)
	f.x.enc.Walk(derefType(t), isPointer(t), func(enc *bsonenc.Field) bool {
		fp := f.x.paths.Concat(k.path, f.x.fieldPath(enc))
		as := f.assigns[assignKey{obj: k.obj, path: fp}]
		if n := ev.assignedBefore(as); n > 0 && as[n-1].index < 0 && !as[n-1].elem {
			ev.value(as[n-1].rhs, join(prefix, enc.Path), enc.Key, enc.Var, enc.Owner, nil, enc.Addressable)
			return false // the value assigned is walked whole
		}
		return true
	})
}

// fillsBefore reports whether a method called on v before pos fills its
// field (pos unknown: anywhere).
func (f *function) fillsBefore(v types.Object, field string, pos token.Pos) bool {
	if !pos.IsValid() {
		return f.fills(v, field)
	}
	return f.calledListsIn(v, field, token.NoPos, pos, func(r *resultFact) []string { return r.Fills })
}

// paramField reports whether e is a field (or a field of a field) of a
// parameter never reassigned, cfg.Storage.S3, and returns the parameter's
// index with the path as Go field names and as bson keys.
func (f *function) paramField(e ast.Expr) (i int, sub, key string, ok bool) {
	info := f.x.pass.TypesInfo
	var gos, keys []string
	for {
		sel, isSel := ast.Unparen(e).(*ast.SelectorExpr)
		if !isSel {
			break
		}
		s := info.Selections[sel]
		if s == nil || s.Kind() != types.FieldVal || len(s.Index()) != 1 {
			return 0, "", "", false // a method value, a package member, or a promoted field
		}
		v := s.Obj().(*types.Var)
		k, found := bsonenc.KeyOf(s.Recv(), v)
		if !found {
			return 0, "", "", false // skipped or inlined: not a sub-document of its own
		}
		gos, keys = append(gos, v.Name()), append(keys, k)
		e = sel.X
	}
	if len(gos) == 0 {
		return 0, "", "", false
	}
	i, ok = f.param(e)
	if !ok {
		return 0, "", "", false
	}
	slices.Reverse(gos)
	slices.Reverse(keys)
	return i, strings.Join(gos, "."), strings.Join(keys, "."), true
}

// write is one call (or model literal) that writes documents.
type write struct {
	node   ast.Node // the call or literal
	callee *types.Func
	sinks  []ParamSink
	args   [][]ast.Expr // per sink, the argument expressions
}

// writes returns the writes in the function body.
func (f *function) writes() []write {
	var out []write
	info := f.x.pass.TypesInfo
	for _, n := range f.nodes {
		switch n := n.(type) {
		case *ast.CallExpr:
			fn := f.callee(n)
			sinks := f.x.sinkOf(fn)
			if sinks == nil {
				continue
			}
			w := write{node: n, callee: fn, sinks: sinks}
			for _, s := range sinks {
				w.args = append(w.args, argsOf(info, n, s))
			}
			out = append(out, w)
		case *ast.CompositeLit:
			for _, elt := range n.Elts {
				kv, ok := elt.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				if kind, ok := f.x.modelKind(n, kv.Key); ok {
					name := types.TypeString(types.Unalias(info.TypeOf(n)), (*types.Package).Name) + "." + kv.Key.(*ast.Ident).Name
					out = append(out, write{node: n, sinks: []ParamSink{{Kind: kind, Via: name}}, args: [][]ast.Expr{{kv.Value}}})
				}
			}
		}
	}
	return out
}

// callee returns the function a call calls: statically, or through a
// local variable assigned once from a function or method value
// (insert := coll.InsertOne).
func (f *function) callee(call *ast.CallExpr) *types.Func {
	info := f.x.pass.TypesInfo
	switch obj := typeutil.Callee(info, call).(type) {
	case *types.Func:
		if interfaceOf(obj) != nil {
			if m := f.x.devirtualize(call, obj); m != nil {
				return m // p.store.Create, p.store only ever a *EncryptedStore
			}
		}
		return obj
	case *types.Var:
		if fn := f.x.varCallee(obj); fn != nil {
			return fn // UpdateUser(id, u), var UpdateUser = defaultUpdateUser
		}
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return nil
	}
	rhs, ok := f.onlyValue(info.ObjectOf(id), false)
	if !ok {
		return nil
	}
	switch v := ast.Unparen(rhs).(type) {
	case *ast.SelectorExpr:
		if sel := info.Selections[v]; sel != nil {
			fn, _ := sel.Obj().(*types.Func)
			return fn
		}
		fn, _ := info.Uses[v.Sel].(*types.Func)
		return fn
	case *ast.Ident:
		fn, _ := info.Uses[v].(*types.Func)
		return fn
	}
	return nil
}

// argsOf returns the arguments of call that a sink parameter covers.
func argsOf(info *types.Info, call *ast.CallExpr, s ParamSink) []ast.Expr {
	if s.Index < 0 {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if selection := info.Selections[sel]; selection != nil && selection.Kind() == types.MethodVal {
				return []ast.Expr{sel.X}
			}
		}
		return nil
	}
	if s.Index >= len(call.Args) {
		return nil
	}
	if s.Variadic {
		return call.Args[s.Index:]
	}
	return call.Args[s.Index : s.Index+1]
}

// eachWrite evaluates every argument of every write in the function, as
// the sink reads it (its key selection applied), and calls fn with it.
func (f *function) eachWrite(fn func(w write, s ParamSink, arg ast.Expr, ev *evaluation)) {
	for _, w := range f.writes() {
		f.eachArg(w, func(s ParamSink, arg ast.Expr, ev *evaluation) { fn(w, s, arg, ev) })
	}
}

// eachArg evaluates every argument of one write as its sink reads it.
func (f *function) eachArg(w write, fn func(s ParamSink, arg ast.Expr, ev *evaluation)) {
	for i, s := range w.sinks {
		for _, arg := range w.args[i] {
			s := s
			if hooked := f.x.hookReplaces(w.callee, f.x.pass.TypesInfo.TypeOf(arg)); len(hooked) > 0 {
				s.Replaced = mergeSorted(s.Replaced, hooked) // the ODM's hook replaces them first
			}
			ev := f.evaluate(arg, s)
			f.selectFor(ev, w.node, s)
			fn(s, arg, ev)
		}
	}
}

// wrapperFact returns the parameters of the function that reach a sink,
// or nil.
func (f *function) wrapperFact() *sinkFact {
	var params []ParamSink
	f.eachWrite(func(w write, s ParamSink, _ ast.Expr, ev *evaluation) {
		for _, p := range ev.params {
			p.Via = f.obj.Name() + " -> " + s.Via
			p.Hops = f.hopsThrough(w.node, s)
			p.Also = f.alsoThrough(w.node, s)
			if i := slices.IndexFunc(params, func(q ParamSink) bool {
				return q.Index == p.Index && q.Path == p.Path && q.Leaf == p.Leaf && q.Sub == p.Sub
			}); i >= 0 {
				// Another write of the same value: its path is related
				// information of the first's findings.
				params[i].addAlso(p)
			} else {
				params = append(params, p)
			}
		}
	})
	if params == nil {
		return nil
	}
	slices.SortFunc(params, func(a, b ParamSink) int {
		if a.Index != b.Index {
			return a.Index - b.Index
		}
		if c := strings.Compare(a.Path, b.Path); c != 0 {
			return c
		}
		return strings.Compare(a.Sub, b.Sub)
	})
	return &sinkFact{Params: params}
}

// leaf is one sensitive value that a write stores.
type leaf struct {
	path  string      // key path in the document
	key   string      // the key as written
	field *types.Var  // the struct field, or nil for a map key
	node  ast.Node    // the key expression for a map key
	match names.Match // why it is sensitive
	// value is the expression stored, or nil when only the type is known;
	// then root and fieldPath locate it for assignments in the function.
	value     ast.Expr
	root      ast.Expr
	fieldPath *flow.Path
	// owner is the variable holding the struct of a top-level field, whose
	// methods may replace the field's value.
	owner types.Object
	// filled marks a field that a method called on owner fills.
	filled bool
	// at is where the document is written: assignments after it (a
	// secret blanked before the response) are not what was written.
	at token.Pos
	// val is what the leaf stores, once judged (report).
	val flow.Value
	// embeds says what the value holds or embeds when its key says
	// nothing itself: "embeds otp" (BodyHTML: fmt.Sprintf(tmpl, otp)),
	// "holds resetCode" ({"code": resetCode}).
	embeds string
	// entry marks a field of a parameter of a function that nothing in
	// the package calls (u.Password of CreateUser(u)): callers in other
	// packages judge their values through the fact, and the write is
	// reported by the whole-program step only when nothing calls it.
	entry bool
}

// pitfall is a field whose pointer-receiver marshaller the driver skips.
type pitfall struct {
	field *types.Var // nil for the document itself
	typ   types.Type
	path  string
}

// evaluation is what one document argument holds.
type evaluation struct {
	f        *function
	owner    types.Object // the variable whose literal is being walked
	filter   bool         // the sink reads (a query filter) rather than writes
	leaves   []leaf
	params   []ParamSink
	pitfalls []pitfall
	sink     ParamSink  // how the sink reads the argument
	argType  types.Type // the argument's type
	// row is what the literal being walked names its value by, when it is
	// a key-value row (Setting{Name: "smtp_password", Value: pw}).
	row     *rowName
	subPath *flow.Path // Go field path from the root walked by typed to the document (subDoc)
	at      token.Pos  // where the argument is written
	// returned is the struct type the query's result is decoded into
	// (FindOne(ctx, filter).Decode(&u)), for a filter: its fields say
	// what the filter's keys are.
	returned types.Type
}

// replaces reports whether the sink replaces the top-level field at path
// before the write (ParamSink.Replaced).
func (ev *evaluation) replaces(field *types.Var, path string) bool {
	return field != nil && ev.f.x.replaced(ev.sink, leaf{field: field, path: path}, ev.argType)
}

// evaluate walks a document argument of a sink.
func (f *function) evaluate(arg ast.Expr, s ParamSink) *evaluation {
	ev := f.evaluateArg(arg, s)
	for i := range ev.leaves {
		ev.leaves[i].at = ev.at
	}
	return ev
}

// evaluateArg is evaluate before the leaves learn where they are written.
func (f *function) evaluateArg(arg ast.Expr, s ParamSink) *evaluation {
	ev := &evaluation{f: f, filter: s.Kind == mongoapi.Filter, sink: s, at: arg.Pos(), argType: f.x.pass.TypesInfo.TypeOf(arg)}
	if ev.filter {
		ev.returned = f.decodedInto(arg)
	}
	if s.Leaf && s.Serialized != "" {
		// A field of what the callee serializes: say so of what the
		// argument holds.
		defer func() {
			for i := range ev.leaves {
				if ev.leaves[i].embeds == "" {
					ev.leaves[i].embeds = serializedNote(s.Serialized)
				}
			}
		}()
	}
	if s.Leaf && s.MapKey != "" {
		ev.mapKeyArg(arg, s)
		return ev
	}
	if s.Leaf && s.Field != "" {
		ev.receiverField(arg, s.Field, s.Path, s.Key, names.Match{Entry: s.Entry, Category: s.Category}, s.Generic)
		return ev
	}
	if s.Leaf && s.Entry != "" && !isDocumentType(f.x.pass.TypesInfo.TypeOf(arg)) {
		ev.matched(arg, s.Path, s.Key, nil, nil, names.Match{Entry: s.Entry, Category: s.Category}, "")
		return ev
	}
	if s.Leaf && s.Generic && isDocumentType(f.x.pass.TypesInfo.TypeOf(arg)) {
		return ev // Publish(channel, data any) given a document: its keys were not what the callee's key named
	}
	if s.Leaf {
		ev.value(arg, s.Path, s.Key, nil, nil, nil, s.Addressable)
		return ev
	}
	if s.Serialized != "" {
		// The callee writes the argument out (json.Marshal) and stores
		// the text under s.Path: its fields under the serializer's keys.
		ev.doc(arg, s.Kind, s.Path, s.Addressable)
		ev.serializedKeys(f.x.pass.TypesInfo.TypeOf(arg), s.Path, s.Serialized, 0, 0)
		return ev
	}
	if s.Elems || s.Variadic && f.spread(arg) {
		ev.elems(arg, s.Kind, s.Path)
		return ev
	}
	if s.Sub != "" {
		ev.subDoc(arg, s)
		return ev
	}
	ev.doc(arg, s.Kind, s.Path, s.Addressable)
	if s.TopJSON {
		ev.jsonTop(f.x.pass.TypesInfo.TypeOf(arg), s.Path, 0, 0)
	}
	if len(s.Named) > 0 {
		// The callee names those keys of the map it is given: so of the
		// parameter passed on whole, but those this function sets or
		// removes first, or may have changed by handing the map off.
		if named := f.namedKept(arg, s.Named, ev.at); len(named) > 0 {
			for i, p := range ev.params {
				if !p.Leaf && p.Path == s.Path && p.Sub == "" && mongoapi.IsDocumentMap(f.x.pass.TypesInfo.TypeOf(arg)) {
					ev.params[i].Named = mergeSorted(p.Named, named)
				}
			}
		}
	}
	if len(s.Replaced) > 0 || len(s.ReplacedKeys) > 0 {
		// The callee replaces those fields or keys of what it is given: so
		// of the parameter passed on whole.
		for i, p := range ev.params {
			if !p.Leaf && p.Path == s.Path {
				ev.params[i].Replaced = mergeSorted(p.Replaced, s.Replaced)
				ev.params[i].ReplacedKeys = mergeSorted(p.ReplacedKeys, s.ReplacedKeys)
			}
		}
	}
	if len(s.ReplacedKeys) > 0 {
		// What the argument holds under a key the callee replaces is not
		// what is stored ({"credentials": c.Credentials}, encrypted there).
		under := func(path string) bool {
			if s.Path != "" {
				var ok bool
				if path, ok = strings.CutPrefix(path, s.Path+"."); !ok {
					return false
				}
			}
			top, _, _ := strings.Cut(path, ".")
			return slices.Contains(s.ReplacedKeys, top)
		}
		ev.params = slices.DeleteFunc(ev.params, func(p ParamSink) bool { return under(p.Path) })
		ev.leaves = slices.DeleteFunc(ev.leaves, func(l leaf) bool { return under(l.path) })
	}
	return ev
}

// mergeSorted returns the sorted union of two lists of names.
func mergeSorted(a, b []string) []string {
	out := slices.Concat(a, b)
	slices.Sort(out)
	return slices.Compact(out)
}

// replacedFields returns the sensitive fields of parameter i, as Go
// paths (Password, Profile.SSN), that the function replaces with a
// protected or empty value (u.Password = hash(u.Password),
// u.PasswordConfirm = "", u.HashPassword(), u.Profile.SSN = mask(...)).
func (f *function) replacedFields(i int, at token.Pos) []string {
	obj := f.paramVar(i)
	if obj == nil {
		return nil
	}
	if _, ok := obj.Type().Underlying().(*types.Struct); !ok && !isPointer(obj.Type()) {
		return nil
	}
	// A pointer, or a struct passed by value: the function writes its own
	// copy, so what it assigns to the copy's fields is what is written
	// (user.Password = hashed; repo.Create(ctx, user)).
	var out []string
	f.x.enc.Walk(derefType(obj.Type()), true, func(enc *bsonenc.Field) bool {
		m, ok := f.x.sensitive(enc.Var, enc.Key, enc.Owner)
		if !ok {
			return true // a sub-document: its fields may be
		}
		fp := f.x.fieldPath(enc)
		name := goName(fp)
		if name == "" {
			return false // inside an array
		}
		k := assignKey{obj: obj, path: fp}
		as := f.assignsBefore(k, at)
		if f.mutatedBefore(obj, name, at) || len(as) > 0 && (f.protectedAssignments(as, m.Category, 0) && !f.clearedOnSomePaths(as, k, at) || f.overwritten(k, at)) {
			// Password, or Profile.SSN of a sub-document; or a field the
			// function sets itself on every path (user.Token =
			// generateKey()), judged at its own write.
			out = append(out, name)
		}
		return false
	})
	slices.Sort(out)
	return out
}

// clearedOnSomePaths reports whether the assignments as only clear k
// ("", nil) and none of them runs on every path before at (if app.Type
// != Confidential { app.Secret = "" }): on the other paths the caller's
// value is written.
func (f *function) clearedOnSomePaths(as []assignment, k assignKey, at token.Pos) bool {
	for _, a := range as {
		if !f.clears(a.rhs) {
			return false
		}
	}
	return !f.assignedAtTop(k, at)
}

// replacedUnder is replacedFields for the part sub of parameter i (a
// dotted path of its Go fields) that the function writes: the fields of
// that part it replaces, named from the part (*cred.Password = hash
// before InsertOne(cred.Profile), Profile embedded in cred).
func (f *function) replacedUnder(i int, sub string, at token.Pos) []string {
	all := f.replacedFields(i, at)
	obj := f.paramVar(i)
	if len(all) == 0 || obj == nil {
		return nil
	}
	// An embedded part's fields are promoted: replacedFields names them
	// without it.
	var part types.Type
	if v := fieldByPath(obj.Type(), sub); v != nil && v.Embedded() && !strings.Contains(sub, ".") {
		part = v.Type()
	}
	var out []string
	for _, name := range all {
		if rest, ok := strings.CutPrefix(name, sub+"."); ok {
			out = append(out, rest)
		} else if part != nil && fieldByPath(part, name) != nil {
			out = append(out, name)
		}
	}
	return out
}

// overwritten reports whether a statement of the function's body, not
// nested in a branch or loop, assigns location k a value that does not
// come from k's variable (sec.Value = encrypt(sec.Value) keeps the
// caller's value; u.APIKey = generateToken(u.Email) is derived from the
// caller's document too, and is judged with it).
func (f *function) overwritten(k assignKey, at token.Pos) bool {
	for as, rhs := range f.topLevelAssigns(k) {
		if !at.IsValid() || as.End() <= at {
			return !f.derivesFrom(rhs, k.obj, 0)
		}
	}
	return false
}

// assignedAtTop reports whether a statement of the body's top level
// assigns k before at: whatever path runs, the value there is the
// function's, not the caller's (an assignment under an if is not).
func (f *function) assignedAtTop(k assignKey, at token.Pos) bool {
	for as := range f.topLevelAssigns(k) {
		if as.End() <= at {
			return true
		}
	}
	return false
}

// topLevelAssigns yields the assignment statements of the body's top level
// that assign to k, in source order, with the value each gives it.
func (f *function) topLevelAssigns(k assignKey) iter.Seq2[*ast.AssignStmt, ast.Expr] {
	return func(yield func(*ast.AssignStmt, ast.Expr) bool) {
		for _, st := range f.decl.Body.List {
			as, ok := st.(*ast.AssignStmt)
			if !ok {
				continue
			}
			for i, l := range as.Lhs {
				if lk, ok := f.location(l); !ok || lk != k {
					continue
				}
				rhs := as.Rhs[0]
				if len(as.Rhs) == len(as.Lhs) {
					rhs = as.Rhs[i]
				}
				if !yield(as, rhs) {
					return
				}
			}
		}
	}
}

// derivesFrom reports whether e uses v, directly or through local
// variables assigned from it (value, err := s.Encrypt(sec.Value); sec.Value
// = value).
func (f *function) derivesFrom(e ast.Expr, v types.Object, depth int) bool {
	return f.mentions(e, func(obj types.Object) bool {
		if obj == v {
			return true
		}
		if _, isParam := f.params[obj]; isParam || depth >= 3 {
			return false
		}
		return slices.ContainsFunc(f.assigns[assignKey{obj: obj}], func(a assignment) bool { return f.derivesFrom(a.rhs, v, depth+1) })
	})
}

// odmHooks are the methods of the document that an ODM calls before it
// writes, by the ODM's write method: qmgo's BeforeInsert hook, mgm's
// Creating, Updating and Saving hooks.
var odmHooks = map[string][]string{
	"(*github.com/qiniu/qmgo.Collection).InsertOne":  {"BeforeInsert"},
	"(*github.com/qiniu/qmgo.Collection).InsertMany": {"BeforeInsert"},
	"(*github.com/kamva/mgm/v3.Collection).Create":   {"Creating", "Saving"},
	"(*github.com/kamva/mgm/v3.Collection).Update":   {"Updating", "Saving"},
}

// odmPackages are the packages of odmHooks' methods.
var odmPackages = map[string]bool{"github.com/qiniu/qmgo": true, "github.com/kamva/mgm/v3": true}

// hookReplaces returns the top-level fields of a document of type t that
// the hooks the ODM method fn calls on it replace with protected values
// (a BeforeInsert that hashes the password): the caller's values of those
// fields are not what is stored.
func (x *pass) hookReplaces(fn *types.Func, t types.Type) []string {
	if fn == nil || t == nil {
		return nil
	}
	if fn.Pkg() == nil || !odmPackages[fn.Pkg().Path()] {
		return nil // most writes: no FullName built
	}
	hooks := odmHooks[fn.Origin().FullName()]
	if len(hooks) == 0 {
		return nil
	}
	for {
		if sl, ok := types.Unalias(t).Underlying().(*types.Slice); ok {
			t = sl.Elem() // InsertMany: each document's hook
			continue
		}
		break
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if _, ok := types.Unalias(t).(*types.Named); !ok {
		return nil // interface{}: the dynamic type is not known here
	}
	var out []string
	ms := types.NewMethodSet(types.NewPointer(t))
	for _, name := range hooks {
		sel := ms.Lookup(nil, name)
		if sel == nil {
			continue
		}
		if m, ok := sel.Obj().(*types.Func); ok {
			if r := x.resultOf(m); r != nil {
				out = mergeSorted(out, r.Receiver)
			}
		}
	}
	return out
}

// replaced reports whether a leaf is a field that the sink replaces
// before the write, or under a key it replaces; t is the type of the
// argument written, whose fields name the leaf's key path in Go.
func (x *pass) replaced(s ParamSink, l leaf, t types.Type) bool {
	if len(s.Replaced) == 0 && len(s.ReplacedKeys) == 0 {
		return false
	}
	rel := l.path
	if s.Path != "" {
		rel = strings.TrimPrefix(l.path, s.Path+".")
	}
	if top, _, _ := strings.Cut(rel, "."); slices.Contains(s.ReplacedKeys, top) {
		return true
	}
	if l.field == nil {
		return false
	}
	if !strings.Contains(rel, ".") {
		return slices.Contains(s.Replaced, l.field.Name())
	}
	name := x.goPathOfKeys(t, rel)
	return name != "" && slices.Contains(s.Replaced, name) // u.Profile.SSN masked by the wrapper
}

// goPathOfKeys returns the Go field path (Profile.SSN) that the key path
// rel (profile.ssn) selects in the documents of type t, or "".
func (x *pass) goPathOfKeys(t types.Type, rel string) string {
	var out []string
	for k := range strings.SplitSeq(rel, ".") {
		if t == nil {
			return ""
		}
		fv, _ := x.fieldWithKey(derefType(t), k)
		if fv == nil {
			return ""
		}
		out = append(out, fv.Name())
		t = fv.Type()
	}
	return strings.Join(out, ".")
}

// replacedKeys returns the top-level keys of document map parameter i
// that the function sets to a protected value (update["credentials"] =
// encrypted), sorted.
func (f *function) replacedKeys(i int) []string {
	obj := f.paramVar(i)
	if obj == nil || !mongoapi.IsDocumentMap(obj.Type()) {
		return nil
	}
	var out []string
	f.eachKeyAssigned(obj, func(key string, m names.Match, named bool, as []assignment) {
		if !named {
			m.Category = names.PrivateKey // a key that names nothing: only encryption protects what is under it
		}
		if f.protectedAssignments(as, m.Category, 0) || len(as) == 1 && f.protectedDoc(as[0].rhs) {
			out = append(out, key)
		}
	})
	slices.Sort(out)
	return out
}

// eachKeyAssigned calls fn for each constant top-level key of map variable
// obj that the function assigns (data["password"] = h), with what the key
// names and the assignments.
func (f *function) eachKeyAssigned(obj types.Object, fn func(key string, m names.Match, named bool, as []assignment)) {
	for k, as := range f.assigns {
		if k.obj != obj || k.path == nil || k.path.Len() != 1 || !k.path.Last().IsKey() {
			continue
		}
		key := k.path.Last().Key
		m, named := f.x.matcher.Match(key)
		fn(key, m, named, as)
	}
}

// protectedDoc reports whether e is a struct (or a pointer to one, or
// what one points to) that a function returned with every sensitive field
// protected, or a variable whose name says it is protected
// (encryptedCreds, err := r.encryptCredentials(&creds)).
func (f *function) protectedDoc(e ast.Expr) bool {
	if s, ok := ast.Unparen(e).(*ast.StarExpr); ok {
		e = s.X
	}
	if id := identOf(unaddr(e)); id != nil && protectiveName(id) {
		return true // encryptedCreds: its name says what it holds
	}
	call := f.producer(unaddr(e))
	if call == nil {
		return false
	}
	fn := f.callee(call)
	if fn == nil {
		return false
	}
	r := f.x.resultOf(fn)
	if r == nil || len(r.Fields) == 0 {
		return false
	}
	t := derefType(f.x.pass.TypesInfo.TypeOf(call))
	if tup, ok := f.x.pass.TypesInfo.TypeOf(call).(*types.Tuple); ok && tup.Len() > 0 {
		t = derefType(tup.At(0).Type())
	}
	for _, enc := range f.x.orderedFields(t, true) {
		if enc.Parent != nil {
			continue
		}
		if _, ok := f.x.sensitive(enc.Var, enc.Key, enc.Owner); ok && !r.protectsField(enc.Var.Name()) {
			return false
		}
	}
	return true
}

// elems walks a slice of documents, each boxed by value (InsertMany).
func (ev *evaluation) elems(e ast.Expr, kind mongoapi.Kind, prefix string) {
	f := ev.f
	if i, ok := f.param(e); ok {
		if f.variadicParam(i) {
			// Create(ctx, accounts ...*Account): each argument from i on
			// is an element.
			ev.params = append(ev.params, ParamSink{Index: i, Kind: kind, Path: prefix, Variadic: true})
			return
		}
		ev.params = append(ev.params, ParamSink{Index: i, Kind: kind, Path: prefix, Elems: true})
		return
	}
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		if lit, _ := f.literalBefore(id, ev.at); lit != nil && len(lit.Elts) > 0 {
			e = lit // docs := []any{&A{...}, &B{...}}; InsertMany(ctx, docs)
		}
	}
	if lit, ok := unaddr(e).(*ast.CompositeLit); ok {
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			ev.doc(elt, kind, prefix, false)
		}
		return
	}
	if elems, ok := f.appended(e); ok {
		// docs := make([]any, 0, len(vals)); for _, v := range vals {
		// docs = append(docs, v) }: the elements are vals's.
		ev.appendedElems(elems, kind, prefix)
		return
	}
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		if fn := f.callee(call); fn != nil {
			if r := f.x.resultOf(fn); r != nil && r.Elems > 0 && r.Elems-1 < len(call.Args) {
				ev.elems(call.Args[r.Elems-1], kind, prefix) // anes(ts): the elements of ts
				return
			}
		}
	}
	if s, ok := types.Unalias(f.x.pass.TypesInfo.TypeOf(e)).Underlying().(*types.Slice); ok {
		ev.typed(e, s.Elem(), prefix, false)
	}
}

// appendedElems walks the values appended to a slice, each a document; a
// range variable stands for the elements of what it ranges over.
func (ev *evaluation) appendedElems(elems []ast.Expr, kind mongoapi.Kind, prefix string) {
	for _, x := range elems {
		if over, ok := ev.f.rangedOver(x); ok {
			ev.elems(over, kind, prefix)
		} else {
			ev.doc(x, kind, prefix, false)
		}
	}
}

// spread reports whether arg is passed as xs... to a variadic parameter.
func (f *function) spread(arg ast.Expr) bool {
	return f.spreads[arg]
}

// variadicParam reports whether parameter i is the function's final
// ...T parameter.
func (f *function) variadicParam(i int) bool {
	list := f.decl.Type.Params.List
	if len(list) == 0 {
		return false
	}
	if _, ok := list[len(list)-1].Type.(*ast.Ellipsis); !ok {
		return false
	}
	n := 0
	for _, fld := range list {
		n += max(len(fld.Names), 1)
	}
	return i == n-1
}

// decodedInto returns the struct type that the result of the call taking
// arg is decoded into, when the call is the receiver of a Decode
// (coll.FindOne(ctx, filter).Decode(&u)), or nil.
func (f *function) decodedInto(arg ast.Expr) types.Type {
	c, ok := f.cur.FindByPos(arg.Pos(), arg.End())
	if !ok {
		return nil
	}
	for c.Node() != arg && c.Parent().Node() != nil {
		if _, isCall := c.Parent().Node().(*ast.CallExpr); isCall {
			break
		}
		c = c.Parent()
	}
	call, ok := c.Parent().Node().(*ast.CallExpr)
	if !ok {
		return nil
	}
	sel, ok := c.Parent().Parent().Node().(*ast.SelectorExpr)
	if !ok || sel.X != call || sel.Sel.Name != "Decode" {
		return nil
	}
	dec, ok := c.Parent().Parent().Parent().Node().(*ast.CallExpr)
	if !ok || dec.Fun != sel || len(dec.Args) != 1 {
		return nil
	}
	t := derefType(f.x.pass.TypesInfo.TypeOf(dec.Args[0]))
	if _, ok := t.Underlying().(*types.Struct); !ok {
		return nil
	}
	return t
}

// fieldWithKey returns the top-level field of struct type t stored under
// key, and t as its owner.
func (x *pass) fieldWithKey(t types.Type, key string) (*types.Var, types.Type) {
	for _, enc := range x.orderedFields(t, true) {
		if enc.Parent == nil && enc.Key == key {
			return enc.Var, enc.Owner
		}
	}
	return nil, nil
}

// appended returns the elements a local slice variable is built from when
// every assignment to it is empty (make, nil, an empty literal), an append
// to itself or a store into one of its elements: the values appended or
// stored, in source order.
func (f *function) appended(e ast.Expr) ([]ast.Expr, bool) {
	base, elems, ok := f.appendedTo(e)
	return elems, ok && base == nil
}

// appendedTo is appended for a slice variable that may also start as an
// append to another slice (keys := append(user.Keys, k)): it returns that
// other slice as base, and nil when the variable starts empty.
func (f *function) appendedTo(e ast.Expr) (base ast.Expr, elems []ast.Expr, ok bool) {
	info := f.x.pass.TypesInfo
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil, nil, false
	}
	v, ok := info.ObjectOf(id).(*types.Var)
	if !ok || v.IsField() {
		return nil, nil, false
	}
	if _, isParam := f.params[v]; isParam {
		return nil, nil, false
	}
	for i, a := range f.assigns[assignKey{obj: v}] {
		if a.index >= 0 {
			return nil, nil, false
		}
		call, _ := ast.Unparen(a.rhs).(*ast.CallExpr)
		switch {
		case a.elem && isSliceOrArray(v.Type()):
			elems = append(elems, a.rhs) // keys := make([]Key, n); keys[i] = Key{...}
		case emptyValue(info, a.rhs) || info.Types[a.rhs].IsNil():
		case call != nil && isBuiltin(info, call, "make"):
		case call != nil && isAppend(info, call) && len(call.Args) > 0 && !call.Ellipsis.IsValid():
			if !isIdentOf(info, call.Args[0], v) {
				if i > 0 {
					return nil, nil, false // appended to another slice later: the earlier elements are dropped
				}
				base = call.Args[0]
			}
			elems = append(elems, call.Args[1:]...)
		default:
			return nil, nil, false // append(docs, more...): a slice, not elements
		}
	}
	return base, elems, len(elems) > 0
}

// rangedOver returns what x, a range statement's value variable, ranges
// over.
func (f *function) rangedOver(x ast.Expr) (ast.Expr, bool) {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return nil, false
	}
	over, ok := f.ranges[f.x.pass.TypesInfo.ObjectOf(id)]
	return over, ok
}

// boxedSelf reports whether e is (a variable holding) the result of a
// method, without arguments, of an interface that a parameter is boxed
// into, returning an empty interface: interface{}(payload).(BaseModel).
// ParseModel() in a generic repository, the model's own hook returning
// the model to write. The parameter is the document written.
func (f *function) boxedSelf(e ast.Expr) (int, bool) {
	info := f.x.pass.TypesInfo
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		rhs, ok := f.onlyValue(info.ObjectOf(id), true)
		if !ok {
			return 0, false
		}
		e = rhs
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) > 0 {
		return 0, false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return 0, false
	}
	if s := info.Selections[sel]; s == nil || s.Kind() != types.MethodVal || !types.IsInterface(s.Recv()) {
		return 0, false
	}
	if t, ok := types.Unalias(info.TypeOf(call)).Underlying().(*types.Interface); !ok || t.NumMethods() > 0 {
		return 0, false
	}
	u := f.unboxed(sel.X)
	if u == nil {
		return 0, false
	}
	return f.param(u)
}

// isBuiltin reports whether call calls the named builtin.
func isBuiltin(info *types.Info, call *ast.CallExpr, name string) bool {
	b, ok := typeutil.Callee(info, call).(*types.Builtin)
	return ok && b.Name() == name
}

// isIdentOf reports whether e is the variable v.
func isIdentOf(info *types.Info, e ast.Expr, v types.Object) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && info.ObjectOf(id) == v
}

// doc walks a document expression: literals key by key, variables through
// their literal definition, anything else by its type.
func (ev *evaluation) doc(e ast.Expr, kind mongoapi.Kind, prefix string, addressable bool) {
	f := ev.f
	info := f.x.pass.TypesInfo
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		ev.doc(u.X, kind, prefix, true)
		return
	}
	if u, ok := e.(*ast.StarExpr); ok {
		if _, isIdent := ast.Unparen(u.X).(*ast.Ident); isIdent {
			ev.doc(u.X, kind, prefix, addressable) // *key, key := &Key{...}: what key points to
			return
		}
	}
	if u := f.unboxed(e); u != nil {
		ev.doc(u, kind, prefix, addressable) // m := any(&model).(Model): model
		return
	}
	if i, ok := f.boxedSelf(e); ok {
		// any(payload).(Model).ParseModel(): the parameter in the form its
		// own method gives it.
		ev.params = append(ev.params, ParamSink{Index: i, Kind: kind, Path: prefix, Addressable: true, Replaced: f.replacedFields(i, ev.at)})
		return
	}
	if i, ok := f.param(e); ok {
		ev.params = append(ev.params, ParamSink{Index: i, Kind: kind, Path: prefix, Addressable: addressable || isPointer(info.TypeOf(e)), Replaced: f.replacedFields(i, ev.at), ReplacedKeys: f.replacedKeys(i), Named: ev.namedLeft(e, kind)})
		ev.paramAssignments(i, kind, prefix)
		return
	}
	if i, sub, key, ok := f.paramField(e); ok {
		// cfg.Storage: a field of the parameter is the document.
		ev.params = append(ev.params, ParamSink{Index: i, Kind: kind, Path: prefix, Addressable: addressable || isPointer(info.TypeOf(e)), Sub: sub, SubKey: key, Replaced: f.replacedUnder(i, sub, ev.at)})
		ev.subAssignments(e, kind, prefix)
		return
	}
	if u := unconvert(info, e); u != e {
		if i, ok := f.param(u); ok {
			// teamToken(t): the parameter converted to a type of the same
			// fields (the tags of the caller's type are used for its keys).
			ev.params = append(ev.params, ParamSink{Index: i, Kind: kind, Path: prefix, Addressable: addressable})
			return
		}
	}
	if src := f.cloneOf(e); src != nil {
		ev.doc(src, kind, prefix, addressable) // proto.Clone(p).(*pb.Provider): what p holds
		return
	}
	switch n := e.(type) {
	case *ast.CompositeLit:
		ev.literal(n, kind, prefix, addressable)
		return
	case *ast.Ident:
		if lit, v := f.literalBefore(n, ev.at); lit != nil && !f.external[v] { // cl := &Cluster{}; json.Unmarshal(body, cl): by type
			ev.owner = v
			ev.literal(lit, kind, prefix, addressable || isPointer(info.TypeOf(n)))
			ev.owner = nil
			ev.laterFieldAssignments(v, lit, prefix)
			ev.methodFills(v, lit, prefix)
			ev.laterIndexAssignments(v, kind, prefix)
			ev.laterSets(v, kind, prefix)
			return
		}
		if v, ok := info.ObjectOf(n).(*types.Var); ok && f.external[v] && mongoapi.IsDocumentMap(v.Type()) && !f.isRecoded(n) {
			ev.inputMap(v, n, kind, prefix) // var updates map[string]any; c.ShouldBindJSON(&updates)
			return
		}
		if base, elems, ok := f.appendedTo(n); ok && isSliceOrArray(info.TypeOf(n)) {
			// keys := append(user.Keys, Key{Secret: s}): the array holds
			// what the base slice held and each element appended.
			if base != nil {
				ev.doc(base, kind, prefix, false)
			}
			if mongoapi.IsOrderedDocument(info.TypeOf(n)) {
				ev.appendedEntries(elems, kind, prefix) // var update bson.D; update = append(update, bson.E{...})
				return
			}
			ev.appendedElems(elems, kind, prefix)
			return
		}
		if call := f.builtBy(n); call != nil {
			e = call // updated := SelectFields(group, fields)
		} else if v := f.madeMap(n); v != nil {
			ev.laterIndexAssignments(v, kind, prefix) // update := make(map[string]any); update["password"] = p
			ev.laterSets(v, kind, prefix)
			return
		}
	}
	if call, ok := e.(*ast.CallExpr); ok && isAppend(info, call) && len(call.Args) > 0 && !call.Ellipsis.IsValid() && isSliceOrArray(info.TypeOf(call)) {
		// u.Providers = append(u.Providers, Provider{...}): what the
		// slice held, and each element appended.
		if base := ast.Unparen(call.Args[0]); !emptyValue(info, base) && !info.Types[base].IsNil() {
			ev.doc(base, kind, prefix, false)
		}
		ev.appendedElems(call.Args[1:], kind, prefix)
		return
	}
	if call, ok := e.(*ast.CallExpr); ok {
		if fn := f.callee(call); fn != nil {
			r := f.x.resultOf(fn)
			if r != nil && r.Passes > 0 && r.Passes <= len(call.Args) && !call.Ellipsis.IsValid() {
				n, p := len(ev.leaves), len(ev.params)
				ev.doc(call.Args[r.Passes-1], kind, prefix, addressable) // MapToBson(data): data
				ev.drop(n, p, r.Drops)
				return
			}
			if r != nil && r.PassesReceiver {
				if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && info.Selections[sel] != nil && info.Selections[sel].Kind() == types.MethodVal {
					n, p := len(ev.leaves), len(ev.params)
					ev.doc(sel.X, kind, prefix, addressable || isPointer(info.TypeOf(call))) // user.GetValue(): user
					ev.drop(n, p, r.Drops)
					return
				}
			}
			if ws := r.wrapsOnly(); len(ws) > 0 && !call.Ellipsis.IsValid() && ev.wrapped(call, fn, ws, prefix) {
				return // New(req) returning &Domain{Spec: req}: req is the document there
			}
			if r := f.x.reflectiveOf(fn); r != nil {
				ev.reflectDoc(call, r, prefix)
				return
			}
			if d := f.x.docOf(fn); d != nil {
				ev.callDoc(call, d, kind, prefix)
				return
			}
		}
	}
	if src, viaJSON := f.recodedVia(e); src != nil {
		leaves, params := len(ev.leaves), len(ev.params)
		ev.doc(src, kind, prefix, false)
		if viaJSON {
			ev.keepJSONKeys(info.TypeOf(src), prefix, leaves, params)
		}
		return
	}
	ev.typed(e, info.TypeOf(e), prefix, addressable)
}

// wrapped walks the arguments that a constructor puts as they are into
// struct fields of the struct it returns (resultFact.Wraps), each under
// its field's key, or in place when the field is inlined. It reports false
// when the result is not a struct holding those fields.
func (ev *evaluation) wrapped(call *ast.CallExpr, fn *types.Func, ws []FieldParam, prefix string) bool {
	res := fn.Signature().Results()
	if res.Len() == 0 {
		return false
	}
	t := res.At(0).Type()
	st, ok := derefType(t).Underlying().(*types.Struct)
	if !ok {
		return false
	}
	addressable := isPointer(t)
	fields := ev.f.x.encodedFields(t, addressable)
	byName := map[string]*types.Var{}
	for i := range st.NumFields() {
		byName[st.Field(i).Name()] = st.Field(i)
	}
	for _, w := range ws {
		if fv := byName[w.Field]; fv == nil || w.Index >= len(call.Args) {
			return false
		}
	}
	// As the literal in the constructor would be walked here: a field
	// under its key is a value of the caller's (which its helpers may
	// have sealed), an inlined one the document's own fields.
	for _, w := range ws {
		fv, arg := byName[w.Field], call.Args[w.Index]
		if enc, ok := fields[fv]; ok {
			ev.value(arg, join(prefix, enc.Path), enc.Key, fv, enc.Owner, nil, enc.Addressable)
		} else if bsonenc.Inlined(st, fv) {
			ev.doc(arg, mongoapi.Document, prefix, addressable)
		}
	}
	return true
}

// drop removes from the leaves and parameters found since n and p the
// top-level fields that a copying function replaced with values of its
// own (resultFact.Drops): the caller's values there are not written.
func (ev *evaluation) drop(n, p int, drops []string) {
	if len(drops) == 0 {
		return
	}
	kept := ev.leaves[:n]
	for _, l := range ev.leaves[n:] {
		if l.field != nil && topField(l.fieldPath) && slices.Contains(drops, l.field.Name()) {
			continue
		}
		kept = append(kept, l)
	}
	ev.leaves = kept
	params := ev.params[:p]
	for _, q := range ev.params[p:] {
		if q.Leaf && q.Field != "" && slices.Contains(drops, q.Field) {
			continue
		}
		if !q.Leaf && q.Sub == "" {
			q.Replaced = mergeSorted(q.Replaced, drops)
		}
		params = append(params, q)
	}
	ev.params = params
}

// unboxed returns the value that e holds through an interface, when e is
// a type assertion of a value converted to an interface (any(&model).(Model),
// the boxing of generic repositories), or a variable assigned once from
// one, and that value is a parameter or a variable of a concrete type; else
// nil.
func (f *function) unboxed(e ast.Expr) ast.Expr {
	info := f.x.pass.TypesInfo
	boxed := false
	for range 4 {
		switch n := ast.Unparen(e).(type) {
		case *ast.TypeAssertExpr:
			e, boxed = n.X, true
			continue
		case *ast.CallExpr:
			if len(n.Args) == 1 && info.Types[n.Fun].IsType() && types.IsInterface(info.TypeOf(n.Fun)) {
				e, boxed = n.Args[0], true // any(x)
				continue
			}
		case *ast.Ident:
			if _, isParam := f.param(n); !isParam && !boxed {
				if rhs, ok := f.onlyValue(info.ObjectOf(n), true); ok {
					if _, ok := ast.Unparen(rhs).(*ast.TypeAssertExpr); ok {
						e = rhs
						continue
					}
				}
			}
		}
		break
	}
	if !boxed {
		return nil
	}
	if _, ok := f.param(e); ok {
		return e
	}
	if t := info.TypeOf(e); t != nil && !types.IsInterface(t) {
		return e
	}
	return nil
}

// recodedVia returns the value whose BSON encoding e is: e (or
// bson.Raw(e)) is bson.Marshal(v), a call of a function that re-encodes
// its argument (ToDoc(v)), a document that bson.Unmarshal filled from such
// bytes, or a variable assigned once from one of those. The document
// written is v's. A JSON round trip (json.Unmarshal into a map of
// json.Marshal(v)'s bytes) counts too, and it reports whether the way went
// through JSON: the map holds v's fields under their JSON keys, and the
// caller keeps those that are also their BSON keys (keepJSONKeys); in a
// function whose parameter v is, its callers check their arguments'.
func (f *function) recodedVia(e ast.Expr) (ast.Expr, bool) {
	info := f.x.pass.TypesInfo
	viaJSON := false
	for range 4 {
		e = unaddr(ast.Unparen(e))
		if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 && info.Types[call.Fun].IsType() {
			e = unaddr(ast.Unparen(call.Args[0])) // bson.Raw(b)
		}
		switch n := e.(type) {
		case *ast.CallExpr:
			fn := f.callee(n)
			if fn == nil {
				return nil, false
			}
			if mongoapi.IsMarshal(fn) && len(n.Args) == 1 && !viaJSON {
				return n.Args[0], false
			}
			if viaJSON && fn.FullName() == "encoding/json.Marshal" && len(n.Args) == 1 {
				return n.Args[0], true
			}
			if r := f.x.resultOf(fn); r != nil && r.Recodes > 0 && r.Recodes-1 < len(n.Args) {
				return n.Args[r.Recodes-1], viaJSON || r.RecodesJSON
			}
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && f.recodesReceiver(fn) {
				return sel.X, viaJSON // u.ToBson(), obj.ToBson() of an entity interface
			}
			return nil, false
		case *ast.Ident:
			v := info.ObjectOf(n)
			if v == nil {
				return nil, false
			}
			if data, json := f.unmarshalledFrom(v); data != nil {
				e = data // bson.Unmarshal(data, &doc), json.Unmarshal(data, &m)
				viaJSON = viaJSON || json
				continue
			}
			rhs, ok := f.onlyValue(v, true)
			if !ok {
				return nil, false
			}
			e = rhs
		default:
			return nil, false
		}
	}
	return nil, false
}

// keepJSONKeys keeps, of the leaves and parameter sinks the walk of a
// JSON round trip of a value of type t added (from leaves and params on),
// those whose key paths JSON spells as BSON does: the document holds the
// value's fields under their JSON keys, and a field whose JSON key differs
// is stored under that key instead, which the BSON walk does not name.
func (ev *evaluation) keepJSONKeys(t types.Type, prefix string, leaves, params int) {
	same := map[string]bool{"": true}
	ev.f.x.enc.Walk(t, false, func(fld *bsonenc.Field) bool {
		if p, ok := bsonenc.JSONPath(fld); ok && p == fld.Path {
			same[fld.Path] = true
			return true
		}
		return false // a different key: nothing under it is where BSON says
	})
	rel := func(path string) string {
		if prefix == "" {
			return path
		}
		return strings.TrimPrefix(strings.TrimPrefix(path, prefix), ".")
	}
	kept := ev.leaves[:leaves]
	for _, l := range ev.leaves[leaves:] {
		if same[rel(l.path)] {
			kept = append(kept, l)
		}
	}
	ev.leaves = kept
	ps := ev.params[:params]
	for _, p := range ev.params[params:] {
		if p.Path != prefix && same[rel(p.Path)] || p.Path == prefix && bsonenc.JSONAgrees(t) {
			ps = append(ps, p) // a whole parameter only when every key agrees: its callers walk it by BSON's
		}
	}
	ev.params = ps
}

// recodesReceiver reports whether method fn returns its receiver's BSON
// encoding: a concrete method with that fact, or an interface method
// whose implementations, in its own package and in this one, all have it
// (entity.IEntity's ToBson, each entity's return helpers.ToDoc(u)).
func (f *function) recodesReceiver(fn *types.Func) bool {
	if r := f.x.resultOf(fn); r != nil {
		return r.RecodesReceiver
	}
	if interfaceOf(fn) == nil || fn.Signature().Params().Len() > 0 {
		return false
	}
	impls := f.x.implementationsWith(fn)
	return len(impls) > 0 && !slices.ContainsFunc(impls, func(m *types.Func) bool {
		r := f.x.resultOf(m)
		return r == nil || !r.RecodesReceiver
	})
}

// unmarshalledFrom returns the bytes that the function's only
// bson.Unmarshal into v decodes, when nothing else assigns v a value, or
// those of its only json.Unmarshal into v when v is a map (a JSON round
// trip), and whether it was JSON.
func (f *function) unmarshalledFrom(v types.Object) (ast.Expr, bool) {
	var (
		data ast.Expr
		json bool
	)
	n := 0
	_, isMap := v.Type().Underlying().(*types.Map)
	for call := range f.calls() {
		if len(call.Args) != 2 {
			continue
		}
		fn := f.callee(call)
		isJSON := isMap && fn != nil && fn.FullName() == "encoding/json.Unmarshal"
		if !mongoapi.IsUnmarshal(fn) && !isJSON {
			continue
		}
		if id, ok := unaddr(ast.Unparen(call.Args[1])).(*ast.Ident); ok && f.x.pass.TypesInfo.ObjectOf(id) == v {
			data, json = call.Args[0], isJSON
			n++
		}
	}
	if n != 1 {
		return nil, false
	}
	for _, a := range f.assigns[assignKey{obj: v}] {
		rhs := ast.Unparen(a.rhs)
		if call, ok := rhs.(*ast.CallExpr); ok && isBuiltin(f.x.pass.TypesInfo, call, "make") {
			continue // out := make(map[string]any)
		}
		if !emptyValue(f.x.pass.TypesInfo, a.rhs) && !f.x.pass.TypesInfo.Types[a.rhs].IsNil() {
			return nil, false
		}
	}
	return data, json
}

// callDoc expands a call to a function returning a document literal
// (u.ToBSON()) into its sensitive keys, judged in the caller's terms: an
// argument as any value, a receiver field through the caller's
// assignments and method calls, the function's own values as judged there.
func (ev *evaluation) callDoc(call *ast.CallExpr, d *docFact, kind mongoapi.Kind, prefix string) {
	for _, e := range d.Entries {
		path := join(prefix, e.Path)
		m := names.Match{Entry: e.Entry, Category: e.Category}
		switch {
		case e.Doc:
			if e.Param < len(call.Args) && !call.Ellipsis.IsValid() {
				ev.doc(call.Args[e.Param], kind, path, false) // SetDoc(set) returning bson.M{"$set": set}: set
			}
		case e.Param >= 0 && e.Field != "":
			if e.Param < len(call.Args) {
				ev.receiverField(call.Args[e.Param], e.Field, path, e.Key, m, false)
			}
		case e.Param >= 0:
			if e.Param < len(call.Args) {
				ev.value(call.Args[e.Param], path, e.Key, nil, nil, nil, false)
			}
		case e.Param == -1:
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				ev.receiverField(sel.X, e.Field, path, e.Key, m, false)
			}
		case !e.Protected:
			// The helper puts its own unprotected value there (a token it
			// makes, a field of a request): the document holds it.
			ev.leaves = append(ev.leaves, leaf{path: path, key: e.Key, match: m, filled: true})
		}
	}
}

// receiverField records the value of field name of recv, stored under
// the sensitive key path: recv is the receiver of a document helper
// (u.ToBSON()), or the argument of a wrapper that calls one on its
// parameter. A parameter of this function makes it a wrapper for that
// field; a composite literal gives the value set in it (none when the
// field is left out); anything else is judged by the assignments and
// method calls on it in this function. byCaller says the key says nothing
// by itself (ParamSink.Generic): only a literal's value can say it holds a
// secret, and a parameter passes the question on.
func (ev *evaluation) receiverField(recv ast.Expr, name, path, key string, m names.Match, byCaller bool) {
	f := ev.f
	info := f.x.pass.TypesInfo
	if i, ok := f.param(recv); ok {
		if f.fieldChanged(recv, name) {
			return // the function replaces the caller's value: not followed
		}
		s := ParamSink{Index: i, Kind: mongoapi.Document, Path: path, Leaf: true, Key: key, Field: name, Entry: m.Entry, Category: m.Category, Generic: byCaller}
		if byCaller || i < 0 || f.x.calledHere(f.obj) {
			ev.params = append(ev.params, s)
			return
		}
		// Nothing here calls the function (an exported method a handler
		// framework calls): its parameter's field holds what the client
		// sent, an entry point's value, as paramLeaf judges a field read
		// here. Under the command, the whole-program step decides whether
		// another package calls it.
		deferred := f.x.program && f.importable()
		if deferred {
			ev.params = append(ev.params, s)
		}
		ev.leaves = append(ev.leaves, leaf{
			path: path, key: key, match: m, field: fieldByPath(info.TypeOf(recv), name),
			root: recv, fieldPath: f.x.namedPath(info.TypeOf(recv), name), owner: f.rootVar(recv),
			entry: deferred, filled: true,
		})
		return
	}
	field := fieldByPath(info.TypeOf(recv), name)
	// A dotted name (StoragePolicy.S3.SecretKey, a part converted by the
	// callee) is followed into the literal that sets its first field.
	first, rest, dotted := strings.Cut(name, ".")
	if lit, ok := unaddr(recv).(*ast.CompositeLit); ok {
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == first {
					if dotted {
						ev.receiverField(kv.Value, rest, path, key, m, byCaller)
					} else {
						ev.value(kv.Value, path, key, field, f.x.fieldOwner(info.TypeOf(lit), field), nil, false)
					}
				}
			}
		}
		return // a field left out of the literal is stored empty
	}
	if id, ok := ast.Unparen(unaddr(recv)).(*ast.Ident); ok {
		if lit, _ := f.literalDefinition(id); lit != nil {
			for _, elt := range lit.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					if kid, ok := kv.Key.(*ast.Ident); ok && kid.Name == first && !f.fieldChanged(recv, name) {
						if dotted {
							ev.receiverField(kv.Value, rest, path, key, m, byCaller)
						} else {
							ev.value(kv.Value, path, key, field, f.x.fieldOwner(info.TypeOf(lit), field), nil, false) // k := &Key{Secret: v}; k.ToBSON()
						}
						return
					}
				}
			}
		}
	}
	if call, ok := ast.Unparen(unaddr(recv)).(*ast.CallExpr); ok && dotted && !call.Ellipsis.IsValid() {
		// connect.NewRequest(&pb.Req{...}).Msg.ApiKey: a constructor that
		// wraps its parameter in the field holds the caller's argument.
		if fn, _ := typeutil.Callee(info, call).(*types.Func); fn != nil {
			if isConnectEnvelope(fn) && first == "Msg" {
				ev.receiverField(call.Args[0], rest, path, key, m, byCaller)
				return
			}
			for _, w := range f.x.resultOf(fn.Origin()).wrapsOnly() {
				if w.Field == first && w.Index < len(call.Args) {
					ev.receiverField(call.Args[w.Index], rest, path, key, m, byCaller)
					return
				}
			}
		}
	}
	if byCaller {
		return // no literal here says what the field holds
	}
	ev.leaves = append(ev.leaves, leaf{
		path: path, key: key, match: m, field: field,
		root: recv, fieldPath: f.x.namedPath(info.TypeOf(recv), name), owner: f.rootVar(recv),
	})
}

// fieldChanged reports whether the function assigns field name of recv,
// or calls a method on it that replaces the field (u.HashPassword()).
func (f *function) fieldChanged(recv ast.Expr, name string) bool {
	if k, ok := f.location(recv); ok {
		k.path = f.x.paths.Concat(k.path, f.x.namedPath(f.x.pass.TypesInfo.TypeOf(recv), name))
		if len(f.assigns[k]) > 0 {
			return true
		}
	}
	v := f.rootVar(recv)
	return v != nil && f.mutated(v, name)
}

// docFact returns the sensitive keys of the document literals the
// function returns, with where their values come from, or nil.
func (f *function) docFact() *docFact {
	var entries []DocEntry
	for _, n := range f.returns {
		if len(n.Results) == 0 || !returnsDocLiteral(f, n.Results[0]) {
			continue
		}
		ev := &evaluation{f: f}
		ev.doc(n.Results[0], mongoapi.Document, "", false)
		for _, p := range ev.params {
			if p.Leaf && !p.Generic {
				// A field of the parameter (set["password"] = *mu.Password)
				// keeps its name: the caller judges that field.
				entries = append(entries, DocEntry{Path: p.Path, Key: p.Key, Param: p.Index, Field: p.Field, Entry: p.Entry, Category: p.Category})
			}
		}
		// A parameter that is a whole document of the result (the value
		// of its $set, or of a key): the caller's argument is stored
		// there. Read again as an update, so that $unset's values are
		// not; only when the first reading found such a parameter.
		if slices.ContainsFunc(ev.params, wholeDocParam) {
			up := &evaluation{f: f}
			up.doc(n.Results[0], mongoapi.Update, "", false)
			for _, p := range up.params {
				if wholeDocParam(p) {
					entries = append(entries, DocEntry{Path: p.Path, Param: p.Index, Doc: true})
				}
			}
		}
		for _, l := range ev.leaves {
			e := DocEntry{Path: l.path, Key: l.key, Entry: l.match.Entry, Category: l.match.Category, Param: -2}
			if sel, ok := ast.Unparen(l.value).(*ast.SelectorExpr); ok && l.value != nil {
				if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && isReceiver(f, id) {
					e.Param, e.Field = -1, sel.Sel.Name
				}
			}
			if e.Param == -2 {
				e.Protected = f.protected(l)
			}
			entries = append(entries, e)
		}
	}
	if len(entries) == 0 {
		return nil
	}
	return &docFact{Entries: entries}
}

// wholeDocParam reports whether p is a parameter stored as a whole
// document, not one of its fields, keys or elements.
func wholeDocParam(p ParamSink) bool {
	return !p.Leaf && p.Field == "" && p.Sub == "" && p.MapKey == "" && !p.Elems && !p.Variadic && p.Kind != mongoapi.Filter
}

// madeMap returns the variable id denotes when its only assignment is
// make of a document map: its keys are the constant ones the function
// assigns (m["password"] = p).
func (f *function) madeMap(id *ast.Ident) types.Object {
	v := f.x.pass.TypesInfo.ObjectOf(id)
	rhs, ok := f.onlyValue(v, false)
	if !ok {
		return nil
	}
	call, ok := ast.Unparen(rhs).(*ast.CallExpr)
	if !ok || !isBuiltin(f.x.pass.TypesInfo, call, "make") || !mongoapi.IsDocumentMap(f.x.pass.TypesInfo.TypeOf(call)) {
		return nil
	}
	return v
}

// returnsDocLiteral reports whether e is a document literal, or a local
// variable defined by one or made empty and filled by key.
func returnsDocLiteral(f *function, e ast.Expr) bool {
	e = ast.Unparen(e)
	if id, ok := f.passedArg(e); ok {
		e = id // return merge(update, "$inc", inc): update, handed back
	}
	if id, ok := e.(*ast.Ident); ok {
		if f.madeMap(id) != nil {
			return true
		}
		lit, _ := f.literalDefinition(id)
		if lit == nil {
			return false
		}
		e = lit
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return false
	}
	t := f.x.pass.TypesInfo.TypeOf(lit)
	return mongoapi.IsDocumentMap(t) || mongoapi.IsOrderedDocument(t)
}

// isReceiver reports whether id denotes the method's receiver.
func isReceiver(f *function, id *ast.Ident) bool {
	if f.decl.Recv == nil {
		return false
	}
	obj := f.x.pass.TypesInfo.ObjectOf(id)
	for _, fld := range f.decl.Recv.List {
		for _, n := range fld.Names {
			if f.x.pass.TypesInfo.Defs[n] == obj {
				return true
			}
		}
	}
	return false
}

// rootVar returns the variable e denotes (v, &v, *v), or nil.
func (f *function) rootVar(e ast.Expr) types.Object {
	for {
		switch n := ast.Unparen(e).(type) {
		case *ast.UnaryExpr:
			if n.Op != token.AND {
				return nil
			}
			e = n.X
		case *ast.StarExpr:
			e = n.X
		case *ast.Ident:
			if v, ok := f.x.pass.TypesInfo.ObjectOf(n).(*types.Var); ok {
				return v
			}
			return nil
		default:
			return nil
		}
	}
}

// fieldRoot returns the variable expression whose fields e selects
// (req.Spec.Ldap, &in.Body: req, in), or e.
func fieldRoot(info *types.Info, e ast.Expr) ast.Expr {
	x := unaddr(ast.Unparen(e))
	for {
		sel, ok := x.(*ast.SelectorExpr)
		if !ok {
			break
		}
		if s := info.Selections[sel]; s == nil || s.Kind() != types.FieldVal {
			return e
		}
		x = ast.Unparen(sel.X)
	}
	if _, ok := x.(*ast.Ident); ok {
		return x
	}
	return e
}

// onlyValue returns the expression assigned to v when the function
// assigns it exactly once: the value itself, or, with first, also the
// first result of a multi-value call (doc, err := build()), which is then
// the call.
func (f *function) onlyValue(v types.Object, first bool) (ast.Expr, bool) {
	as := f.assigns[assignKey{obj: v}]
	if len(as) > 1 {
		// update = merge(update, op, fields): a function that hands its
		// parameter back as it is gives v no new value.
		as = slices.DeleteFunc(slices.Clone(as), func(a assignment) bool { return a.index < 0 && f.passesBack(a.rhs, v) })
	}
	if len(as) != 1 || as[0].index > 0 || as[0].index == 0 && !first || as[0].elem {
		return nil, false
	}
	return as[0].rhs, true
}

// passesBack reports whether e calls a function that returns its
// parameter as it is, with no field of its own (resultFact.Passes
// without Drops), given the variable v there: v = merge(v, k, x).
func (f *function) passesBack(e ast.Expr, v types.Object) bool {
	if f.inPassesBack {
		// Resolving the callee may read a function variable's only value
		// (state = state(l)): that reading sees every assignment.
		return false
	}
	f.inPassesBack = true
	defer func() { f.inPassesBack = false }()
	i, ok := f.passedArg(e)
	return ok && f.x.pass.TypesInfo.Uses[i] == v
}

// passedArg returns the argument that the call e hands back as its
// result, when it is a variable: the callee returns that parameter as it
// is, with no field of its own.
func (f *function) passedArg(e ast.Expr) (*ast.Ident, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil, false
	}
	fn := f.callee(call)
	if fn == nil {
		return nil, false
	}
	r := f.x.resultOf(fn)
	if r == nil || r.Passes == 0 || len(r.Drops) > 0 || r.Passes > len(call.Args) {
		return nil, false
	}
	id, ok := ast.Unparen(call.Args[r.Passes-1]).(*ast.Ident)
	return id, ok
}

// literalDefinition returns the composite literal (or &literal) that a
// local variable is defined with, when it is its only assignment.
func (f *function) literalDefinition(id *ast.Ident) (*ast.CompositeLit, types.Object) {
	obj := f.x.pass.TypesInfo.ObjectOf(id)
	rhs, ok := f.onlyValue(obj, false)
	if !ok {
		return nil, nil
	}
	lit, _ := unaddr(rhs).(*ast.CompositeLit)
	return lit, obj
}

// literalBefore is literalDefinition for a variable assigned several
// times: the composite literal that is its last definition before pos
// (rkey = cached(); if rkey != nil { return }; rkey = &Rokey{...}).
func (f *function) literalBefore(id *ast.Ident, pos token.Pos) (*ast.CompositeLit, types.Object) {
	if lit, v := f.literalDefinition(id); lit != nil || !pos.IsValid() {
		return lit, v
	}
	obj := f.x.pass.TypesInfo.ObjectOf(id)
	as := f.assigns[assignKey{obj: obj}]
	if len(as) < 2 {
		return nil, nil
	}
	lit, _ := unaddr(f.lastDefinition(obj, as, pos)).(*ast.CompositeLit)
	if lit == nil {
		return nil, nil
	}
	return lit, obj
}

// builtBy returns the call that assigned id its only value, when the
// callee builds documents (a reflective builder or a document helper).
func (f *function) builtBy(id *ast.Ident) *ast.CallExpr {
	rhs, ok := f.onlyValue(f.x.pass.TypesInfo.ObjectOf(id), true) // doc, err := build()
	if !ok {
		return nil
	}
	call, ok := ast.Unparen(rhs).(*ast.CallExpr)
	if !ok {
		return nil
	}
	fn := f.callee(call)
	if fn == nil {
		return nil
	}
	if f.x.reflectiveOf(fn) != nil || f.x.docOf(fn) != nil {
		return call
	}
	if r := f.x.resultOf(fn); r != nil && (r.Passes > 0 || r.PassesReceiver || len(r.wrapsOnly()) > 0) && f.untouched(f.x.pass.TypesInfo.ObjectOf(id)) {
		return call // member, errs := prepare(m): what m holds; d, err := New(req): req inside
	}
	return nil
}

// untouched reports whether nothing in the function assigns a field or
// element of v, or calls on it a method (or a function given it first)
// that replaces or fills its fields: v holds what it was defined with.
func (f *function) untouched(v types.Object) bool {
	for k := range f.assigns {
		if k.obj == v && k.path != nil {
			return false
		}
	}
	for _, c := range f.methodCalls[v] {
		if r := f.x.resultOf(c.fn); r != nil && len(r.Receiver)+len(r.Fills)+len(r.Defaults)+len(r.ReceiverKeys)+len(r.FillsKeys) > 0 {
			return false
		}
	}
	return true
}

// unaddr returns e without parentheses and a leading &: the composite
// literal or variable that &T{...} or &v takes the address of.
func unaddr(e ast.Expr) ast.Expr {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		return ast.Unparen(u.X)
	}
	return e
}

// literal walks a composite literal document.
func (ev *evaluation) literal(lit *ast.CompositeLit, kind mongoapi.Kind, prefix string, addressable bool) {
	info := ev.f.x.pass.TypesInfo
	t := types.Unalias(info.TypeOf(lit))
	if p, ok := t.(*types.Pointer); ok {
		t, addressable = types.Unalias(p.Elem()), true // an elided &T{...} in []*T{{...}}
	}
	switch {
	case t == nil:
		return
	case mongoapi.IsDocumentMap(t):
		defer func(row *rowName) { ev.row = row }(ev.row)
		ev.row = ev.f.x.mapRow(lit)
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				ev.entry(kv.Key, kv.Value, kind, prefix)
			}
		}
	case mongoapi.IsOrderedDocument(t):
		for _, elt := range lit.Elts {
			if e, ok := ast.Unparen(elt).(*ast.CompositeLit); ok {
				if k, v := elemKV(info, e); k != nil && v != nil {
					ev.entry(k, v, kind, prefix)
				}
			}
		}
	case isSliceOrArray(t):
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			ev.doc(elt, kind, prefix, true)
		}
	default:
		ev.structLiteral(lit, t, prefix, addressable)
	}
}

// elemKV returns the key and value of a bson.E{Key, Value} literal, keyed
// or positional.
func elemKV(info *types.Info, lit *ast.CompositeLit) (key, value ast.Expr) {
	if !mongoapi.IsElem(info.TypeOf(lit)) || len(lit.Elts) != 2 {
		return nil, nil
	}
	keyField := mongoapi.ElemKeyField(info.TypeOf(lit))
	for i, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == keyField {
				key = kv.Value
			} else {
				value = kv.Value
			}
			continue
		}
		if i == 0 {
			key = elt
		} else {
			value = elt
		}
	}
	return key, value
}

// entry handles one key/value of a document literal.
func (ev *evaluation) entry(k, v ast.Expr, kind mongoapi.Kind, prefix string) {
	t := conststr.Eval(ev.f.x.pass.TypesInfo, k)
	if id, isIdent := ast.Unparen(k).(*ast.Ident); isIdent && !t.Constant() {
		// fieldPath := fmt.Sprintf("company.%d.socials", i): its value.
		if rhs, ok := ev.f.onlyValue(ev.f.x.pass.TypesInfo.ObjectOf(id), true); ok {
			t = conststr.Eval(ev.f.x.pass.TypesInfo, rhs)
		}
	}
	key, ok := t.Join(0), t.Constant()
	if !ok {
		// fmt.Sprintf("company.%d.socials", i): a path whose run-time
		// parts are whole segments (array positions) is known by its
		// constant ones; any other key is known only at run time.
		if key, ok = positionalPath(key); !ok {
			return
		}
	}
	if kind == mongoapi.Command {
		// Only the parts of a write command that are stored: insert's
		// documents, update's updates[].u, findAndModify's update.
		if k, ok := commandParts[key]; ok {
			ev.doc(v, k, prefix, false)
		}
		return
	}
	if strings.HasPrefix(key, "$") {
		if kind == mongoapi.Update && unstoredOperators[key] {
			return // {"$unset": {"token": ""}}: the values are not stored
		}
		if ev.filter && prefix != "" && matchOperators[key] {
			// {"token": {"$in": tokens}}: the values are matched against
			// the field the operator is under.
			ev.value(v, prefix, prefix[strings.LastIndexByte(prefix, '.')+1:], nil, nil, nil, false)
			return
		}
		// An operator ($set, $push, $or): its value maps field paths to
		// values, or is a list of such documents.
		ev.doc(v, kind, prefix, false)
		return
	}
	ev.value(v, join(prefix, key), key, nil, nil, k, false)
}

// positionalPath reads a dotted key whose holes (byte 0) are whole
// segments, as fmt.Sprintf("company.%d.socials.%d.access_token", i, j)
// makes them, with each hole written as MongoDB's positional "$"; it
// reports false when a hole is part of a segment or the key is only holes.
func positionalPath(key string) (string, bool) {
	segs := strings.Split(key, ".")
	known := false
	for i, s := range segs {
		switch {
		case s == "\x00":
			segs[i] = "$"
		case strings.IndexByte(s, 0) >= 0:
			return "", false
		default:
			known = true
		}
	}
	if !known || segs[len(segs)-1] == "$" && len(segs) == 1 {
		return "", false
	}
	return strings.Join(segs, "."), true
}

// matchOperators are the query operators whose value is matched against
// the field they are under, as a value or a list of values.
var matchOperators = map[string]bool{"$eq": true, "$ne": true, "$in": true, "$nin": true, "$all": true}

// unstoredOperators are the update operators whose values are not stored
// under the fields they name: $unset removes the field whatever the value,
// $rename's value is the field's new name, and the others take numbers,
// dates or positions.
var unstoredOperators = map[string]bool{"$unset": true, "$rename": true, "$currentDate": true, "$inc": true, "$mul": true, "$pop": true, "$bit": true}

// commandParts are the fields of write commands that hold stored data,
// and how they are encoded.
var commandParts = map[string]mongoapi.Kind{
	"documents": mongoapi.Document, // insert
	"updates":   mongoapi.Command,  // update: [{q: filter, u: update}]
	"u":         mongoapi.Update,
	"update":    mongoapi.Update, // findAndModify
}

// structLiteral walks a struct literal: the fields it sets, by value.
func (ev *evaluation) structLiteral(lit *ast.CompositeLit, t types.Type, prefix string, addressable bool) {
	info := ev.f.x.pass.TypesInfo
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return
	}
	if ev.pitfallOf(t, nil, prefix, addressable) || ev.f.x.enc.MarshalOf(t) == bsonenc.ValueMarshal {
		return // the type encodes itself
	}
	fields := ev.f.x.encodedFields(t, addressable)
	defer func(row *rowName) { ev.row = row }(ev.row)
	ev.row = ev.f.x.structRow(lit, st)
	for i, elt := range lit.Elts {
		var fv *types.Var
		value := elt
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			id, _ := kv.Key.(*ast.Ident)
			if id == nil {
				continue
			}
			fv, _ = info.ObjectOf(id).(*types.Var)
			value = kv.Value
		} else if i < st.NumFields() {
			fv = st.Field(i)
		}
		if fv == nil {
			continue
		}
		enc, ok := fields[fv]
		owner := ev.owner
		if owner != nil && ev.f.mutated(owner, fv.Name()) {
			continue // a method of the variable replaces it (cr.Validate() hashing Token)
		}
		ev.owner = nil // only the top-level fields belong to the variable
		if !ok {
			if bsonenc.Inlined(st, fv) {
				// An inlined struct, embedded or named (Spec: req with
				// bson:",inline"): its fields are the document's own.
				ev.doc(value, mongoapi.Document, prefix, addressable)
			}
		} else {
			ev.value(value, join(prefix, enc.Path), enc.Key, fv, enc.Owner, nil, enc.Addressable)
			if n := len(ev.leaves); n > 0 && ev.leaves[n-1].field == fv {
				ev.leaves[n-1].owner = owner
			}
		}
		ev.owner = owner
	}
}

// methodFills adds the fields of a document variable that a method called
// on it fills with an unprotected value (usr.GenerateToken(),
// authr.Validate() generating a key), which the literal left out.
func (ev *evaluation) methodFills(v types.Object, lit *ast.CompositeLit, prefix string) {
	f := ev.f
	var fills []string
	for _, c := range f.methodCalls[v] {
		if r := f.x.resultOf(c.fn); r != nil {
			fills = append(fills, r.Fills...)
			fills = append(fills, r.Defaults...) // the literal left them missing
		}
	}
	if len(fills) == 0 {
		return
	}
	t := types.Unalias(f.x.pass.TypesInfo.TypeOf(lit))
	for _, enc := range f.x.orderedFields(t, false) {
		fv := enc.Var
		fp := f.x.fieldPath(enc)
		if enc.Parent != nil || !slices.Contains(fills, goName(fp)) || len(f.assigns[assignKey{obj: v, path: fp}]) > 0 {
			continue // set in the literal or assigned here: judged by its value
		}
		if ev.replaces(fv, join(prefix, enc.Path)) || ev.pitfallOf(fv.Type(), fv, join(prefix, enc.Path), enc.Addressable) || f.x.enc.EncodesItself(fv.Type(), enc.Addressable) {
			continue
		}
		m, ok := f.x.sensitive(fv, enc.Key, enc.Owner)
		if !ok || !eligible(fv.Type(), m.Numeric) {
			continue
		}
		ev.leaves = append(ev.leaves, leaf{path: join(prefix, enc.Path), key: enc.Key, field: fv, match: m, owner: v, filled: true})
	}
	// Fields of sub-documents a method sets (e.ClientKey = &ClientKey{...}).
	for _, enc := range f.x.orderedFields(t, false) {
		fp := f.x.fieldPath(enc)
		top := goName(fp)
		if len(f.assigns[assignKey{obj: v, path: fp}]) > 0 || literalSets(lit, fp.First().Field.Name()) {
			continue // judged by its value
		}
		f.x.enc.Walk(enc.Type(), enc.Addressable, func(sub *bsonenc.Field) bool {
			if sub.Parent != nil || !slices.Contains(fills, top+"."+sub.Var.Name()) {
				return false
			}
			m, ok := f.x.sensitive(sub.Var, sub.Key, sub.Owner)
			if ok && eligible(sub.Type(), m.Numeric) && !f.x.enc.EncodesItself(sub.Type(), sub.Addressable) {
				ev.leaves = append(ev.leaves, leaf{path: join(prefix, enc.Path+"."+sub.Key), key: sub.Key, field: sub.Var, match: m, filled: true})
			}
			return false
		})
	}
}

// literalSets reports whether a struct literal sets the named field.
func literalSets(lit *ast.CompositeLit, name string) bool {
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			return len(lit.Elts) > 0 // positional: every field
		}
		if id, ok := kv.Key.(*ast.Ident); ok && id.Name == name {
			return true
		}
	}
	return false
}

// laterFieldAssignments walks fields that a literal leaves unset but the
// function assigns afterwards (v := T{}; v.Password = p).
func (ev *evaluation) laterFieldAssignments(v types.Object, lit *ast.CompositeLit, prefix string) {
	t := types.Unalias(ev.f.x.pass.TypesInfo.TypeOf(lit))
	set := map[string]bool{}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				set[id.Name] = true
			}
		}
	}
	for _, enc := range ev.f.x.orderedFields(t, false) {
		fv := enc.Var
		if set[fv.Name()] {
			continue
		}
		if set[enc.Vars[0].Name()] {
			continue // set in the literal (an inline struct whole)
		}
		// The last assignment before the write: one after it (a closure
		// that clears the field and writes again later) is not what this
		// write stores.
		fp := ev.f.x.fieldPath(enc)
		as := ev.f.assignsBefore(assignKey{obj: v, path: fp}, ev.at)
		if len(as) > 0 {
			set[fv.Name()] = true
			if name := goName(fp); name != "" && ev.f.calledListsIn(v, name, as[len(as)-1].rhs.End(), ev.at, func(r *resultFact) []string { return r.Receiver }) {
				continue // conn.Password = pw; encryptConnection(&conn): sealed in place before the write
			}
			ev.value(as[len(as)-1].rhs, join(prefix, enc.Path), enc.Key, fv, enc.Owner, nil, enc.Addressable)
		}
	}
	// Fields of sub-documents that the literal leaves out, assigned after
	// it (i.Source.Minio = m).
	ev.f.x.enc.Walk(t, false, func(fld *bsonenc.Field) bool {
		if fld.Parent == nil {
			return !set[fld.Vars[0].Name()] && isDocumentType(fld.Type())
		}
		if as := ev.f.assigns[assignKey{obj: v, path: ev.f.x.fieldPath(fld)}]; len(as) > 0 {
			ev.value(as[len(as)-1].rhs, join(prefix, fld.Path), fld.Key, fld.Var, fld.Owner, nil, fld.Addressable)
			return false
		}
		return isDocumentType(fld.Type())
	})
}

// laterIndexAssignments walks keys that the function adds to a document
// map after its literal (doc["password"] = p).
func (ev *evaluation) laterIndexAssignments(v types.Object, kind mongoapi.Kind, prefix string) {
	var keys []assignKey
	for k := range ev.f.assigns {
		if k.obj == v && k.path.Len() == 1 && k.path.Last().IsKey() {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, func(a, b assignKey) int { return strings.Compare(a.path.Last().Key, b.path.Last().Key) })
	for _, k := range keys {
		// The last assignment before the write: one after it, in a
		// branch the write is not on (if tok == "" { write(update) } else
		// { update["token"] = tok; write(update) }), is not what it stores.
		as := ev.f.assignsBefore(k, ev.at)
		if len(as) == 0 {
			continue
		}
		key := k.path.Last().Key
		if strings.HasPrefix(key, "$") {
			if kind != mongoapi.Update || !unstoredOperators[key] {
				ev.doc(as[len(as)-1].rhs, kind, prefix, false)
			}
			continue
		}
		ev.value(as[len(as)-1].rhs, join(prefix, key), key, nil, nil, nil, false)
	}
}

// orderedFields returns the top-level encoded fields of t in the encoder's
// order, for walks whose results must not depend on map order.
func (x *pass) orderedFields(t types.Type, addressable bool) []*bsonenc.Field {
	return x.enc.TopFields(t, addressable)
}

// fieldOwner returns the struct type that declares field among the
// encoded fields of t (t itself, or the type of an embedded struct), in
// whose context its name is read (an AuthorizationCode's Code), or nil.
func (x *pass) fieldOwner(t types.Type, field *types.Var) types.Type {
	if enc, ok := x.encodedFields(t, false)[field]; ok {
		return enc.Owner
	}
	return nil
}

// encodedFields returns the top-level encoded fields of a struct type.
func (x *pass) encodedFields(t types.Type, addressable bool) map[*types.Var]*bsonenc.Field {
	out := map[*types.Var]*bsonenc.Field{}
	x.enc.Walk(t, addressable, func(fld *bsonenc.Field) bool {
		if fld.Parent == nil {
			out[fld.Var] = fld
		}
		return false
	})
	return out
}

// value handles a value stored under a key: a sub-document is walked, a
// scalar is a leaf when its key is sensitive.
func (ev *evaluation) value(v ast.Expr, path, key string, field *types.Var, owner types.Type, keyNode ast.Node, addressable bool) {
	f := ev.f
	info := f.x.pass.TypesInfo
	t := valueType(info, v)
	if t == nil {
		return
	}
	if isDocumentType(t) {
		kind := mongoapi.Document
		if ev.filter {
			kind = mongoapi.Filter // {"token": {"$in": tokens}}: still the filter
		}
		ev.doc(v, kind, path, addressable)
		return
	}
	if types.IsInterface(t) && !ev.filter {
		// Value any: the caller's argument decides what is stored.
		if i, isParam := f.param(unconvert(info, v)); isParam && callerNamedKey(key, field) {
			ev.params = append(ev.params, ParamSink{Index: i, Kind: mongoapi.Document, Path: path, Leaf: true, Key: key, Generic: true})
			return
		}
	}
	if ev.pitfallOf(t, field, path, addressable) || f.x.enc.EncodesItself(t, addressable) {
		return // skipped marshaller reported; or the type decides its own bytes
	}
	var (
		m    names.Match
		ok   bool
		note string // what a value under a key that says nothing holds or embeds
	)
	if field == nil && ev.returned != nil && !strings.Contains(path, ".") {
		if fv, fowner := f.x.fieldWithKey(ev.returned, key); fv != nil {
			// The filter's key read as the field of the documents it
			// matches (a Token beside its Secret is the identifier half).
			if m, ok = f.x.sensitive(fv, key, fowner); ok {
				ev.matched(v, path, key, nil, keyNode, m, "")
			}
			return
		}
	}
	if field == nil {
		m, ok = f.x.sensitiveKey(key, keyNode)
		if !ok {
			// {"code": code} in a method of AuthCodeRepository: a key
			// that says nothing, read as a field of the records the
			// receiver keeps.
			m, ok = f.recordKey(key)
		}
		if !ok {
			// {"licenseNumber": d.LicenseNumber}: the value is the field
			// its struct stores under that key, and says what it is in
			// its owner's context (a Driver's licence number).
			m, ok = f.ownField(v, key)
		}
	} else {
		m, ok = f.x.sensitive(field, key, owner)
	}
	if !ok {
		// {"code": resetCode}, Setting{Value: apiKey}: a key that
		// says nothing is read with the name of the variable it holds.
		if m, ok = f.x.namedValue(key, field, owner, v); ok {
			note = "holds " + valueName(info, v)
		}
	}
	if !ok && ev.row != nil && ev.row.value(key, field) {
		// AppConfig{ConfigKey: "tencent.secret_key", ValueString: s}: the
		// row's name says what its value is.
		m, ok, note = ev.row.match, true, "is the value of "+strconv.Quote(ev.row.name)
	}
	if !ok && field == nil && names.Generic(key[strings.LastIndexByte(key, '.')+1:]) {
		// {"key": cookie.Value}, cookie from r.Cookie("session_token"): a
		// document key that says nothing holds what the request
		// parameter's name says. A struct field is read in its owner's
		// context instead (an APIUser's Token beside its Secret).
		if name := f.requestParamName(v); name != "" {
			if m, ok = f.x.matcher.Match(name); ok {
				note = "holds the request's " + strconv.Quote(name)
			}
		}
	}
	if !ok && !ev.filter {
		// BodyHTML: fmt.Sprintf(tmpl, name, otp): the message holds the
		// code it embeds.
		if m, ok = f.embeddedSecret(v, 0); ok {
			note = "embeds " + m.Entry
		}
	}
	if !ok && callerNamedKey(key, field) && (eligible(t, true) || types.IsInterface(t)) {
		kind := mongoapi.Document
		if ev.filter {
			kind = mongoapi.Filter
		}
		if i, isParam := f.assertedParam(v); isParam {
			// SetCache(key, value string): the key says nothing, the
			// caller's argument may (SetCache(sessionToken, userID)).
			ev.params = append(ev.params, ParamSink{Index: i, Kind: kind, Path: path, Leaf: true, Key: key, Generic: true})
		} else if i, name, isField := f.paramFieldOf(unconvert(info, v)); isField && !ev.filter {
			// BodyHTML: msg.BodyHTML copied from the parameter: what the
			// caller put in that field (a body embedding an OTP).
			ev.params = append(ev.params, ParamSink{Index: i, Kind: kind, Path: path, Leaf: true, Key: key, Field: name, Generic: true})
		}
	}
	if !ok && field != nil {
		// PasswordHash: req.Password. A field named as protected that
		// holds exactly what the client sent, or a new random token, is
		// the secret itself (TokenDigest: auth.GenerateSecureToken(8)).
		if cm, cok := claimsProtected(f.x.matcher, field.Name()); cok {
			if val := f.valueOf(v, 0); val.May(flow.Input|flow.Generated) && val.Within(flow.Input|flow.Generated) {
				m, ok = cm, true
			}
		}
	}
	if !ok {
		if !ev.filter && textOrBytes(t) {
			// Spec: string(b), b from json.Marshal(provider): the string
			// holds the fields of what it serializes.
			ev.serialized(v, path)
		}
		return
	}
	ev.matched(v, path, key, field, keyNode, m, note)
}

// assertedParam reports whether e is a parameter, converted or not, or a
// variable defined as a type assertion of one (v, _ := value.(string)),
// and which.
func (f *function) assertedParam(e ast.Expr) (int, bool) {
	info := f.x.pass.TypesInfo
	if i, ok := f.param(unconvert(info, e)); ok {
		return i, true
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return 0, false
	}
	rhs, ok := f.onlyValue(info.ObjectOf(id), true)
	if !ok {
		return 0, false
	}
	ta, ok := ast.Unparen(rhs).(*ast.TypeAssertExpr)
	if !ok || ta.Type == nil {
		return 0, false
	}
	return f.param(ta.X)
}

// callerNamedKey reports whether a value stored under key (in field, if
// a struct's) is judged by what its caller passes: the key and field are
// generic words (key, value, code, data) or name a message that may embed
// a secret (body, message, content, link).
func callerNamedKey(key string, field *types.Var) bool {
	last := key[strings.LastIndexByte(key, '.')+1:]
	name := last
	if field != nil {
		name = field.Name()
	}
	if names.Generic(last) && names.Generic(name) {
		return true
	}
	words := names.Tokenize(name)
	if len(words) == 0 {
		return false
	}
	switch words[len(words)-1] {
	case "body", "html", "message", "msg", "content", "link", "url":
		return true
	}
	return false
}

// valueType returns the type of the value e gives: the first of a
// comma-ok expression (s, _ = v.(string)), whose type is recorded as a
// tuple.
func valueType(info *types.Info, e ast.Expr) types.Type {
	t := info.TypeOf(e)
	if tup, ok := t.(*types.Tuple); ok && tup.Len() > 0 {
		return tup.At(0).Type()
	}
	return t
}

// claimsProtected reports whether a name without its protective words
// names sensitive data: PasswordHash is a password said to be hashed.
func claimsProtected(m *names.Matcher, name string) (names.Match, bool) {
	words := names.Tokenize(name)
	rest := slices.DeleteFunc(slices.Clone(words), protectiveWord)
	if len(rest) == 0 || len(rest) == len(words) {
		return names.Match{}, false
	}
	got, ok := m.Match(strings.Join(rest, "_"))
	if ok {
		got.Entry += " (named as protected)"
	}
	return got, ok
}

// matched handles a scalar stored under a key that m says is sensitive;
// note says what it holds or embeds when the key says nothing itself.
func (ev *evaluation) matched(v ast.Expr, path, key string, field *types.Var, keyNode ast.Node, m names.Match, note string) {
	f := ev.f
	info := f.x.pass.TypesInfo
	if !eligible(valueType(info, v), m.Numeric) || publicName(unconvert(info, v)) {
		return
	}
	if ev.replaces(field, path) {
		return // the callee replaces this field (hashes it) before the write
	}
	var sink *ParamSink
	if i, ok := f.param(unconvert(info, v)); ok {
		sink = &ParamSink{Index: i}
	} else if i, mapKey, ok := f.paramKeyOf(unconvert(info, v)); ok {
		// data["password"] of a map parameter: the callers' maps say
		// what it holds (one hashed the key in place before the call).
		sink = &ParamSink{Index: i, MapKey: mapKey}
	} else if i, name, ok := f.paramFieldOf(unconvert(info, v)); ok {
		if obj := f.paramVar(i); obj != nil && f.mutatedBefore(obj, name, v.Pos()) {
			return // encryptCredential(data) before: the field holds what it sealed
		}
		if k, ok := f.location(unconvert(info, v)); !ok || !f.assignedAtTop(k, v.Pos()) {
			sink = &ParamSink{Index: i, Field: name}
		} // else data.Token = digest(data.Token) before, on every path: judged here by what was assigned
	}
	entry := false
	if sink != nil {
		sink.Path, sink.Key = path, key
		handled, deferred := ev.paramLeaf(*sink, m)
		if handled {
			return
		}
		entry = deferred
	}
	ev.leaves = append(ev.leaves, leaf{path: path, key: key, field: field, node: keyNode, match: m, value: v, entry: entry, embeds: note})
}

// paramLeaf records a sensitive value that is a parameter (s.Index), or
// its field (s.Field) or map key (s.MapKey), stored under s.Path, as a
// sink of the parameter. It reports whether the callers judge it (no leaf
// here), and whether a leaf made here is an entry point's.
func (ev *evaluation) paramLeaf(s ParamSink, m names.Match) (handled, entry bool) {
	f := ev.f
	s.Kind, s.Leaf = mongoapi.Document, true
	if ev.filter {
		s.Kind = mongoapi.Filter
	}
	if s.Field == "" && s.MapKey == "" {
		if _, byKey := f.x.matcher.Match(s.Key); !byKey {
			// Sensitive in its context only (Credential.Value), or as the
			// key of such a field (a Session's "session_id"): callers
			// learn why from the fact.
			s.Entry, s.Category = m.Entry, m.Category
		}
		ev.params = append(ev.params, s)
		return true, false
	}
	// u.Password or data["password"] of a parameter: the callers' values
	// are judged where they are known (a caller that hashes the password
	// first writes no plaintext), in this package or, through the fact, in
	// others. A function that only this package can call and does not is
	// judged here, and so is every one under go vet and golangci-lint,
	// which have no whole-program step to report it when nothing calls it.
	s.Entry, s.Category = m.Entry, m.Category
	here := f.x.calledHere(f.obj)
	deferred := f.x.program && f.importable()
	if here || deferred {
		ev.params = append(ev.params, s)
	}
	// Nothing here calls it: an entry point, unless another package does
	// (the whole-program step decides).
	return here, deferred
}

// paramKeyOf returns the parameter and the constant key when e reads a
// key of a map parameter that the function does not set or have replaced
// before (data["password"], data["password"].(string)).
func (f *function) paramKeyOf(e ast.Expr) (int, string, bool) {
	ix, k, ok := f.mapKeyRead(e)
	if !ok {
		return 0, "", false
	}
	key := k.path.Last().Key
	i, isParam := f.params[k.obj]
	if !isParam || i < 0 || len(f.assignsBefore(k, ix.Pos())) > 0 || f.keyReplacedAt(k.obj, key, ix.Pos()) {
		return 0, "", false
	}
	return i, key, true
}

// mapKeyRead returns the index expression and its location when e reads
// a constant top-level key of a map variable (data["password"], or
// data["password"].(string)).
func (f *function) mapKeyRead(e ast.Expr) (*ast.IndexExpr, assignKey, bool) {
	if ta, ok := ast.Unparen(e).(*ast.TypeAssertExpr); ok {
		e = ta.X
	}
	ix, ok := ast.Unparen(e).(*ast.IndexExpr)
	if !ok {
		return nil, assignKey{}, false
	}
	k, ok := f.location(ix)
	if !ok || k.path == nil || k.path.Len() != 1 || !k.path.Last().IsKey() {
		return nil, assignKey{}, false
	}
	return ix, k, true
}

// mapKeyArg evaluates what the caller's map argument holds under the key
// that the callee stores (ParamSink.MapKey): protected when a function
// given the map hashed it in place, the caller's own callers' when the
// map is its parameter, else what the function assigned or decoded there.
func (ev *evaluation) mapKeyArg(arg ast.Expr, s ParamSink) {
	f := ev.f
	k, ok := f.location(unaddr(arg))
	if !ok || k.path != nil || !mongoapi.IsDocumentMap(f.x.pass.TypesInfo.TypeOf(unaddr(arg))) {
		return
	}
	if f.keyReplacedAt(k.obj, s.MapKey, arg.Pos()) {
		return // GenerateAndHashOTP(data) before: the hash is what the callee stores
	}
	m := names.Match{Entry: s.Entry, Category: s.Category}
	if m.Entry == "" {
		mt, ok := f.x.matcher.Match(s.Key)
		if !ok {
			return
		}
		m = mt
	}
	kk := k
	kk.path = f.x.paths.Extend(nil, flow.Step{Key: s.MapKey})
	if i, isParam := f.params[k.obj]; isParam && i >= 0 && len(f.assignsBefore(kk, arg.Pos())) == 0 {
		if handled, deferred := ev.paramLeaf(ParamSink{Index: i, Path: s.Path, Key: s.Key, MapKey: s.MapKey}, m); !handled {
			ev.leaves = append(ev.leaves, leaf{path: s.Path, key: s.Key, match: m, root: unaddr(arg), fieldPath: kk.path, entry: deferred})
		}
		return
	}
	ev.leaves = append(ev.leaves, leaf{path: s.Path, key: s.Key, match: m, root: unaddr(arg), fieldPath: kk.path})
}

// mappedParam returns the parameter of the function, and its field, that
// a mapper called to make root copies into root's field name
// (model := NewUser(entity) with entity a parameter: model.Password is
// entity.Password).
func (f *function) mappedParam(root ast.Expr, at token.Pos, name string) (int, string, bool) {
	call := f.producerAt(root, at)
	if call == nil || call.Ellipsis.IsValid() {
		return 0, "", false
	}
	if i, sub, ok := f.convertedParam(call); ok {
		// s3 := S3Storage(cfg.Storage.S3): a struct conversion keeps
		// every field, by name, of the parameter's part.
		return i, joinField(sub, name), true
	}
	fn := f.callee(call)
	if fn == nil {
		return 0, "", false
	}
	j, sub, ok := f.x.resultOf(fn).fromParam(name)
	if !ok || j >= len(call.Args) {
		return 0, "", false
	}
	i, ok := f.param(unconvert(f.x.pass.TypesInfo, call.Args[j]))
	if !ok || i < 0 {
		return 0, "", false
	}
	return i, sub, true
}

// convertedParam returns the parameter, and the dotted path of its fields
// ("" for itself), that call converts to another struct type
// (S3Storage(cfg.StoragePolicy.S3)): the result's fields are the
// operand's, name for name, whatever their tags.
func (f *function) convertedParam(call *ast.CallExpr) (int, string, bool) {
	info := f.x.pass.TypesInfo
	if len(call.Args) != 1 || !info.Types[call.Fun].IsType() {
		return 0, "", false
	}
	if _, ok := derefType(info.TypeOf(call)).Underlying().(*types.Struct); !ok {
		return 0, "", false
	}
	arg := unconvert(info, call.Args[0])
	if i, ok := f.param(arg); ok && i >= 0 {
		return i, "", true
	}
	if i, sub, _, ok := f.paramField(arg); ok && i >= 0 {
		return i, sub, true
	}
	return 0, "", false
}

// joinField joins two dotted paths of Go field names.
func joinField(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}

// importable reports whether other packages can call the function by
// name: exported, and not in a main package.
func (f *function) importable() bool {
	return f.obj != nil && f.obj.Exported() && f.x.pass.Pkg.Name() != "main"
}

// elemOf returns the location whose element l assigns, for a slice,
// array or map that is not a document (codes[i] = v): the location holds
// its elements' values.
func (f *function) elemOf(l ast.Expr) (assignKey, bool) {
	ix, ok := ast.Unparen(l).(*ast.IndexExpr)
	if !ok {
		return assignKey{}, false
	}
	switch t := types.Unalias(f.x.pass.TypesInfo.TypeOf(ix.X)).Underlying().(type) {
	case *types.Slice, *types.Array:
	case *types.Map:
		if mongoapi.IsDocumentMap(t) {
			return assignKey{}, false
		}
	default:
		return assignKey{}, false
	}
	return f.location(ix.X)
}

// paramFieldOf reports whether e is a field of a parameter, p.F (p a
// pointer or not), or a field of its fields (req.Msg.Password,
// req.Msg.GetPassword(): a request envelope's message), and which, as a
// dotted path of Go field names ("Msg.Password").
func (f *function) paramFieldOf(e ast.Expr) (int, string, bool) {
	if star, ok := ast.Unparen(e).(*ast.StarExpr); ok {
		e = star.X // *p.Password: the value the pointer field holds
	}
	var recv ast.Expr
	var name string
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		// req.GetPassword(): a protobuf message's getter of its field.
		x, fld := f.getter(e)
		if fld == nil {
			return 0, "", false
		}
		recv, name = x, fld.Name()
	case *ast.SelectorExpr:
		if s := f.x.pass.TypesInfo.Selections[e]; s == nil || s.Kind() != types.FieldVal {
			return 0, "", false
		}
		recv, name = e.X, e.Sel.Name
	default:
		return 0, "", false
	}
	if i, ok := f.param(recv); ok {
		if i < 0 {
			return 0, "", false
		}
		return i, name, true
	}
	if i, outer, ok := f.paramFieldOf(recv); ok && strings.Count(outer, ".") < maxFieldDepth {
		return i, outer + "." + name, true
	}
	return 0, "", false
}

// maxFieldDepth bounds the fields paramFieldOf follows into a parameter.
const maxFieldDepth = 3

// getter reports whether call is a getter of a field of its receiver's
// struct, as protobuf generates them: x.GetToken() with no arguments,
// returning exactly the type of a field Token of x's struct. It returns x
// and the field.
func (f *function) getter(call *ast.CallExpr) (ast.Expr, *types.Var) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || len(call.Args) != 0 {
		return nil, nil
	}
	s := f.x.pass.TypesInfo.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal {
		return nil, nil
	}
	name, ok := strings.CutPrefix(sel.Sel.Name, "Get")
	if !ok || name == "" {
		return nil, nil
	}
	sig, _ := s.Type().(*types.Signature)
	if sig == nil || sig.Params().Len() != 0 || sig.Results().Len() != 1 {
		return nil, nil
	}
	st, ok := derefType(s.Recv()).Underlying().(*types.Struct)
	if !ok {
		return nil, nil
	}
	for i := range st.NumFields() {
		if fld := st.Field(i); fld.Name() == name && types.Identical(fld.Type(), sig.Results().At(0).Type()) {
			return sel.X, fld
		}
	}
	return nil, nil
}

// calledHere reports whether the package calls fn statically: its
// callers in the package, and through facts those in other packages, see
// the values of its parameters. A function nothing here calls (an
// exported API, a handler) is judged where it writes.
func (x *pass) calledHere(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	if x.called == nil {
		x.called = make(map[*types.Func]bool)
		for _, g := range x.funcs {
			for _, c := range g.callees {
				if g.obj != c {
					x.called[c] = true
				}
			}
		}
	}
	return x.called[fn.Origin()]
}

// subDoc walks the field at s.Sub of a document argument: the sink
// writes that field of what it is given (cfg.Storage).
func (ev *evaluation) subDoc(arg ast.Expr, s ParamSink) {
	f := ev.f
	info := f.x.pass.TypesInfo
	e := ast.Unparen(arg)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	if i, ok := f.param(e); ok {
		// What the callee replaces in the part stays replaced, with what
		// this function replaces there itself.
		ev.params = append(ev.params, ParamSink{Index: i, Kind: s.Kind, Path: s.Path, Addressable: s.Addressable, Sub: s.Sub, SubKey: s.SubKey, Replaced: mergeSorted(s.Replaced, f.replacedUnder(i, s.Sub, ev.at))})
		return
	}
	if i, sub, key, ok := f.paramField(e); ok {
		ev.params = append(ev.params, ParamSink{Index: i, Kind: s.Kind, Path: s.Path, Addressable: s.Addressable, Sub: sub + "." + s.Sub, SubKey: key + "." + s.SubKey, Replaced: s.Replaced})
		return
	}
	first, rest, _ := strings.Cut(s.Sub, ".")
	_, restKey, _ := strings.Cut(s.SubKey, ".")
	lit, _ := e.(*ast.CompositeLit)
	if id, ok := e.(*ast.Ident); ok && lit == nil {
		lit, _ = f.literalDefinition(id)
	}
	if lit != nil {
		for _, el := range lit.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				break // positional: not looked into
			}
			if k, ok := kv.Key.(*ast.Ident); !ok || k.Name != first {
				continue
			}
			if rest == "" {
				ev.doc(kv.Value, s.Kind, s.Path, false)
			} else {
				ev.subDoc(kv.Value, ParamSink{Kind: s.Kind, Path: s.Path, Sub: rest, SubKey: restKey})
			}
			return
		}
		if _, ok := e.(*ast.CompositeLit); ok {
			return // the literal leaves the field empty
		}
	}
	// A value known by its type: walk the field's type, reading the
	// function's assignments to root.Sub.
	t := info.TypeOf(e)
	var sub *flow.Path
	for name := range strings.SplitSeq(s.Sub, ".") {
		if t == nil {
			return
		}
		obj, index, _ := types.LookupFieldOrMethod(t, true, f.x.pass.Pkg, name)
		v, ok := obj.(*types.Var)
		if !ok {
			return
		}
		sub = f.x.paths.Fields(sub, fieldChain(t, index)...)
		t = v.Type()
	}
	ev.subPath = sub
	ev.typed(e, t, s.Path, s.Addressable || isPointer(t))
	ev.subPath = nil
}

// typed walks a value known only by its type.
func (ev *evaluation) typed(root ast.Expr, t types.Type, prefix string, addressable bool) {
	f := ev.f
	if t == nil || mongoapi.IsDocumentMap(t) || mongoapi.IsOrderedDocument(t) {
		return // keys known only at run time
	}
	if ev.pitfallOf(t, nil, prefix, addressable) {
		return
	}
	f.x.enc.Walk(t, addressable, func(fld *bsonenc.Field) bool {
		ft := fld.Type()
		if ev.pitfallOf(ft, fld.Var, join(prefix, fld.Path), fld.Addressable) || f.x.enc.EncodesItself(ft, fld.Addressable) {
			return false
		}
		if isDocumentType(ft) {
			return true
		}
		if m, ok := f.x.sensitive(fld.Var, fld.Key, fld.Owner); ok && eligible(ft, m.Numeric) {
			l := leaf{path: join(prefix, fld.Path), key: fld.Key, field: fld.Var, match: m, root: root, fieldPath: f.x.paths.Concat(ev.subPath, f.x.fieldPath(fld))}
			if fld.Parent == nil && ev.subPath == nil {
				l.owner = f.rootVar(root)
				if i, sub, ok := f.mappedParam(root, ev.at, fld.Var.Name()); ok && !f.assignedSince(root, fld.Var) {
					// model := NewUser(entity): the callers' entities say
					// what the field holds.
					handled, entry := ev.paramLeaf(ParamSink{Index: i, Path: l.path, Key: fld.Key, Field: sub}, m)
					if handled {
						return false
					}
					l.entry = entry
				}
			}
			if l.at = ev.at; l.root != nil && fld.Parent != nil {
				i, sub, ok := f.paramPart(l)
				if !ok {
					i, sub, ok = f.partFromParam(l)
				}
				if !ok {
					i, sub, ok = f.methodCopyParam(l)
				}
				if ok {
					// cfg.StoragePolicy = config.StoragePolicy, or
					// u.Providers = append(u.Providers, Provider{Token:
					// token}): the callers' values say what the field
					// holds.
					handled, entry := ev.paramLeaf(ParamSink{Index: i, Path: l.path, Key: fld.Key, Field: sub}, m)
					if handled {
						return false
					}
					l.entry = entry
				}
			}
			ev.leaves = append(ev.leaves, l)
		} else if fld.Parent == nil && ev.subPath == nil && eligible(ft, false) {
			// s.Value = apiKey; InsertOne(s): a field that says nothing
			// holds what the variables assigned to it are named.
			if m, name, ok := ev.namedByAssignment(root, fld); ok {
				ev.leaves = append(ev.leaves, leaf{path: join(prefix, fld.Path), key: fld.Key, field: fld.Var, match: m, root: root, fieldPath: f.x.fieldPath(fld), owner: f.rootVar(root), embeds: "holds " + name, at: ev.at})
			}
		}
		return false
	})
}

// namedByAssignment reports whether a top-level field of the variable
// root, whose name says nothing (Value, ETHKey), is assigned before the
// write a value whose name says what it is (s.Value = apiKey, o.ETHKey =
// privKey), as a literal's field would be read (namedValue).
func (ev *evaluation) namedByAssignment(root ast.Expr, fld *bsonenc.Field) (names.Match, string, bool) {
	f := ev.f
	obj := f.rootVar(root)
	if obj == nil || readByValue(fld.Key, fld.Var) == notByValue {
		return names.Match{}, "", false
	}
	for _, a := range f.reachingUse(assignKey{obj: obj, path: f.x.fieldPath(fld)}, ev.at) {
		if a.rhs == nil {
			continue
		}
		if m, ok := f.x.namedValue(fld.Key, fld.Var, fld.Owner, a.rhs); ok {
			return m, valueName(f.x.pass.TypesInfo, a.rhs), true
		}
	}
	return names.Match{}, "", false
}

// pitfallOf records a type whose pointer-receiver marshaller the driver
// skips because the value is not addressable; it reports whether it did.
func (ev *evaluation) pitfallOf(t types.Type, field *types.Var, path string, addressable bool) bool {
	if addressable || ev.f.x.enc.MarshalOf(t) != bsonenc.PointerMarshal || !writesData(t) {
		return false
	}
	ev.pitfalls = append(ev.pitfalls, pitfall{field: field, typ: t, path: path})
	return true
}

// writesData reports whether the default codec writes the value's content:
// a string or bytes, or a struct with exported fields.
func writesData(t types.Type) bool {
	switch u := types.Unalias(t).Underlying().(type) {
	case *types.Basic:
		return true
	case *types.Slice, *types.Array:
		return true
	case *types.Struct:
		for i := range u.NumFields() {
			if u.Field(i).Exported() {
				return true
			}
		}
	}
	return false
}

// join joins key paths with a dot.
func join(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + "." + key
}

// isPointer reports whether t is a pointer type.
func isPointer(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.Pointer)
	return ok
}

// isSliceOrArray reports whether t is a slice or array (bson.A, []any,
// mongo.Pipeline).
func isSliceOrArray(t types.Type) bool {
	switch types.Unalias(t).Underlying().(type) {
	case *types.Slice, *types.Array:
		return true
	}
	return false
}

// isDocumentType reports whether values of t encode as documents.
func isDocumentType(t types.Type) bool {
	if mongoapi.IsBinary(t) {
		return false
	}
	if mongoapi.IsDocumentMap(t) || mongoapi.IsOrderedDocument(t) {
		return true
	}
	for range 8 {
		switch u := types.Unalias(t).Underlying().(type) {
		case *types.Pointer:
			t = u.Elem()
		case *types.Slice:
			if isBytes(u) {
				return false
			}
			t = u.Elem()
		case *types.Array:
			t = u.Elem()
		case *types.Struct:
			return !isNullWrapper(t) && bsonenc.MarshalOf(t) != bsonenc.ValueMarshal
		default:
			return false
		}
	}
	return false
}

// fieldPath returns the Go access path of an encoded field from the root
// of its document: its fields, inline structs included.
func (x *pass) fieldPath(enc *bsonenc.Field) *flow.Path {
	return x.paths.Fields(nil, enc.Vars...)
}

// namedPath returns the access path that selecting name from a value of
// type t reads, the embedded fields of a promoted field included, or nil.
func (x *pass) namedPath(t types.Type, name string) *flow.Path {
	var p *flow.Path
	for seg := range strings.SplitSeq(name, ".") {
		if t == nil {
			return nil
		}
		obj, index, _ := types.LookupFieldOrMethod(t, true, x.pass.Pkg, seg)
		v, ok := obj.(*types.Var)
		if !ok {
			return nil
		}
		p = x.paths.Fields(p, fieldChain(t, index)...)
		t = v.Type()
	}
	return p
}

// fieldChain returns the fields that the index sequence of a field lookup
// in t selects, one per level.
func fieldChain(t types.Type, index []int) []*types.Var {
	var out []*types.Var
	for _, i := range index {
		st, ok := derefType(t).Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return nil
		}
		v := st.Field(i)
		out = append(out, v)
		t = v.Type()
	}
	return out
}

// goName returns the shortest Go spelling of a field path from its root,
// as facts list fields: "Password" for a field promoted from an embedded
// struct (u.Password), "Profile.SSN" for a field of a named sub-struct.
func goName(p *flow.Path) string {
	return goNameOf(p.Steps())
}

// elemGoName is goName through elements too (the fields of a slice's
// elements), as resultFact.Sets lists them: "Credential.Secret" for
// keys[i].Credential.Secret, "Models.APIKey" for s.Models[i].APIKey. A
// path that ends at an element has none.
func elemGoName(p *flow.Path) string {
	steps := p.Steps()
	if len(steps) == 0 || steps[len(steps)-1].Elem {
		return ""
	}
	return goNameOf(slices.DeleteFunc(slices.Clone(steps), func(s flow.Step) bool { return s.Elem }))
}

// goNameOf is goName for a sequence of steps.
func goNameOf(steps []flow.Step) string {
	var names []string
	for i, s := range steps {
		if !s.IsField() {
			return ""
		}
		if i < len(steps)-1 && s.Field.Embedded() {
			continue // promoted through it
		}
		names = append(names, s.Field.Name())
	}
	return strings.Join(names, ".")
}

// topField reports whether p selects a field of its root's struct, its
// own or promoted: u.Password, with or without an embedded Credentials.
func topField(p *flow.Path) bool {
	n := goName(p)
	return n != "" && !strings.Contains(n, ".")
}

// topElemField is topField for the elements of its root too: the field of
// a struct or of the elements of a slice, array or map of structs.
func topElemField(p *flow.Path) bool {
	n := elemGoName(p)
	return n != "" && !strings.Contains(n, ".")
}

// assignedSince reports whether the function assigns field fv of the
// variable root names, or calls a method that replaces it: then the
// assignment, not the constructor, says what the field holds.
func (f *function) assignedSince(root ast.Expr, fv *types.Var) bool {
	k, ok := f.location(unaddr(root))
	if !ok {
		return false
	}
	if f.mutated(k.obj, fv.Name()) {
		return true
	}
	k.path = f.x.paths.Concat(k.path, f.x.paths.Fields(nil, fv))
	return len(f.assigns[k]) > 0
}

// ownField reads a document key as the struct field its value is, when
// the struct stores that field under the same key: the filter
// {"licenseNumber": d.LicenseNumber} of a Driver matches its licence
// number, which only the Driver type says is one.
func (f *function) ownField(v ast.Expr, key string) (names.Match, bool) {
	info := f.x.pass.TypesInfo
	sel, ok := unconvert(info, v).(*ast.SelectorExpr)
	if !ok || strings.Contains(key, ".") {
		return names.Match{}, false
	}
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal {
		return names.Match{}, false
	}
	fv, owner := f.x.fieldWithKey(derefType(s.Recv()), key)
	if fv == nil || fv != s.Obj() {
		return names.Match{}, false
	}
	return f.x.sensitive(fv, key, owner)
}

// storageWords are the words of a repository type's name that say where
// records are kept, not what they are (ResetPasswordMongoRepository keeps
// password resets).
var storageWords = []string{"mongo", "mongodb", "db", "database", "repository", "repo", "repos", "store", "storage", "dao", "collection", "coll", "impl", "adapter", "persistence", "model", "models"}

// recordKey reads a bare "code" key as a field of the records the
// function's receiver keeps, named by the receiver's type less its storage
// words: "code" in a method of AuthCodeRepository is an authorization
// code, in one of ResetPasswordMongoRepository a reset code. A receiver
// named only by storage words (MongoDB, Store) says nothing. Other generic
// keys are not read so: a Client's "key" is a document's name, not a
// client key.
func (f *function) recordKey(key string) (names.Match, bool) {
	if f.obj == nil || key[strings.LastIndexByte(key, '.')+1:] != "code" {
		return names.Match{}, false
	}
	recv := f.obj.Signature().Recv()
	if recv == nil {
		return names.Match{}, false
	}
	n, ok := types.Unalias(derefType(recv.Type())).(*types.Named)
	if !ok {
		return names.Match{}, false
	}
	var words []string
	for _, w := range names.Tokenize(n.Obj().Name()) {
		if !slices.Contains(storageWords, w) {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return names.Match{}, false
	}
	return f.x.matcher.CodeIn(strings.Join(words, "_"))
}

// requestParams are the methods that read a named parameter of an HTTP
// request (a cookie, a header, a query or form value, a path parameter),
// by the package path prefix of their receiver's type.
var requestParams = map[string][]string{
	"net/http":                 {"FormValue", "PostFormValue", "Cookie", "Get"},
	"net/url":                  {"Get"},
	"github.com/gin-gonic/gin": {"Query", "DefaultQuery", "PostForm", "DefaultPostForm", "Param", "GetHeader", "Cookie"},
	"github.com/labstack/echo": {"QueryParam", "FormValue", "Param", "Cookie"},
	"github.com/gofiber/fiber": {"Query", "Params", "Get", "Cookies", "FormValue"},
}

// requestParamName returns the name of the request parameter e holds,
// read by name with a constant (r.FormValue("reset_token"),
// r.Header.Get("X-API-Key"), c.Query("token"), the Value of the cookie
// r.Cookie("session_token") returned), directly or through a variable
// assigned once; "" when e is none of those.
func (f *function) requestParamName(e ast.Expr) string {
	info := f.x.pass.TypesInfo
	for range 3 {
		e = ast.Unparen(e)
		switch n := e.(type) {
		case *ast.Ident:
			rhs, ok := f.onlyValue(info.ObjectOf(n), true)
			if !ok {
				return ""
			}
			e = rhs
			continue
		case *ast.SelectorExpr:
			if n.Sel.Name != "Value" {
				return ""
			}
			e = n.X // cookie.Value
			continue
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(info, n).(*types.Func)
			if fn == nil || len(n.Args) == 0 || fn.Signature().Recv() == nil {
				return ""
			}
			tv := info.Types[n.Args[0]]
			if tv.Value == nil || tv.Value.Kind() != constant.String || fn.Pkg() == nil {
				return ""
			}
			for prefix, methods := range requestParams {
				if (fn.Pkg().Path() == prefix || strings.HasPrefix(fn.Pkg().Path(), prefix+"/")) && slices.Contains(methods, fn.Name()) {
					return constant.StringVal(tv.Value)
				}
			}
			return ""
		}
		return ""
	}
	return ""
}
