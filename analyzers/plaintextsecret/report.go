package plaintextsecret

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptolint/cryptolint/internal/flow"
	"github.com/cryptolint/cryptolint/internal/mongoapi"
	"github.com/cryptolint/cryptolint/internal/names"
	"github.com/cryptolint/cryptolint/internal/rules"
)

// report reports the function's writes: one diagnostic per write and rule,
// naming every field it stores in plaintext.
func (f *function) report() {
	for _, w := range f.writes() {
		var (
			stored, looked []leaf
			pitfalls       []pitfall
			at, lookAt     ast.Expr // the first argument with a finding, per rule
			pitAt          ast.Expr
			via, lookVia   string
			atSink, lkSink ParamSink // the sinks of at and lookAt
			leafSink       bool      // the argument is a single value, not a document
			sub            string    // the field of the argument that is written
			// made are fields of a document an interface method returned
			// that no implementation in view fills: the whole-program step
			// judges them (resultEntry).
			made     []madeLeaf
			madeAt   ast.Expr
			madeVia  string
			madeSink ParamSink
		)
		f.eachArg(w, func(s ParamSink, arg ast.Expr, ev *evaluation) {
			f.noteGenericWrite(s, arg)
			for _, l := range ev.leaves {
				l.val = f.leafValue(l)
				if protects(l.val, l.match.Category) || f.x.replaced(s, l, f.x.pass.TypesInfo.TypeOf(arg)) {
					continue
				}
				if !f.holds(l) {
					if s.Kind == mongoapi.Filter {
						continue
					}
					if r := f.producedBy(l); r != nil {
						made = append(made, madeLeaf{l, r})
						if madeAt == nil {
							madeAt, madeVia, madeSink = arg, s.Via, s
						}
					}
					continue
				}
				if s.Kind == mongoapi.Filter {
					looked = appendLeaf(looked, l)
					if lookAt == nil {
						lookAt, lookVia, lkSink = arg, s.Via, s
					}
					continue
				}
				stored = appendLeaf(stored, l)
				if at == nil {
					at, via, leafSink, sub, atSink = arg, s.Via, s.Leaf && s.Field == "", s.Sub, s
				}
			}
			if len(ev.pitfalls) > 0 && pitAt == nil {
				pitfalls, pitAt = ev.pitfalls, arg
				if via == "" {
					via = s.Via
				}
			}
		})
		for _, part := range splitEntries(stored) {
			what := f.describe(at)
			if leafSink {
				what = "value"
			} else if sub != "" {
				what = "field " + sub + " of " + what // cfg.Storage passed on
			}
			f.reportLeaves(rules.PlaintextSecret, at, part,
				fmt.Sprintf("%s written by %s stores %s in plaintext; %s", what, via, listLeaves(part), advice(part)),
				f.related(w, atSink, part, "holds"))
		}
		for _, part := range splitEntries(looked) {
			f.reportLeaves(rules.PlaintextLookup, lookAt, part,
				fmt.Sprintf("filter of %s matches %s against a raw value, so the field must be stored in plaintext; store a hash (SHA-256 or HMAC) and look up by the hash of the presented value (fieldcrypt.Digest, fieldcrypt.DigestOf)", lookVia, listLeaves(part)),
				f.related(w, lkSink, part, "is matched against"))
		}
		if len(stored) == 0 && len(made) > 0 {
			f.deferMade(w, madeAt, madeVia, madeSink, made)
		}
		if len(pitfalls) > 0 {
			f.reportPitfalls(w, pitAt, via, pitfalls)
		}
	}
}

// splitEntries splits a write's leaves into those judged here and those
// that are fields of a parameter of a function nothing in the package
// calls (leaf.entry), each group non-empty.
func splitEntries(ls []leaf) [][]leaf {
	var here, entries []leaf
	for _, l := range ls {
		if l.entry {
			entries = append(entries, l)
		} else {
			here = append(here, l)
		}
	}
	var out [][]leaf
	for _, part := range [][]leaf{here, entries} {
		if len(part) > 0 {
			out = append(out, part)
		}
	}
	return out
}

// reportLeaves reports a finding now, or, for the fields of a parameter
// of a function nothing in the package calls (leaf.entry, set only in the
// command's program mode), leaves it to the whole-program step: its
// callers in other packages judge the values they pass, and the write is
// reported only when nothing in the program calls the function directly.
// go vet and golangci-lint, without that step, judge such writes here.
func (f *function) reportLeaves(rule *rules.Rule, at ast.Expr, ls []leaf, msg string, related []analysis.RelatedInformation) {
	if !ls[0].entry {
		f.x.rep.ReportRelated(rule, at, msg, related)
		return
	}
	related = append(related, analysis.RelatedInformation{Pos: f.decl.Name.Pos(), Message: "the value comes from a parameter of " + funcName(f.obj) + ", which nothing in the program calls directly (tests and generated code aside)"})
	f.x.fieldEntries = append(f.x.fieldEntries, fieldEntry{fn: f.obj.FullName(), at: f.x.rep.Defer(rule, at), msg: msg, related: related})
}

