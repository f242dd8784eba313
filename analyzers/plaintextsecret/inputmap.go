package plaintextsecret

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/cryptolint/cryptolint/internal/flow"
	"github.com/cryptolint/cryptolint/internal/mongoapi"
)

// Maps decoded from the request: a handler that decodes the body into a
// map and writes the map stores whatever keys the client sent.
//
//	var updates map[string]any
//	c.ShouldBindJSON(&updates)
//	if v, ok := updates["api_key"]; ok && v == "" { delete(updates, "api_key") }
//	coll.UpdateOne(ctx, filter, bson.M{"$set": updates})
//
// Which keys those are, nothing in the types says; a key the function
// itself names (reads, tests, trims, deletes in a branch) is one it
// expects the client to send. Each such sensitive key is what the client
// sent, unless the function assigns it (then the last assignment before
// the write says what is stored), deletes it on every path to the write,
// or returns before the write whenever the map has it.

// inputMap walks the map variable v (used as id), decoded from outside
// input, written at ev.at: under the keys this function names on it, and
// those the callee that writes it names (ParamSink.Named).
func (ev *evaluation) inputMap(v types.Object, id *ast.Ident, kind mongoapi.Kind, prefix string) {
	f := ev.f
	ev.laterIndexAssignments(v, kind, prefix)
	if kind == mongoapi.Filter {
		return
	}
	keys := f.namedKeys(v)
	if s := ev.sink; !s.Leaf && s.Path == prefix && s.Sub == "" {
		for _, k := range s.Named {
			if !slices.ContainsFunc(keys, func(r keyRead) bool { return r.key == k }) {
				keys = append(keys, keyRead{key: k}) // read by the callee
			}
		}
	}
	if f.handedOff(v, ev.at) {
		return
	}
	for _, r := range keys {
		if !f.keptAt(v, r.key, ev.at) {
			continue
		}
		m, ok := f.x.matcher.Match(r.key)
		if !ok {
			continue
		}
		if r.read != nil {
			ev.leaves = append(ev.leaves, leaf{path: join(prefix, r.key), key: r.key, match: m, value: r.read})
			continue
		}
		// Only the callee reads it: what the map holds there, as decoded.
		ev.leaves = append(ev.leaves, leaf{path: join(prefix, r.key), key: r.key, match: m, root: id, fieldPath: f.x.paths.Extend(nil, flow.Step{Key: r.key}), owner: v})
	}
}

