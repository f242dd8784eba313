package plaintextsecret

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/cryptolint/cryptolint/internal/bsonenc"
	"github.com/cryptolint/cryptolint/internal/mongoapi"
)

// Documents built by reflection with a selection of fields.
//
// Real services update a few fields of a model with a helper that walks the
// struct by its bson tags at run time and keeps the fields whose keys a set
// names (coll.CommitFields(id, doc, set.NewSet("name", "secret")) ->
// UpdateOne(ctx, filter, SelectFields(doc, fields))). The document written
// holds the selected fields of the struct: the analyzer reads the builder
// as "the object's document, restricted to the keys its selector names",
// and the selector's keys where they are constants, at the call or at an
// outer caller that passes them down (ParamSink.Select).

// reflectFact marks a function that builds a document from its Obj-th
// parameter by reflection (reflect.ValueOf(obj)), keeping the keys named by
// its Fields-th parameter (-1: every field). With JSON, the builder keys
// the top-level fields by their json tags (Tag.Get("json")), not by their
// bson ones.
type reflectFact struct {
	Obj, Fields int
	JSON        bool
}

func (*reflectFact) AFact() {}

func (r *reflectFact) String() string {
	s := "builds a document from param " + strconv.Itoa(r.Obj)
	if r.Fields >= 0 {
		s += " selecting the keys of param " + strconv.Itoa(r.Fields)
	}
	if r.JSON {
		s += " keyed by its json tags"
	}
	return s
}

// findReflective records the package's functions that build a document
// map by reflection from an interface parameter, and exports them.
func (x *pass) findReflective() {
	for _, f := range x.funcs {
		if f.obj == nil {
			continue
		}
		if r := f.reflective(); r != nil {
			x.reflective[f.obj] = r
			x.pass.ExportObjectFact(f.obj, r)
		}
	}
}

// reflective returns the function's reflectFact, or nil: its first result
// is a document map, and it calls reflect.ValueOf on a parameter of
// interface type.
func (f *function) reflective() *reflectFact {
	sig := f.obj.Signature()
	if sig.Results().Len() == 0 || !mongoapi.IsDocumentMap(derefType(sig.Results().At(0).Type())) {
		return nil
	}
	obj := -1
	for call := range f.calls() {
		if len(call.Args) != 1 {
			continue
		}
		fn, _ := typeutil.Callee(f.x.pass.TypesInfo, call).(*types.Func)
		if fn == nil || fn.FullName() != "reflect.ValueOf" {
			continue
		}
		if i, ok := f.param(call.Args[0]); ok && i >= 0 && types.IsInterface(sig.Params().At(i).Type()) {
			obj = i
			break
		}
	}
	if obj < 0 {
		return nil
	}
	tags := f.tagsRead()
	r := &reflectFact{Obj: obj, Fields: -1, JSON: tags["json"] && !tags["bson"]}
	for i := range sig.Params().Len() {
		if i == obj {
			continue
		}
		t := sig.Params().At(i).Type()
		if isStringSet(t) {
			if f.listSelects(sig.Params().At(i)) {
				r.Fields = i
			}
			break
		}
	}
	return r
}

// tagsRead returns the struct tag keys the function reads from the fields
// it walks (typ.Field(i).Tag.Get("json")).
func (f *function) tagsRead() map[string]bool {
	info := f.x.pass.TypesInfo
	keys := make(map[string]bool)
	for call := range f.calls() {
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		if fn == nil || len(call.Args) != 1 || fn.Name() != "Get" && fn.Name() != "Lookup" {
			continue
		}
		if recv := fn.Signature().Recv(); recv == nil || types.TypeString(recv.Type(), nil) != "reflect.StructTag" {
			continue
		}
		if tv := info.Types[call.Args[0]]; tv.Value != nil && tv.Value.Kind() == constant.String {
			keys[constant.StringVal(tv.Value)] = true
		}
	}
	return keys
}