// holds reports whether a value is known to be in the leaf's field on
// this path: a literal or an assignment in the function, or input decoded
// into the document (a request body). A field that a type could hold but
// nothing fills is not a finding.
func (f *function) holds(l leaf) bool {
	if f.seen(l) {
		return true
	}
	if nl, ok := f.viaPart(l); ok {
		return f.holds(nl) // src.Minio = minio; i.Source = src: what minio holds
	}
	if nl, ok := f.viaMethodCopy(l); ok {
		return f.holds(nl) // u.Update(&req), copying req.FeishuToken: what req holds
	}
	if l.filled {
		return true // a method sets it (defaults for missing values are not counted: defaultedFields)
	}
	if l.root != nil && f.fromInput(l.root) && !serverIssuedAt(l.match, l.path) && (!f.jsonInput[f.rootVar(l.root)] || jsonSettable(f.x.pass.TypesInfo.TypeOf(l.root), l.fieldPath)) {
		return true
	}
	if f.filledPath(l) {
		return true // usr.GenerateToken() sets it
	}
	if !serverIssuedAt(l.match, l.path) && f.inputPart(l) {
		return true // settings.Auth.Providers = data.Providers
	}
	if f.guardedNonEmpty(l) {
		return true // if t.AccessToken == "" { return err }: it holds one after
	}
	if f.libraryFilled(l) {
		return true // tok, _ := conf.Exchange(ctx, code): oauth2 filled tok.AccessToken
	}
	if f.subFilled(l) {
		return true // st.Pages = pages, pages from a function that fills AccessToken
	}
	// A struct made by a constructor that fills the field, or the elements
	// of a slice that a mapper fills (keys[i] = Key{Secret: in.Secret}).
	// Its sub-struct's fields count too (Credential.ClientSecret, from a
	// constructor that sets Credential: NewRandomCredential()).
	if name := elemGoName(l.fieldPath); l.field != nil && name != "" {
		if call := f.producerAt(l.root, l.at); call != nil {
			if fn := f.callee(call); fn != nil {
				if r := f.x.resultOf(fn); r != nil && slices.Contains(r.Sets, name) {
					return true
				}
				if !strings.Contains(name, ".") && f.implementationSets(fn, l.field.Name()) {
					return true // u, err := provider.Authorized(id, code): an OAuth provider fills the tokens
				}
			}
		}
	}
	return false
}

// implementationSets reports whether fn is an interface method one of
// whose implementations, in the package or the one declaring the
// interface, fills field of the struct it returns.
func (f *function) implementationSets(fn *types.Func, field string) bool {
	if interfaceOf(fn) == nil {
		return false
	}
	for _, m := range f.x.implementationsWith(fn) {
		if r := f.x.resultOf(m); r != nil && slices.Contains(r.Sets, field) {
			return true
		}
	}
	return false
}