// namedLeft returns, when e is a document map parameter written whole
// at ev.at, the sensitive keys the function names on it and neither
// assigns before the write nor removes on every path to it, with those
// the sink names (ParamSink.Named), sorted.
func (ev *evaluation) namedLeft(e ast.Expr, kind mongoapi.Kind) []string {
	f := ev.f
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || kind == mongoapi.Filter || !mongoapi.IsDocumentMap(f.x.pass.TypesInfo.TypeOf(id)) {
		return nil
	}
	v := f.x.pass.TypesInfo.ObjectOf(id)
	if f.handedOff(v, ev.at) {
		return nil
	}
	var out []string
	for _, r := range f.namedKeys(v) {
		if _, ok := f.x.matcher.Match(r.key); ok && f.keptAt(v, r.key, ev.at) {
			out = append(out, r.key)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// keyRead is a constant key that the function names on a map: its first
// read (m["api_key"]), or nil when it only deletes it.
type keyRead struct {
	key  string
	read ast.Expr
}

// namedKeys returns the constant keys that the function names on map
// variable v (m["k"] read or assigned, delete(m, "k")), in the order of
// their first mention.
func (f *function) namedKeys(v types.Object) []keyRead {
	var out []keyRead
	add := func(key string, read ast.Expr) {
		i := slices.IndexFunc(out, func(r keyRead) bool { return r.key == key })
		if i < 0 {
			out = append(out, keyRead{key: key, read: read})
		} else if out[i].read == nil {
			out[i].read = read
		}
	}
	ast.Inspect(f.decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.IndexExpr:
			if key, ok := f.keyOf(n, v); ok {
				add(key, n)
			}
		case *ast.CallExpr:
			if key, ok := f.deletes(n, v); ok {
				add(key, nil)
			}
		}
		return true
	})
	return slices.DeleteFunc(out, func(r keyRead) bool { return r.read == nil })
}

// keyOf returns the constant key that e reads on the map variable v
// (v["api_key"]).
func (f *function) keyOf(e ast.Expr, v types.Object) (string, bool) {
	info := f.x.pass.TypesInfo
	ix, ok := ast.Unparen(e).(*ast.IndexExpr)
	if !ok {
		return "", false
	}
	id, ok := ast.Unparen(ix.X).(*ast.Ident)
	if !ok || info.ObjectOf(id) != v {
		return "", false
	}
	return constKey(info, ix.Index)
}

// constKey returns the value of e when it is a constant string.
func constKey(info *types.Info, e ast.Expr) (string, bool) {
	tv := info.Types[e]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// deletes returns the constant key of call when it is delete(v, "k").
func (f *function) deletes(call *ast.CallExpr, v types.Object) (string, bool) {
	info := f.x.pass.TypesInfo
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok || len(call.Args) != 2 {
		return "", false
	}
	if b, ok := info.ObjectOf(id).(*types.Builtin); !ok || b.Name() != "delete" {
		return "", false
	}
	m, ok := ast.Unparen(call.Args[0]).(*ast.Ident)
	if !ok || info.ObjectOf(m) != v {
		return "", false
	}
	return constKey(info, call.Args[1])
}

// keyAssignedBefore reports whether the function assigns v[key] before
// pos.
func (f *function) keyAssignedBefore(v types.Object, key string, pos token.Pos) bool {
	for k := range f.assigns {
		if k.obj == v && k.path.Len() == 1 && k.path.Last().IsKey() && k.path.Last().Key == key && len(f.assignsBefore(k, pos)) > 0 {
			return true
		}
	}
	return false
}

// keyRemoved reports whether every path to pos removes key from v: a
// delete(v, key) statement, or an if statement without else that tests
// v[key] and always returns, in a block that encloses pos, before it.
func (f *function) keyRemoved(v types.Object, key string, pos token.Pos) bool {
	removed := false
	ast.Inspect(f.decl.Body, func(n ast.Node) bool {
		if removed || n == nil || !(n.Pos() <= pos && pos < n.End()) {
			return false // a node that does not enclose the write
		}
		var list []ast.Stmt
		switch n := n.(type) {
		case *ast.BlockStmt:
			list = n.List
		case *ast.CaseClause:
			list = n.Body
		case *ast.CommClause:
			list = n.Body
		}
		for _, s := range list {
			if s.End() > pos {
				break
			}
			switch s := s.(type) {
			case *ast.ExprStmt:
				if call, ok := ast.Unparen(s.X).(*ast.CallExpr); ok {
					if k, ok := f.deletes(call, v); ok && k == key {
						removed = true
					}
				}
			case *ast.IfStmt:
				if s.Else == nil && f.presenceTest(s, v, key) && terminates(s.Body) {
					removed = true // if _, ok := m["password"]; ok { return }
				}
				if s.Else == nil && f.testsKey(s, v, key) && f.movesProtected(s.Body, v, key) {
					// if pw, ok := m["password"].(string); ok && pw != "" {
					// m["password_hash"] = hash(pw); delete(m, "password") }:
					// what stays when the test fails is no secret.
					removed = true
				}
			}
		}
		return true
	})
	return removed
}

// presenceTest reports whether s runs its body when v holds key: its
// condition is ok of an init v2, ok := v[key], or v[key] != nil. A test
// of the value (if v["password"] != otp { return }) lets a request with
// the key through.
func (f *function) presenceTest(s *ast.IfStmt, v types.Object, key string) bool {
	info := f.x.pass.TypesInfo
	isKey := func(e ast.Expr) bool {
		k, ok := f.keyOf(e, v)
		return ok && k == key
	}
	switch c := ast.Unparen(s.Cond).(type) {
	case *ast.Ident:
		as, ok := s.Init.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 || !isKey(as.Rhs[0]) {
			return false
		}
		okVar, isIdent := as.Lhs[1].(*ast.Ident)
		return isIdent && info.ObjectOf(okVar) != nil && info.ObjectOf(okVar) == info.ObjectOf(c)
	case *ast.BinaryExpr:
		return c.Op == token.NEQ && (isKey(c.X) && info.Types[c.Y].IsNil() || isKey(c.Y) && info.Types[c.X].IsNil())
	}
	return false
}

// terminates reports whether the block's last statement leaves the
// function (return, panic).
func terminates(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	switch s := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.ExprStmt:
		if call, ok := s.X.(*ast.CallExpr); ok {
			if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "panic" {
				return true
			}
		}
	}
	return false
}

// isRecoded reports whether the map id is the round trip of a value the
// program serialized (json.Unmarshal(b, &m), b from json.Marshal(u)):
// what the value holds, not what a client sent.
func (f *function) isRecoded(id *ast.Ident) bool {
	src, _ := f.recodedVia(id)
	return src != nil
}

// handedOff reports whether the function passes the map v, before pos,
// to a function that may set its keys: one of another module (its code
// is not analyzed: common.GenerateAndHashOTP(data) may hash the password
// in place), a function value or an interface method, or a function of
// the module whose facts say it sets a key. The standard library (but its
// maps package) and functions that write the map are not.
func (f *function) handedOff(v types.Object, pos token.Pos) bool {
	for _, call := range f.docCalls[v] {
		if call.End() > pos {
			continue // the write itself, or after it
		}
		fn := f.callee(call)
		if fn == nil {
			if _, builtin := typeutil.Callee(f.x.pass.TypesInfo, call).(*types.Builtin); builtin {
				continue // delete(m, k), len(m)
			}
			return true
		}
		if len(f.x.sinkOf(fn)) > 0 || fn.Pkg() == nil {
			continue
		}
		if _, decodes := inputTarget(fn); decodes {
			continue // c.ShouldBindJSON(&updates): what fills it from the request
		}
		if !strings.Contains(strings.SplitN(fn.Pkg().Path(), "/", 2)[0], ".") {
			if fn.Pkg().Path() == "maps" {
				return true
			}
			continue // the standard library reads the map (fmt, log, json.Marshal)
		}
		if f.x.outsideModule(fn.Pkg()) || interfaceOf(fn) != nil {
			return true
		}
		if r := f.x.resultOf(fn); r != nil && len(r.ReceiverKeys)+len(r.FillsKeys) > 0 || f.x.keySetterOf(fn) != nil {
			return true
		}
	}
	return false
}

// keptAt reports whether the map v still holds what it held under key
// when it is written at pos: the function neither assigns the key
// before, nor removes it on every path, nor has a callee replace it.
// Whether the map was handed off first (handedOff) does not depend on
// the key: the callers ask it once.
func (f *function) keptAt(v types.Object, key string, pos token.Pos) bool {
	return !f.keyAssignedBefore(v, key, pos) && !f.keyRemoved(v, key, pos) && !f.keyReplacedAt(v, key, pos)
}

// namedKept returns the keys of named that the map variable arg still
// holds as it was given when it is passed on at pos (keptAt), or nil
// when arg is not a variable.
func (f *function) namedKept(arg ast.Expr, named []string, pos token.Pos) []string {
	id, ok := ast.Unparen(arg).(*ast.Ident)
	if !ok {
		return nil
	}
	v := f.x.pass.TypesInfo.ObjectOf(id)
	if v == nil || f.handedOff(v, pos) {
		return nil
	}
	var out []string
	for _, k := range named {
		if f.keptAt(v, k, pos) {
			out = append(out, k)
		}
	}
	return out
}

// testsKey reports whether the init or condition of s reads v[key].
func (f *function) testsKey(s *ast.IfStmt, v types.Object, key string) bool {
	found := false
	for _, n := range []ast.Node{s.Init, s.Cond} {
		if n == nil || found {
			continue
		}
		ast.Inspect(n, func(n ast.Node) bool {
			if e, ok := n.(ast.Expr); ok {
				if k, ok := f.keyOf(e, v); ok && k == key {
					found = true
				}
			}
			return !found
		})
	}
	return found
}

// movesProtected reports whether the block deletes v[key] and assigns a
// protected value (a hash, a ciphertext) to another key of v, at its top
// level: the secret moves to that key in its protected form.
func (f *function) movesProtected(b *ast.BlockStmt, v types.Object, key string) bool {
	m, ok := f.x.matcher.Match(key)
	if !ok {
		return false
	}
	deleted, moved := false, false
	for _, st := range b.List {
		switch st := st.(type) {
		case *ast.ExprStmt:
			if call, ok := ast.Unparen(st.X).(*ast.CallExpr); ok {
				if k, ok := f.deletes(call, v); ok && k == key {
					deleted = true
				}
			}
		case *ast.AssignStmt:
			if len(st.Lhs) != 1 || len(st.Rhs) != 1 {
				continue
			}
			if k, ok := f.keyOf(st.Lhs[0], v); ok && k != key && f.protectedExpr(st.Rhs[0], m.Category, 0) {
				moved = true
			}
		}
	}
	return deleted && moved
}