// listSelects reports whether the builder's string-set parameter list
// restricts the keys it stores: a store into a document map sits under a
// test of the list, or of what the function derives from it (if
// fields.Contains(tag) { m[tag] = v }, a range over it, or an earlier if
// !fields.Contains(tag) { continue }). Only when no store does (a list
// or-ed with another test, alwaysUpdate || !isZero(v), adds keys to
// those stored anyway) does it select nothing, and every non-empty field
// is written.
func (f *function) listSelects(list *types.Var) bool {
	info := f.x.pass.TypesInfo
	tainted := map[types.Object]bool{list: true}
	mentions := func(n ast.Expr) bool {
		found := false
		ast.Inspect(n, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && tainted[info.ObjectOf(id)] {
				found = true
			}
			return !found
		})
		return found
	}
	taint := func(lhs []ast.Expr) bool {
		grew := false
		for _, l := range lhs {
			if id := rootOfStore(l); id != nil {
				if v := info.ObjectOf(id); v != nil && !tainted[v] {
					tainted[v], grew = true, true
				}
			}
		}
		return grew
	}
	// What the list flows into: variables assigned from it, and what a
	// range over it fills (set[tag] = true).
	for grew := true; grew; {
		grew = false
		for _, n := range f.nodes {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if slices.ContainsFunc(n.Rhs, mentions) {
					grew = taint(n.Lhs) || grew
				}
			case *ast.RangeStmt:
				if !mentions(n.X) {
					continue
				}
				grew = taint([]ast.Expr{n.Key, n.Value}) || grew
				ast.Inspect(n.Body, func(m ast.Node) bool {
					if as, ok := m.(*ast.AssignStmt); ok {
						grew = taint(as.Lhs) || grew
					}
					return true
				})
			}
		}
	}
	// restricts reports whether cond holding requires a test of the list.
	var restricts func(cond ast.Expr) bool
	restricts = func(cond ast.Expr) bool {
		switch c := ast.Unparen(cond).(type) {
		case *ast.BinaryExpr:
			switch c.Op {
			case token.LAND:
				return restricts(c.X) || restricts(c.Y)
			case token.LOR:
				return restricts(c.X) && restricts(c.Y)
			}
		}
		return mentions(cond)
	}
	stores, free := 0, 0
	ast.PreorderStack(f.decl.Body, nil, func(n ast.Node, stack []ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		as, ok := n.(*ast.AssignStmt)
		if !ok {
			return true
		}
		for _, l := range as.Lhs {
			ix, ok := ast.Unparen(l).(*ast.IndexExpr)
			if !ok || !mongoapi.IsDocumentMap(info.TypeOf(ix.X)) {
				continue
			}
			if id := rootOfStore(ix.X); id == nil || tainted[info.ObjectOf(id)] {
				continue
			}
			stores++
			if !guarded(append(stack, as), restricts, mentions) {
				free++
			}
		}
		return true
	})
	return stores == 0 || free < stores
}

// guarded reports whether the statement at the end of path (the nodes
// from a function body down to it) runs only when a condition that
// restricts holds: it is in the body of an if whose condition restricts,
// in an else, a case or a range whose condition or operand mentions, or
// after an if in an enclosing block that mentions and leaves the block
// (if !fields.Contains(tag) { continue }).
func guarded(path []ast.Node, restricts, mentions func(ast.Expr) bool) bool {
	for i := len(path) - 2; i >= 0; i-- {
		child := path[i+1]
		switch n := path[i].(type) {
		case *ast.IfStmt:
			if child == n.Body && restricts(n.Cond) || child == n.Else && mentions(n.Cond) {
				return true
			}
		case *ast.RangeStmt:
			if child == n.Body && mentions(n.X) {
				return true
			}
		case *ast.CaseClause:
			if slices.ContainsFunc(n.List, mentions) {
				return true
			}
		case *ast.BlockStmt:
			for _, st := range n.List {
				if st == child {
					break
				}
				if is, ok := st.(*ast.IfStmt); ok && is.Else == nil && leaves(is.Body) && mentions(is.Cond) {
					return true
				}
			}
		}
	}
	return false
}