// viaPart returns the leaf as a field of the local variable that the
// function assigned, before the write, to a part of the leaf's document,
// when nothing assigns the leaf's own path: after src.Minio = minio and
// i.Source = src, the leaf Source.Minio.SecretKey of i is SecretKey of
// minio. A struct assigned by value is read as it was at that assignment.
func (f *function) viaPart(l leaf) (leaf, bool) {
	if l.value != nil || l.root == nil || l.fieldPath.Len() < 2 {
		return l, false
	}
	k, ok := f.location(l.root)
	if !ok || len(f.assignsBefore(assignKey{obj: k.obj, path: f.x.paths.Concat(k.path, l.fieldPath)}, l.at)) > 0 {
		return l, false
	}
	info := f.x.pass.TypesInfo
	steps := l.fieldPath.Steps()
	for n := len(steps) - 1; n >= 1; n-- {
		as := f.assignsBefore(assignKey{obj: k.obj, path: f.x.paths.Concat(k.path, l.fieldPath.Prefix(n))}, l.at)
		if len(as) == 0 {
			continue
		}
		if len(as) != 1 || as[0].index >= 0 || as[0].elem {
			return l, false
		}
		rhs := ast.Unparen(as[0].rhs)
		appended := false
		if call, ok := rhs.(*ast.CallExpr); ok && isAppend(info, call) && len(call.Args) == 2 && !call.Ellipsis.IsValid() {
			// u.Providers = append(u.Providers, *p): the element the
			// function added is what the new element holds.
			rhs, appended = ast.Unparen(call.Args[1]), true
		}
		if u, ok := rhs.(*ast.UnaryExpr); ok && u.Op == token.AND {
			rhs = ast.Unparen(u.X)
		} else if s, ok := rhs.(*ast.StarExpr); ok {
			rhs = ast.Unparen(s.X)
		}
		if lit, ok := rhs.(*ast.CompositeLit); ok && appended && n == len(steps)-1 && l.field != nil {
			// append(u.Providers, Provider{AuthIdToken: t}): the literal's
			// element for the field; a field it leaves out is empty.
			if e := literalField(info, lit, l.field); e != nil {
				nl := l
				nl.root, nl.fieldPath, nl.owner, nl.value = lit, nil, nil, e
				return nl, true
			}
			return l, false
		}
		id, ok := rhs.(*ast.Ident)
		if !ok {
			return l, false
		}
		v, ok := info.ObjectOf(id).(*types.Var)
		if !ok || !f.declaredInBody(v) {
			return l, false // a parameter's or a package variable's part: judged as it is
		}
		var rest *flow.Path
		for _, st := range steps[n:] {
			rest = f.x.paths.Extend(rest, st)
		}
		nl := l
		nl.root, nl.fieldPath, nl.owner = id, rest, nil
		if !isPointer(v.Type()) {
			nl.at = as[0].rhs.Pos() // a copy: what it held then
		}
		if rest.Len() == 1 && l.field != nil {
			// con := &Verification{false, code, exp}; u.Verification =
			// con: the literal's element for the field, keyed or not,
			// when nothing else touches con (EncryptConnection(&con)
			// would replace the field).
			if lit, _ := f.literalDefinition(id); lit != nil && f.usedOnce(v) {
				if e := literalField(info, lit, l.field); e != nil {
					nl.value = e
				}
			}
		}
		return nl, true
	}
	return l, false
}

// methodCopy finds the last method called on the leaf's variable before
// the write that copies the leaf's top sub-document from its argument
// (u.Update(req), with i.FeishuToken = req.FeishuToken in Update), when
// nothing assigns the sub-document, or below it, between that call and
// the write. It returns the argument, the dotted Go path that the leaf
// is of it, and the call.
func (f *function) methodCopy(l leaf) (ast.Expr, string, *ast.CallExpr, bool) {
	if l.value != nil || l.root == nil || l.fieldPath.Len() < 2 {
		return nil, "", nil, false
	}
	id, ok := unaddr(l.root).(*ast.Ident)
	if !ok {
		return nil, "", nil, false
	}
	v, ok := f.x.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok {
		return nil, "", nil, false
	}
	steps := l.fieldPath.Steps()
	if !steps[0].IsField() {
		return nil, "", nil, false
	}
	top := steps[0].Field.Name()
	var last *methodCall
	var copied FieldParam
	for i, c := range f.methodCalls[v] {
		if !c.pos.IsValid() || c.pos >= l.at {
			continue
		}
		for _, fp := range f.x.resultOf(c.fn).copiesOf() {
			if fp.Field == top {
				last, copied = &f.methodCalls[v][i], fp
			}
		}
	}
	if last == nil || copied.Index >= len(last.call.Args) || last.call.Ellipsis.IsValid() {
		return nil, "", nil, false
	}
	k, ok := f.location(l.root)
	if !ok {
		return nil, "", nil, false
	}
	for _, as := range f.assignsUnder(k.obj, f.x.paths.Concat(k.path, l.fieldPath.Prefix(1))) {
		for _, a := range as {
			if a.rhs.Pos() > last.pos && a.rhs.Pos() < l.at {
				return nil, "", nil, false // u.FeishuToken = nil after the call
			}
		}
	}
	sub := copied.Sub
	for _, st := range steps[1:] {
		if !st.IsField() {
			return nil, "", nil, false
		}
		sub = joinField(sub, st.Field.Name())
	}
	return last.call.Args[copied.Index], sub, last.call, true
}

// methodCopyParam returns the parameter, and the dotted path of its Go
// fields, that the leaf holds through a method that copied a part of it
// into the document (methodCopy): the callers' values say what it holds.
func (f *function) methodCopyParam(l leaf) (int, string, bool) {
	arg, sub, _, ok := f.methodCopy(l)
	if !ok {
		return 0, "", false
	}
	arg = unaddr(unconvert(f.x.pass.TypesInfo, arg))
	if i, ok := f.param(arg); ok && i >= 0 {
		return i, sub, true
	}
	if i, s, _, ok := f.paramField(arg); ok && i >= 0 {
		return i, joinField(s, sub), true
	}
	return 0, "", false
}

