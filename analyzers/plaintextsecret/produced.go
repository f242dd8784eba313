package plaintextsecret

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptolint/cryptolint/internal/names"
	"github.com/cryptolint/cryptolint/internal/rules"
)

// This file is the whole-program step's reading of documents that an
// interface method makes. A service writes what an issuer returns:
//
//	t, err := token.Get(name).Issue(ctx, scope) // an interface call
//	_, err = col.InsertOne(ctx, t)
//
// A field of t holds a value only if the implementation fills it (its
// resultFact.Sets: t := token.New(scope) makes a refresh token). Modular
// analysis sees the implementations in the calling package and in the
// interface's own (function.implementationSets); those registered from
// other packages (an init that calls token.Register) only the command
// sees. The modular pass keeps such a write, when it found nothing else at
// it, as a resultEntry; the step reports it when an implementation that
// the program converts to the interface fills one of its fields.

// madeLeaf is a field of a write's document that an interface method
// returned and nothing in view fills.
type madeLeaf struct {
	l    leaf
	from *ifaceRef
}

// resultEntry is a write whose sensitive fields come from an interface
// method's result, prepared for the whole-program step.
type resultEntry struct {
	at        rules.Deferred
	what, via string
	fields    []madeField
	related   []analysis.RelatedInformation // the path to the write
}

// madeField is one field of a resultEntry.
type madeField struct {
	from  *ifaceRef
	field string // Go name
	desc  string // as listLeaves names it
	cat   names.Category
	decl  analysis.RelatedInformation // the field's declaration, when it has one
}

// producedBy returns the interface method whose result the leaf's field
// is a top-level field of, when the field is not assigned since the call
// (the command only; go vet and golangci-lint see no further than the
// package).
func (f *function) producedBy(l leaf) *ifaceRef {
	if !f.x.program || l.field == nil || l.root == nil || l.value != nil || l.entry || !topElemField(l.fieldPath) {
		return nil
	}
	call := f.producerAt(l.root, l.at)
	if call == nil {
		return nil
	}
	return f.x.ifaceRefOf(f.callee(call))
}

// deferMade keeps a write's made leaves for the whole-program step.
func (f *function) deferMade(w write, at ast.Expr, via string, s ParamSink, made []madeLeaf) {
	what := f.describe(at)
	if s.Sub != "" {
		what = "field " + s.Sub + " of " + what
	}
	e := resultEntry{at: f.x.rep.Defer(rules.PlaintextSecret, at), what: what, via: via, related: f.related(w, s, nil, "holds")}
	for _, m := range made {
		mf := madeField{from: m.from, field: m.l.field.Name(), desc: listLeaves([]leaf{m.l}), cat: m.l.match.Category}
		if m.l.field.Pos().IsValid() {
			mf.decl = analysis.RelatedInformation{Pos: m.l.field.Pos(), Message: fmt.Sprintf("field %s, stored as %q, names %s", m.l.field.Name(), m.l.path, m.l.match.Entry)}
		}
		e.fields = append(e.fields, mf)
	}
	f.x.resultEntries = append(f.x.resultEntries, e)
}

// summarizeSetters records, for the methods of the package's named type n
// outside test files, the fields of the struct they return that they fill
// on every path (resultFact.Sets); it reports whether there was one.
func (x *pass) summarizeSetters(s *Summary, n *types.Named) bool {
	found := false
	ms := types.NewMethodSet(types.NewPointer(n))
	for sel := range ms.Methods() {
		fn := sel.Obj().(*types.Func).Origin()
		if fn.Pkg() != x.pass.Pkg || strings.HasSuffix(x.pass.Fset.File(fn.Pos()).Name(), "_test.go") {
			continue
		}
		if r := x.resultOf(fn); r != nil && len(r.Sets) > 0 {
			if s.setters == nil {
				s.setters = make(map[string][]string)
			}
			s.setters[fn.FullName()] = r.Sets
			found = true
		}
	}
	return found
}

// filledBy returns an implementation of r, among the types the program
// converts to its interface, whose result has field filled.
func (l *linker) filledBy(r *ifaceRef, field string) (method, bool) {
	c := &ifaceCall{iface: r.iface, ifaceKey: r.ifaceKey, method: r.method}
	for _, t := range l.producers {
		if m, ok := t.implements(c); ok && slices.Contains(l.setters[m.key], field) && l.converted(t, c) {
			return m, true
		}
	}
	return method{}, false
}

// madeFindings reports the package's resultEntries whose fields an
// implementation fills.
func (l *linker) madeFindings(s *Summary) []analysis.Diagnostic {
	var out []analysis.Diagnostic
	for _, e := range s.made {
		var (
			descs, fills []string
			cats         []names.Category
			related      []analysis.RelatedInformation
			decls        []analysis.RelatedInformation
		)
		for _, mf := range e.fields {
			m, ok := l.filledBy(mf.from, mf.field)
			if !ok {
				continue
			}
			descs = append(descs, mf.desc)
			if !slices.Contains(cats, mf.cat) {
				cats = append(cats, mf.cat)
			}
			if m.pos.IsValid() && !slices.Contains(fills, m.key+"."+mf.field) {
				fills = append(fills, m.key+"."+mf.field)
				related = append(related, analysis.RelatedInformation{Pos: m.pos, Message: fmt.Sprintf("%s is implemented here; its result holds a value in %s (found by the whole-program step)", mf.from.name(), mf.field)})
			}
			if mf.decl.Pos.IsValid() {
				decls = append(decls, mf.decl)
			}
		}
		if len(descs) == 0 {
			continue
		}
		slices.Sort(cats)
		msg := fmt.Sprintf("%s written by %s stores %s in plaintext; %s", e.what, e.via, strings.Join(descs, ", "), adviceFor(cats))
		if d, ok := e.at.Diagnostic(msg, slices.Concat(related, e.related, decls)); ok {
			out = append(out, d)
		}
	}
	return out
}

// name names the method for messages: "token.Issuer.Issue", or the
// method alone for an unnamed interface.
func (r *ifaceRef) name() string {
	k, ok := strings.CutPrefix(r.ifaceKey, "N:")
	if !ok {
		return r.method
	}
	if i := strings.LastIndexByte(k, '/'); i >= 0 {
		k = k[i+1:]
	}
	return k + "." + r.method
}