// leaves reports whether a block always leaves its enclosing one: it
// ends in a return, continue, break or goto.
func leaves(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	switch b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		return true
	}
	return false
}

// rootOfStore returns the variable a store goes into: m in m[k], m.f and
// *m; nil when it is not a variable's.
func rootOfStore(e ast.Expr) *ast.Ident {
	for {
		switch n := ast.Unparen(e).(type) {
		case *ast.Ident:
			return n
		case *ast.IndexExpr:
			e = n.X
		case *ast.SelectorExpr:
			e = n.X
		case *ast.StarExpr:
			e = n.X
		default:
			return nil
		}
	}
}

// isStringSet reports whether values of t can name keys: a slice of
// strings, a map keyed by strings, or a named set type (a struct or
// interface with a Contains method).
func isStringSet(t types.Type) bool {
	switch u := types.Unalias(t).Underlying().(type) {
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Info()&types.IsString != 0
	case *types.Map:
		b, ok := u.Key().Underlying().(*types.Basic)
		return ok && b.Info()&types.IsString != 0
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "Contains")
	_, ok := obj.(*types.Func)
	return ok
}

// reflectiveOf returns how fn builds a document by reflection, if it does.
func (x *pass) reflectiveOf(fn *types.Func) *reflectFact {
	if fn == nil {
		return nil
	}
	return factOf(x, x.reflective, fn)
}

// selection is what a selector argument says about the keys written.
type selection struct {
	keys  map[string]bool // the constant keys; nil with param or unknown
	param int             // the enclosing function's parameter that holds them, or -1
}

// selectionOf reads a selector argument: constant strings in a call
// (set.NewSet("a", "b")), a composite literal, or a variable defined by
// one of those; or a parameter of the function.
func (f *function) selectionOf(e ast.Expr) selection {
	if i, ok := f.param(e); ok {
		return selection{param: i}
	}
	var added []ast.Expr
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		v := f.x.pass.TypesInfo.ObjectOf(id)
		as := f.assigns[assignKey{obj: v}]
		if len(as) == 1 && as[0].index < 0 {
			e = as[0].rhs
			// fields.Add("secret") after the definition, on any path: the
			// keys that may be selected.
			added = f.addedKeys(v, token.NoPos, token.NoPos)
		} else if rhs := f.lastDefinition(v, as, id.Pos()); rhs != nil {
			// fields = set.NewSet() again for the next group: the keys
			// added since the definition that comes last before the use.
			e = rhs
			added = f.addedKeys(v, rhs.End(), id.Pos())
		}
	}
	var args []ast.Expr
	switch n := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		args = n.Args
	case *ast.CompositeLit:
		for _, elt := range n.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Key
			}
			args = append(args, elt)
		}
	default:
		return selection{param: -1}
	}
	keys := make(map[string]bool)
	for _, a := range slices.Concat(args, added) {
		tv := f.x.pass.TypesInfo.Types[a]
		if tv.Value == nil || tv.Value.Kind() != constant.String {
			return selection{param: -1} // a key known only at run time
		}
		keys[constant.StringVal(tv.Value)] = true
	}
	return selection{keys: keys, param: -1}
}

// lastDefinition returns the value of the last assignment to v that
// comes before pos in the source and is not an append to v itself, when
// that assignment is of a single value (an earlier u, err := repo.Get(id)
// is replaced by it): with straight-line code and branches that only add
// keys, the definition the use sees.
func (f *function) lastDefinition(v types.Object, as []assignment, pos token.Pos) ast.Expr {
	var last *assignment
	for i, a := range as {
		if a.rhs.End() > pos || a.elem {
			continue // after the use, or holding it (m, err = save(m)); or keys[i] = k, a store into it
		}
		if call, ok := ast.Unparen(a.rhs).(*ast.CallExpr); ok {
			if isAppend(f.x.pass.TypesInfo, call) {
				continue // fields = append(fields, "secret"): an addition, read by addedKeys
			}
		}
		if last == nil || a.rhs.Pos() > last.rhs.Pos() {
			last = &as[i]
		}
	}
	if last == nil || last.index >= 0 {
		return nil // one of several results (u, err := repo.Get(id)): not a value of its own here
	}
	return last.rhs
}