// viaMethodCopy returns the leaf as the part of a local argument that a
// method copied into the document (methodCopy), as the argument held it
// at the call.
func (f *function) viaMethodCopy(l leaf) (leaf, bool) {
	arg, sub, call, ok := f.methodCopy(l)
	if !ok {
		return l, false
	}
	arg = unaddr(unconvert(f.x.pass.TypesInfo, arg))
	id, ok := arg.(*ast.Ident)
	if !ok {
		return l, false
	}
	if v, ok := f.x.pass.TypesInfo.ObjectOf(id).(*types.Var); !ok || !f.declaredInBody(v) {
		return l, false // a parameter's part: its callers judge it (methodCopyParam)
	}
	p := f.x.namedPath(f.x.pass.TypesInfo.TypeOf(id), sub)
	if p == nil {
		return l, false
	}
	nl := l
	nl.root, nl.fieldPath, nl.owner, nl.filled, nl.at = id, p, nil, false, call.Pos()
	return nl, true
}

// paramPart returns the parameter, and the dotted path of its Go fields,
// that the leaf's value is, when the function assigned a part of the
// parameter to a part of the leaf's document before the write and
// nothing assigns the leaf's own path: after cfg.StoragePolicy =
// config.StoragePolicy, the leaf StoragePolicy.S3.SecretKey of cfg is
// config's StoragePolicy.S3.SecretKey, and its callers say what it holds.
// The last such assignment counts, on the paths that reach the write.
func (f *function) paramPart(l leaf) (int, string, bool) {
	if l.value != nil || l.root == nil || l.fieldPath.Len() < 2 {
		return 0, "", false
	}
	k, ok := f.location(l.root)
	if !ok || len(f.assignsBefore(assignKey{obj: k.obj, path: f.x.paths.Concat(k.path, l.fieldPath)}, l.at)) > 0 {
		return 0, "", false
	}
	steps := l.fieldPath.Steps()
	for n := len(steps) - 1; n >= 1; n-- {
		as := f.assignsBefore(assignKey{obj: k.obj, path: f.x.paths.Concat(k.path, l.fieldPath.Prefix(n))}, l.at)
		if len(as) == 0 {
			continue
		}
		a := as[len(as)-1]
		if a.index >= 0 || a.elem {
			return 0, "", false
		}
		rhs := unaddr(ast.Unparen(a.rhs))
		i, sub := 0, ""
		if j, ok := f.param(rhs); ok {
			i = j
		} else if j, s, _, ok := f.paramField(rhs); ok {
			i, sub = j, s
		} else {
			return 0, "", false
		}
		if i < 0 {
			return 0, "", false // the receiver's part: judged as it is
		}
		for _, st := range steps[n:] {
			if !st.IsField() {
				return 0, "", false
			}
			sub = joinField(sub, st.Field.Name())
		}
		return i, sub, true
	}
	return 0, "", false
}

// partFromParam returns the parameter, and the dotted path of its Go
// fields ("" for itself), whose value the leaf holds through a part of
// its document that the function filled (viaPart): append(u.Providers,
// Provider{Token: token}) with token a parameter, or *p with p :=
// NewProvider(token), a constructor that copies its parameter.
func (f *function) partFromParam(l leaf) (int, string, bool) {
	nl, ok := f.viaPart(l)
	if !ok {
		return 0, "", false
	}
	if nl.value != nil {
		e := unconvert(f.x.pass.TypesInfo, nl.value)
		if i, ok := f.param(e); ok && i >= 0 {
			return i, "", true
		}
		if i, sub, _, ok := f.paramField(e); ok && i >= 0 {
			return i, sub, true
		}
		return 0, "", false
	}
	if nl.root == nil || nl.field == nil || nl.fieldPath.Len() != 1 {
		return 0, "", false
	}
	return f.mappedParam(nl.root, nl.at, nl.field.Name())
}

// subFilled reports whether the leaf is a field of a sub-document that
// the function assigned, before the write, the result of a function that
// fills that field (resultFact.Sets): st.Pages = pages, where pages came
// from listPages, which sets every page's AccessToken. The root may be a
// document read back from the database: what the function assigned into
// it is new.
func (f *function) subFilled(l leaf) bool { return f.subFilledBy(l) != nil }

// subFilledBy returns the call whose result fills the leaf's field, for
// subFilled.
func (f *function) subFilledBy(l leaf) *ast.CallExpr {
	if l.field == nil || l.root == nil || l.fieldPath == nil || l.fieldPath.Len() < 2 {
		return nil
	}
	v := f.rootVar(l.root)
	if v == nil {
		return nil
	}
	steps := l.fieldPath.Steps()
	for n := len(steps) - 1; n >= 1; n-- {
		rest := steps[n:]
		for len(rest) > 0 && rest[0].Elem {
			rest = rest[1:] // the elements of a slice of documents
		}
		if len(rest) != 1 || !rest[0].IsField() {
			continue
		}
		as := f.assignsBefore(assignKey{obj: v, path: l.fieldPath.Prefix(n)}, l.at)
		if len(as) == 0 || as[len(as)-1].index >= 0 {
			continue
		}
		call := f.producer(as[len(as)-1].rhs)
		if call == nil {
			return nil
		}
		if fn := f.callee(call); fn != nil {
			if r := f.x.resultOf(fn); r != nil && slices.Contains(r.Sets, rest[0].Field.Name()) {
				return call
			}
		}
		return nil
	}
	return nil
}

