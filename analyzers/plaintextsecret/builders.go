package plaintextsecret

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"github.com/cryptolint/cryptolint/internal/mongoapi"
)

// keySetFact marks a helper that adds one key to a document its caller
// owns: func AddIfNotNil(d *bson.D, key string, v any) { *d = append(*d,
// bson.E{Key: key, Value: v}) }, or func put(m bson.M, k string, v any) {
// m[k] = v }. At a call, the caller's document holds the value under the
// key (builderCalls).
type keySetFact struct {
	Doc, Key, Value int // parameter indexes
}

func (*keySetFact) AFact() {}

func (f *keySetFact) String() string {
	return fmt.Sprintf("sets param %d's key param %d to param %d", f.Doc, f.Key, f.Value)
}

// findKeySetters exports a keySetFact for each function of the package
// that adds a key to a document parameter.
func (x *pass) findKeySetters() {
	for _, f := range x.funcs {
		if f.obj == nil {
			continue
		}
		if fact, ok := f.keySetter(); ok {
			x.keySetters[f.obj] = fact
			x.pass.ExportObjectFact(f.obj, fact)
		}
	}
}

// keySetter reports whether the function stores one parameter under the
// key another gives in a third, a document: *d = append(*d, bson.E{Key:
// k, Value: v}) for a *bson.D, m[k] = v for a document map.
func (f *function) keySetter() (*keySetFact, bool) {
	info := f.x.pass.TypesInfo
	var out *keySetFact
	for as := range f.assignments() {
		if len(as.Lhs) != 1 || len(as.Rhs) != 1 {
			continue
		}
		switch l := ast.Unparen(as.Lhs[0]).(type) {
		case *ast.StarExpr: // *d = append(*d, bson.E{Key: k, Value: v})
			d, ok := f.paramIdent(l.X) // *d is assigned: param would refuse it
			call, _ := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
			if !ok || call == nil || !isAppend(info, call) || len(call.Args) != 2 || call.Ellipsis.IsValid() {
				continue
			}
			lit, _ := ast.Unparen(call.Args[1]).(*ast.CompositeLit)
			if lit == nil {
				continue
			}
			k, v := elemKV(info, lit)
			if k == nil || v == nil {
				continue
			}
			ki, kok := f.param(ast.Unparen(k))
			vi, vok := f.param(unconvert(info, v))
			if kok && vok {
				out = &keySetFact{Doc: d, Key: ki, Value: vi}
			}
		case *ast.IndexExpr: // m[k] = v
			d, ok := f.param(ast.Unparen(l.X))
			if !ok || !mongoapi.IsDocumentMap(info.TypeOf(l.X)) {
				continue
			}
			ki, kok := f.param(ast.Unparen(l.Index))
			vi, vok := f.param(unconvert(info, as.Rhs[0]))
			if kok && vok {
				out = &keySetFact{Doc: d, Key: ki, Value: vi}
			}
		}
		if out != nil {
			break
		}
	}
	return out, out != nil
}

// paramIdent returns the index of the parameter e names, reassigned or
// not.
func (f *function) paramIdent(e ast.Expr) (int, bool) {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return 0, false
	}
	i, ok := f.params[f.x.pass.TypesInfo.ObjectOf(id)]
	return i, ok
}

// keySetterOf returns fn's keySetFact, from this package or a fact.
func (x *pass) keySetterOf(fn *types.Func) *keySetFact { return factOf(x, x.keySetters, fn) }

// laterSets walks the keys the function adds to the document variable v
// after its literal, before the write at: elements appended to a bson.D
// (d = append(d, bson.E{Key: "password", Value: p})) and keys set by
// helpers (AddIfNotNil(&d, "password", p), put(m, "password", p)).
func (ev *evaluation) laterSets(v types.Object, kind mongoapi.Kind, prefix string) {
	f := ev.f
	info := f.x.pass.TypesInfo
	before := func(pos token.Pos) bool { return !ev.at.IsValid() || pos < ev.at }
	for _, a := range f.assigns[assignKey{obj: v}] {
		call, _ := ast.Unparen(a.rhs).(*ast.CallExpr)
		if call == nil || !isAppend(info, call) || call.Ellipsis.IsValid() || len(call.Args) < 2 || !isIdentOf(info, call.Args[0], v) || !before(call.Pos()) {
			continue
		}
		if !mongoapi.IsOrderedDocument(v.Type()) && isSliceOrArray(v.Type()) {
			// values := bson.A{}; values = append(values, bson.M{"national_id": id}):
			// an array of documents ($or's), each appended one walked.
			ev.appendedElems(call.Args[1:], kind, prefix)
			continue
		}
		ev.appendedEntries(call.Args[1:], kind, prefix)
	}
	for _, call := range f.docCalls[v] {
		fn := f.callee(call)
		if fn == nil || !before(call.Pos()) {
			continue
		}
		s := f.x.keySetterOf(fn)
		if s == nil || max(s.Doc, s.Key, s.Value) >= len(call.Args) || f.x.pass.TypesInfo.ObjectOf(rootIdent(call.Args[s.Doc])) != v {
			continue
		}
		ev.entry(call.Args[s.Key], call.Args[s.Value], kind, prefix)
	}
}

// appendedEntries walks elements appended to an ordered document
// (bson.E{Key: "password", Value: p}): each is a key and its value.
func (ev *evaluation) appendedEntries(elems []ast.Expr, kind mongoapi.Kind, prefix string) {
	info := ev.f.x.pass.TypesInfo
	for _, e := range elems {
		if lit, ok := ast.Unparen(e).(*ast.CompositeLit); ok {
			if k, val := elemKV(info, lit); k != nil && val != nil {
				ev.entry(k, val, kind, prefix)
			}
		}
	}
}

// rootIdent returns the variable e is or takes the address of: d in d
// and &d; nil otherwise.
func rootIdent(e ast.Expr) *ast.Ident {
	id, _ := unaddr(e).(*ast.Ident)
	return id
}