// addedKeys returns the arguments of the calls that add keys to a set
// variable: its Add, Insert or Append methods (set.Set, a map type of the
// program) and append(v, ...) assigned back to it.
func (f *function) addedKeys(v types.Object, from, to token.Pos) []ast.Expr {
	var out []ast.Expr
	for call := range f.calls() {
		if from.IsValid() && (call.Pos() < from || call.Pos() > to) {
			continue // outside the span of source that reaches the use
		}
		switch fun := ast.Unparen(call.Fun).(type) {
		case *ast.SelectorExpr:
			if id, ok := ast.Unparen(fun.X).(*ast.Ident); ok && f.x.pass.TypesInfo.ObjectOf(id) == v {
				switch fun.Sel.Name {
				case "Add", "Insert", "Append":
					out = append(out, call.Args...)
				}
			}
		case *ast.Ident:
			if isAppend(f.x.pass.TypesInfo, call) && len(call.Args) > 1 {
				if id, ok := ast.Unparen(call.Args[0]).(*ast.Ident); ok && f.x.pass.TypesInfo.ObjectOf(id) == v {
					out = append(out, call.Args[1:]...)
				}
			}
		}
	}
	return out
}

// restrict keeps, of what the evaluation found from index leaves and
// params on, the entries under prefix whose top-level key the selection
// names; parameters passed whole get the selection's parameter.
func (ev *evaluation) restrict(sel selection, prefix string, leaves, params int) {
	allowed := func(path string) bool {
		if sel.keys == nil {
			return false
		}
		rel := path
		if prefix != "" {
			rel = strings.TrimPrefix(path, prefix+".")
		}
		top, _, _ := strings.Cut(rel, ".")
		return sel.keys[top]
	}
	kept := ev.leaves[:leaves]
	for _, l := range ev.leaves[leaves:] {
		if allowed(l.path) {
			kept = append(kept, l)
		}
	}
	ev.leaves = kept
	keptParams := ev.params[:params]
	for _, p := range ev.params[params:] {
		switch {
		case p.Path == prefix && !p.Leaf:
			if sel.param >= 0 {
				p.Select = sel.param + 1
			} else if sel.keys == nil {
				continue // selected at run time: not followed
			} else {
				p.Select = 0
				p.Keys = sortedKeys(sel.keys)
			}
			keptParams = append(keptParams, p)
		case allowed(p.Path):
			keptParams = append(keptParams, p)
		}
	}
	ev.params = keptParams
}

// sortedKeys returns a set's keys in order.
func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// reflectDoc walks a document built by reflection from one of the call's
// arguments, restricted to the keys the selector argument names.
func (ev *evaluation) reflectDoc(call *ast.CallExpr, r *reflectFact, prefix string) {
	if r.Obj >= len(call.Args) {
		return
	}
	sel := selection{param: -1}
	if r.Fields >= 0 && r.Fields < len(call.Args) {
		sel = ev.f.selectionOf(call.Args[r.Fields])
	}
	n, p := len(ev.leaves), len(ev.params)
	ev.doc(call.Args[r.Obj], mongoapi.Document, prefix, true)
	if r.JSON {
		ev.jsonTop(ev.f.x.pass.TypesInfo.TypeOf(call.Args[r.Obj]), prefix, n, p)
	}
	if r.Fields >= 0 {
		ev.restrict(sel, prefix, n, p)
	}
}