// libraryFilled reports whether the leaf is a field of a struct type
// declared outside the module that the program did not build itself (a
// value a library returned: an *oauth2.Token from Exchange): the program
// cannot set such a field without an assignment the function would show,
// so what is there is what the library put there.
func (f *function) libraryFilled(l leaf) bool {
	if l.field == nil || l.value != nil || l.root == nil || l.field.Pkg() == nil || !f.x.outsideModule(l.field.Pkg()) {
		return false
	}
	root := unaddr(l.root)
	if _, ok := ast.Unparen(root).(*ast.CompositeLit); ok {
		return false
	}
	if id, ok := ast.Unparen(root).(*ast.Ident); ok {
		if lit, _ := f.literalDefinition(id); lit != nil {
			return false
		}
	}
	return true // a struct read back from the database is still the stored form: leafValue says so
}

// outsideModule reports whether pkg belongs to another module than the
// package analyzed (a dependency, or the standard library).
func (x *pass) outsideModule(pkg *types.Package) bool {
	if pkg == x.pass.Pkg {
		return false
	}
	if m := x.pass.Module; m != nil && m.Path != "" {
		return pkg.Path() != m.Path && !strings.HasPrefix(pkg.Path(), m.Path+"/")
	}
	// No module (GOPATH-style tests): another first path element.
	first := func(p string) string { s, _, _ := strings.Cut(p, "/"); return s }
	return first(pkg.Path()) != first(x.pass.Pkg.Path())
}

// filledPath reports whether a method called on the leaf's variable sets
// its field: a top-level field by name, a field of a sub-document by its
// path (e.ClientKey = &ClientKey{Secret: s} fills "ClientKey.Secret").
func (f *function) filledPath(l leaf) bool {
	if l.field == nil {
		return false
	}
	if l.owner != nil && f.fills(l.owner, l.field.Name()) {
		return true
	}
	name := goName(l.fieldPath)
	if l.root == nil || !strings.Contains(name, ".") {
		return false
	}
	v := f.rootVar(l.root)
	return v != nil && f.fills(v, name)
}

// inputPart reports whether the last assignment, in the function, to a
// part of the document that contains the leaf's field is decoded input:
// settings.Auth.Providers = data.Providers puts the posted providers,
// client secrets included, in the settings written.
func (f *function) inputPart(l leaf) bool {
	if l.root == nil || l.field == nil {
		return false
	}
	k, ok := f.location(l.root)
	if !ok {
		return false
	}
	full := f.x.paths.Concat(k.path, l.fieldPath)
	for n := full.Len() - 1; n > k.path.Len(); n-- {
		if as := f.assigns[assignKey{obj: k.obj, path: full.Prefix(n)}]; len(as) > 0 {
			last := as[len(as)-1]
			return last.index <= 0 && f.fromInput(last.rhs)
		}
	}
	return false
}

// guardedNonEmpty reports whether the function returns early when the
// leaf's field is empty, before the write: a statement of the body such as
// if t.AccessToken == "" { return nil, errNoToken } (or len(...) == 0, or
// one of several conditions joined by ||) means the field holds a value
// on every path that reaches the write.
func (f *function) guardedNonEmpty(l leaf) bool {
	if l.root == nil || l.field == nil || l.fieldPath == nil {
		return false
	}
	v := f.rootVar(l.root)
	return v != nil && f.guarded(v, l.fieldPath, l.at)
}

// guarded reports whether a statement of the body before pos returns when
// v's field at path is empty.
func (f *function) guarded(v types.Object, path *flow.Path, pos token.Pos) bool {
	for i, st := range f.decl.Body.List {
		if pos.IsValid() && st.Pos() >= pos {
			break
		}
		ifs, ok := st.(*ast.IfStmt)
		if !ok || ifs.Else != nil || len(ifs.Body.List) == 0 {
			continue
		}
		if !(flow.Runs{Info: f.x.pass.TypesInfo}).Leaves(ifs.Body.List[len(ifs.Body.List)-1]) {
			continue // return or panic
		}
		if f.testsEmpty(ifs.Cond, v, path) {
			return true
		}
		var prev ast.Stmt
		if i > 0 {
			prev = f.decl.Body.List[i-1]
		}
		if call := flow.TestedCall(f.x.pass.TypesInfo, ifs, prev, token.NEQ); call != nil && f.requires(call, v, path) {
			return true // if err := validate(p); err != nil { return err }
		}
	}
	return false
}

// requires reports whether call's callee requires v's field at path to be
// non-empty (its fact's Requires), v being the argument it tests.
func (f *function) requires(call *ast.CallExpr, v types.Object, path *flow.Path) bool {
	fn := f.callee(call)
	if fn == nil || call.Ellipsis.IsValid() {
		return false
	}
	name := goName(path)
	for _, fp := range f.x.resultOf(fn).requiredOf() {
		if fp.Field != name || fp.Index >= len(call.Args) {
			continue
		}
		if id, ok := unaddr(call.Args[fp.Index]).(*ast.Ident); ok && f.x.pass.TypesInfo.ObjectOf(id) == v {
			return true
		}
	}
	return false
}

// testsEmpty reports whether cond, or one of its || operands, is true when
// v's field at path is empty: v.A.B == "", == nil, len(v.A.B) == 0.
func (f *function) testsEmpty(cond ast.Expr, v types.Object, path *flow.Path) bool {
	info := f.x.pass.TypesInfo
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	if b.Op == token.LOR {
		return f.testsEmpty(b.X, v, path) || f.testsEmpty(b.Y, v, path)
	}
	if b.Op != token.EQL {
		return false
	}
	x, y := ast.Unparen(b.X), ast.Unparen(b.Y)
	if call, ok := x.(*ast.CallExpr); ok && isBuiltin(info, call, "len") && len(call.Args) == 1 {
		if c := info.Types[y].Value; c != nil && c.String() == "0" {
			return f.selects(call.Args[0], v, path)
		}
		return false
	}
	tv := info.Types[y]
	return (tv.IsNil() || emptyString(tv)) && f.selects(x, v, path)
}

// selects reports whether e reads v at path (v.A.B, however spelled).
func (f *function) selects(e ast.Expr, v types.Object, path *flow.Path) bool {
	k, ok := f.location(e)
	return ok && path != nil && k.obj == v && k.path == path
}

// fromInput reports whether e is decoded input or a part of it
// (data.Providers, req.Items[0]).
func (f *function) fromInput(e ast.Expr) bool {
	info := f.x.pass.TypesInfo
	for {
		switch n := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			if s := info.Selections[n]; s == nil || s.Kind() != types.FieldVal {
				return false
			}
			e = n.X
		case *ast.IndexExpr:
			e = n.X
		case *ast.StarExpr:
			e = n.X
		case *ast.UnaryExpr:
			if n.Op != token.AND {
				return false
			}
			e = n.X
		case *ast.CallExpr:
			if recv, fld := f.getter(n); fld != nil {
				e = recv // req.GetPassword() of a decoded request
				continue
			}
			return f.isInput(n)
		case *ast.Ident:
			return f.isInput(n)
		default:
			return false
		}
	}
}

// jsonSettable reports whether decoding JSON into a value of type t can
// set the field at path: no struct field on the way is tagged json:"-"
// (json:"-," names the key "-", which no client sends either).
func jsonSettable(t types.Type, path *flow.Path) bool {
	for _, s := range path.Steps() {
		if !s.IsField() {
			// A map key or an element: JSON sets any of them, with what
			// the element type lets it set (map[string]OAuthInfo, whose
			// AccessToken is json:"-").
			e, ok := elemOf(t)
			if !ok {
				return true
			}
			t = e
			continue
		}
		t = elemsOf(t) // a field of each element: OAuthProviders' values' AccessToken
		st, ok := derefType(t).Underlying().(*types.Struct)
		if !ok {
			return true
		}
		for i := range st.NumFields() {
			if st.Field(i) == s.Field {
				if name, _, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get("json"), ","); name == "-" {
					return false
				}
			}
		}
		t = s.Field.Type()
	}
	return true
}

// elemOf returns the type of the elements of t (through a pointer) when
// t is a map, a slice or an array.
func elemOf(t types.Type) (types.Type, bool) {
	switch u := derefType(t).Underlying().(type) {
	case *types.Map:
		return u.Elem(), true
	case *types.Slice:
		return u.Elem(), true
	case *types.Array:
		return u.Elem(), true
	}
	return t, false
}

// elemsOf returns the type of the elements of t when t is a map, a slice
// or an array (of those, in turn), else t.
func elemsOf(t types.Type) types.Type {
	for range 4 {
		e, ok := elemOf(t)
		if !ok {
			break
		}
		t = e
	}
	return t
}