// jsonTop re-keys what the walk of a document of type t under prefix
// added (the leaves and parameter sinks from leaves and params on) for a
// builder that keys the top-level fields by their json tags: each
// top-level field is stored under its JSON name (the builder copies its
// value whole, and the driver encodes what is under it by BSON), and one
// that JSON skips (json:"-") is not stored. A parameter passed whole
// keeps the mark for its callers (ParamSink.TopJSON).
func (ev *evaluation) jsonTop(t types.Type, prefix string, leaves, params int) {
	rename := make(map[string]string) // bson key -> json key, "" when skipped
	if st, ok := derefType(t).Underlying().(*types.Struct); ok {
		for _, fld := range ev.f.x.enc.TopFields(t, false) {
			if len(fld.Vars) != 1 {
				continue // flattened from an inline struct: stored under the struct's own name
			}
			for i := range st.NumFields() {
				if st.Field(i) == fld.Var {
					rename[fld.Key], _ = bsonenc.JSONKey(st, i)
				}
			}
		}
	}
	// rekey returns path with its top-level key under prefix renamed,
	// whether it is that key itself, and false when the field is skipped.
	rekey := func(path string) (string, bool, bool) {
		rel, ok := path, true
		if prefix != "" {
			rel, ok = strings.CutPrefix(path, prefix+".")
		}
		if !ok {
			return path, false, true
		}
		top, rest, nested := strings.Cut(rel, ".")
		k, known := rename[top]
		switch {
		case !known:
			return path, false, true
		case k == "":
			return "", false, false
		case nested:
			return join(prefix, k+"."+rest), false, true
		}
		return join(prefix, k), true, true
	}
	kept := ev.leaves[:leaves]
	for _, l := range ev.leaves[leaves:] {
		path, top, ok := rekey(l.path)
		if !ok {
			continue
		}
		l.path = path
		if top {
			l.key = path[strings.LastIndexByte(path, '.')+1:]
		}
		kept = append(kept, l)
	}
	ev.leaves = kept
	ps := ev.params[:params]
	for _, p := range ev.params[params:] {
		if !p.Leaf && p.Path == prefix {
			p.TopJSON = true
		} else {
			path, _, ok := rekey(p.Path)
			if !ok {
				continue
			}
			p.Path = path
		}
		ps = append(ps, p)
	}
	ev.params = ps
}

// selectFor applies the selection of a sink that writes only the keys its
// Select-th argument names (a wrapper of a reflective builder) to an
// evaluation of one of the call's arguments.
func (f *function) selectFor(ev *evaluation, call ast.Node, s ParamSink) {
	switch {
	case len(s.Keys) > 0:
		keys := make(map[string]bool, len(s.Keys))
		for _, k := range s.Keys {
			keys[k] = true
		}
		ev.restrict(selection{keys: keys, param: -1}, s.Path, 0, 0)
	case s.Select > 0:
		c, ok := call.(*ast.CallExpr)
		if !ok || s.Select-1 >= len(c.Args) {
			ev.restrict(selection{param: -1}, s.Path, 0, 0)
			return
		}
		ev.restrict(f.selectionOf(c.Args[s.Select-1]), s.Path, 0, 0)
	}
}

// decodeFact marks a function that decodes documents read from the
// database into its Param-th parameter (coll.FindOneId(id, data) calling
// FindOne(...).Decode(data)): its callers' arguments hold stored
// documents, as with the driver's own Decode.
//
// With Input, the function decodes outside input instead (a request body
// or a file: ParseJSON(r, dst) calling json.Unmarshal(body, dst)): its
// callers' arguments hold what the input held.
type decodeFact struct {
	Param int
	Input bool
	JSON  bool // the input is JSON: a field tagged json:"-" stays empty
}

func (*decodeFact) AFact() {}

func (d *decodeFact) String() string {
	if d.Input && d.JSON {
		return "decodes outside input into param " + strconv.Itoa(d.Param) + " as JSON"
	}
	if d.Input {
		return "decodes outside input into param " + strconv.Itoa(d.Param)
	}
	return "decodes stored documents into param " + strconv.Itoa(d.Param)
}