// serverIssued reports whether an entry names a short-lived secret the
// server issues and the client only presents back (a reset token, a
// verification, confirmation, activation or one-time code): input decoded
// into the document does not put one there, since no legitimate client
// sends it in the body that is stored. Long-lived issued secrets
// (recovery codes) are not in the list: an import may carry them.
func serverIssued(m names.Match) bool {
	if m.Category != names.Credential {
		return false
	}
	for _, words := range [][]string{strings.Fields(m.Entry), m.Tokens} {
		for i, w := range words {
			switch w {
			case "reset", "verification", "verify", "confirmation", "activation", "otp":
				return true
			case "one": // one time code, not OneLoginSecret
				if i+1 < len(words) && words[i+1] == "time" {
					return true
				}
			}
		}
	}
	return false
}

// usedOnce reports whether the function's body uses v in one place only.
func (f *function) usedOnce(v types.Object) bool {
	n := 0
	ast.Inspect(f.decl.Body, func(node ast.Node) bool {
		if id, ok := node.(*ast.Ident); ok && f.x.pass.TypesInfo.Uses[id] == v {
			n++
		}
		return n < 2
	})
	return n == 1
}

// literalField returns the element of a struct literal that sets field,
// keyed or by position, or nil.
func literalField(info *types.Info, lit *ast.CompositeLit, field *types.Var) ast.Expr {
	st, ok := types.Unalias(info.TypeOf(lit)).Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	for i, el := range lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && info.ObjectOf(id) == field {
				return kv.Value
			}
			continue
		}
		if i < st.NumFields() && st.Field(i) == field {
			return el
		}
	}
	return nil
}

// serverIssuedAt is serverIssued, also by the keys the value is stored
// under: a Token stored as "password_resets.token" is a reset token the
// server issues, although its own name says only "token".
func serverIssuedAt(m names.Match, path string) bool {
	if serverIssued(m) {
		return true
	}
	if m.Category != names.Credential {
		return false
	}
	for _, w := range names.Tokenize(path) {
		switch strings.TrimSuffix(w, "s") {
		case "reset", "verification", "confirmation", "activation", "otp":
			return true
		}
	}
	return false
}

// fills reports whether a method called on v sets its field to an
// unprotected value.
func (f *function) fills(v types.Object, field string) bool {
	return f.calledLists(v, field, func(r *resultFact) []string { return r.Fills })
}

// appendLeaf adds l unless a leaf with the same path is there.
func appendLeaf(ls []leaf, l leaf) []leaf {
	if slices.ContainsFunc(ls, func(m leaf) bool { return m.path == l.path }) {
		return ls
	}
	return append(ls, l)
}

// describe names what an argument is: its type, or "document" for
// bson literals.
func (f *function) describe(arg ast.Expr) string {
	if src, viaJSON := f.recodedVia(arg); src != nil {
		if viaJSON {
			return f.describe(src) + " encoded as JSON"
		}
		return f.describe(src) + " encoded by bson.Marshal"
	}
	t := f.x.pass.TypesInfo.TypeOf(arg)
	if t == nil || mongoapi.IsDocumentMap(t) || mongoapi.IsOrderedDocument(t) {
		return "document"
	}
	if s, ok := types.Unalias(t).Underlying().(*types.Slice); ok && (mongoapi.IsDocumentMap(s.Elem()) || mongoapi.IsOrderedDocument(s.Elem()) || types.IsInterface(s.Elem())) {
		return "documents" // bson.A, []interface{} of documents
	}
	what := types.TypeString(t, (*types.Package).Name)
	if id, ok := unaddr(ast.Unparen(arg)).(*ast.Ident); ok && f.decl != nil {
		if v := f.x.pass.TypesInfo.Uses[id]; f.external[v] && v.Pos() >= f.decl.Type.Pos() && v.Pos() < f.decl.Type.End() {
			// A parameter that only generated code calls with what the
			// client sent: a GraphQL resolver's argument, a gRPC method's
			// request.
			what += fmt.Sprintf(" sent by the client (parameter %s of %s)", id.Name, f.decl.Name.Name)
		}
	}
	return what
}

// listLeaves names the fields and keys: `Password (key "password")`.
func listLeaves(ls []leaf) string {
	var parts []string
	for _, l := range ls {
		if l.field != nil {
			parts = append(parts, fmt.Sprintf("%s (key %q%s)", l.field.Name(), l.path, embedNote(l.embeds)))
		} else {
			parts = append(parts, fmt.Sprintf("key %q", l.path)+keyEmbedNote(l.embeds))
		}
	}
	return strings.Join(parts, ", ")
}

// embedNote and keyEmbedNote say what a value whose key says nothing
// holds or embeds, for listLeaves: BodyHTML (key "body_html", which
// embeds otp), key "code" (which holds resetCode).
func embedNote(name string) string {
	if name == "" {
		return ""
	}
	return ", which " + name
}

func keyEmbedNote(name string) string {
	if name == "" {
		return ""
	}
	return " (which " + name + ")"
}

// advice says how to protect the categories found.
func advice(ls []leaf) string {
	var cats []names.Category
	for _, l := range ls {
		if !slices.Contains(cats, l.match.Category) {
			cats = append(cats, l.match.Category)
		}
	}
	slices.Sort(cats)
	return adviceFor(cats)
}

// adviceFor says how to protect the categories, in order.
func adviceFor(cats []names.Category) string {
	var parts []string
	for _, c := range cats {
		switch c {
		case names.Password:
			parts = append(parts, "hash passwords that users log in with (Argon2id, scrypt or bcrypt) and encrypt those the program reuses (fieldcrypt.String)")
		case names.Credential:
			parts = append(parts, "store a SHA-256 or HMAC of tokens you only verify and encrypt secrets you reuse (fieldcrypt.Digest, fieldcrypt.String)")
		case names.PrivateKey:
			parts = append(parts, "encrypt key material (CSFLE, or explicit encryption with fieldcrypt.Bytes or fieldcrypt.String)")
		case names.PersonalID, names.Financial:
			if !slices.Contains(parts, "encrypt personal and payment data with CSFLE, Queryable Encryption or explicit encryption (fieldcrypt.String)") {
				parts = append(parts, "encrypt personal and payment data with CSFLE, Queryable Encryption or explicit encryption (fieldcrypt.String)")
			}
		}
	}
	return strings.Join(parts, "; ")
}

// related points at where each value comes from, at the field
// declarations and, for wrappers, at the function that passes the value
// on and at each call on the way to the write (s.Hops).
func (f *function) related(w write, s ParamSink, ls []leaf, verb string) []analysis.RelatedInformation {
	var out []analysis.RelatedInformation
	// Where each value comes from, when the function shows it (a
	// parameter, a constant, a call's result, decoded input).
	for _, l := range ls {
		if wit := l.val.Witness; wit.Pos.IsValid() {
			name := fmt.Sprintf("key %q", l.path)
			if l.field != nil {
				name = l.field.Name()
			}
			out = append(out, analysis.RelatedInformation{Pos: wit.Pos, Message: fmt.Sprintf("%s %s %s", name, verb, wit.What)})
		}
	}
	if w.callee != nil && w.callee.Pkg() != nil && !isDriver(f.x, w.callee) && w.callee.Pos().IsValid() {
		path, unplaced := hopRelated(&f.x.hops, s)
		msg := fmt.Sprintf("%s passes its argument on to a MongoDB write (%s)", w.callee.Name(), s.Via)
		if unplaced != "" {
			msg = fmt.Sprintf("%s passes its argument on to a MongoDB write (%s: %s)", w.callee.Name(), s.Via, unplaced)
		}
		out = append(out, analysis.RelatedInformation{Pos: w.callee.Pos(), Message: msg})
		out = append(out, path...)
	}
	for _, l := range ls {
		switch {
		case l.field != nil && l.field.Pos().IsValid():
			out = append(out, analysis.RelatedInformation{Pos: l.field.Pos(), Message: fmt.Sprintf("field %s, stored as %q, names %s", l.field.Name(), l.path, l.match.Entry)})
		case l.node != nil:
			out = append(out, analysis.RelatedInformation{Pos: l.node.Pos(), End: l.node.End(), Message: fmt.Sprintf("key %q names %s", l.path, l.match.Entry)})
		}
	}
	return out
}

// isDriver reports whether fn belongs to the driver or a library on it.
func isDriver(x *pass, fn *types.Func) bool {
	return fn.Pkg() != nil && x.drivers.IsDriverPackage(fn.Pkg().Path())
}

// reportPitfalls reports fields whose pointer-receiver marshaller the
// driver skips.
func (f *function) reportPitfalls(w write, at ast.Expr, via string, ps []pitfall) {
	for _, p := range ps {
		typ := types.TypeString(p.typ, (*types.Package).Name)
		var msg string
		if p.field == nil {
			msg = fmt.Sprintf("%s has MarshalBSON on a pointer receiver, but %s receives it by value: the driver skips the marshaller and writes it with the default encoder; pass a pointer (&doc) or declare the marshaller on a value receiver", typ, via)
		} else {
			msg = fmt.Sprintf("field %s (key %q) of type %s has MarshalBSON on a pointer receiver, but %s receives the document by value: the driver skips the marshaller and writes the field with the default encoder; pass a pointer (&doc) or declare the marshaller on a value receiver", p.field.Name(), p.path, typ, via)
		}
		var related []analysis.RelatedInformation
		if p.field != nil && p.field.Pos().IsValid() {
			related = append(related, analysis.RelatedInformation{Pos: p.field.Pos(), Message: "field declared here"})
		}
		f.x.rep.ReportRelated(rules.PointerMarshaller, at, msg, related)
	}
}