// inputTargetOf returns the argument index fn decodes outside input into:
// the decoders of requests and files, and wrappers by fact.
func (x *pass) inputTargetOf(fn *types.Func) (int, bool) {
	if i, ok := inputTarget(fn); ok || fn == nil {
		return i, ok
	}
	origin := fn.Origin()
	if d, ok := x.inputs[origin]; ok {
		return d, true
	}
	if origin.Pkg() != nil && origin.Pkg() != x.pass.Pkg {
		var d decodeFact
		if x.pass.ImportObjectFact(origin, &d) && d.Input {
			return d.Param, true
		}
	}
	return 0, false
}

// jsonInputOf reports whether fn decodes its input as JSON, directly or,
// for the program's own wrappers, by fact (util.ReadJSON(r, &v)).
func (x *pass) jsonInputOf(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	if jsonDecoder(fn) {
		return true
	}
	origin := fn.Origin()
	if _, ok := x.inputs[origin]; ok {
		return x.inputsJSON[origin]
	}
	var d decodeFact
	return origin.Pkg() != nil && origin.Pkg() != x.pass.Pkg && x.pass.ImportObjectFact(origin, &d) && d.Input && d.JSON
}

// decodeTarget returns the argument index fn decodes stored documents
// into: the driver's methods, and wrappers by fact.
func (x *pass) decodeTarget(fn *types.Func) (int, bool) {
	if fn == nil {
		return 0, false
	}
	if i, ok := x.drivers.DecodeTarget(fn); ok {
		return i, true
	}
	origin := fn.Origin()
	if d, ok := x.decoders[origin]; ok {
		return d, true
	}
	if origin.Pkg() != nil && origin.Pkg() != x.pass.Pkg {
		var d decodeFact
		if x.pass.ImportObjectFact(origin, &d) && !d.Input {
			return d.Param, true
		}
	}
	return 0, false
}

// findDecoders computes, to a fixed point, the package's functions that
// decode stored documents into a parameter, exports them, and marks the
// variables every function decodes into through them.
func (x *pass) findDecoders() {
	for changed := true; changed; {
		changed = false
		for _, f := range x.funcs {
			if f.obj == nil || len(f.params) == 0 {
				continue
			}
			_, decodes := x.decoders[f.obj]
			_, inputs := x.inputs[f.obj]
			if decodes || inputs {
				continue
			}
			var skip token.Pos // the end of a call found: ast.Inspect did not enter it
			for call := range f.calls() {
				if call.Pos() < skip {
					continue
				}
				fn := f.callee(call)
				if i, ok := x.decodeTarget(fn); ok && i < len(call.Args) && !f.existenceCheck(call) {
					if j, ok := f.param(call.Args[i]); ok && j >= 0 {
						x.decoders[f.obj] = j
						changed = true
						skip = call.End()
						continue
					}
				}
				if i, ok := x.inputTargetOf(fn); ok && i < len(call.Args) {
					if j, ok := f.param(call.Args[i]); ok && j >= 0 {
						x.inputs[f.obj] = j
						x.inputsJSON[f.obj] = x.jsonInputOf(fn)
						changed = true
						skip = call.End()
					}
				}
			}
		}
	}
	for fn, i := range x.decoders {
		x.pass.ExportObjectFact(fn, &decodeFact{Param: i})
	}
	for fn, i := range x.inputs {
		x.pass.ExportObjectFact(fn, &decodeFact{Param: i, Input: true, JSON: x.inputsJSON[fn]})
	}
	for _, f := range x.funcs {
		for call := range f.calls() {
			fn := f.callee(call)
			if _, driver := x.drivers.DecodeTarget(fn); driver {
				continue // noted with the function
			}
			if i, ok := x.decodeTarget(fn); ok && i < len(call.Args) {
				if v := f.rootVar(call.Args[i]); v != nil && !f.existenceCheck(call) {
					f.decoded[v] = true
				}
			}
			if _, direct := inputTarget(fn); direct {
				continue // noted with the function
			}
			if i, ok := x.inputTargetOf(fn); ok && i < len(call.Args) {
				if v := f.rootVar(call.Args[i]); v != nil {
					f.external[v] = true
					if x.jsonInputOf(fn) {
						f.jsonInput[v] = true
					}
				}
			}
		}
	}
}
