package plaintextsecret

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptolint/cryptolint/internal/bsonenc"
	"github.com/cryptolint/cryptolint/internal/mongoapi"
	"github.com/cryptolint/cryptolint/internal/rules"
)

// This file is the whole-program step's part for generic code: a generic
// framework decodes a request into a value of its type parameter and
// writes it (func (c *BaseController[T]) Put(ctx) { var m T;
// ctx.ShouldBindJSON(&m); c.svc.Replace(m) }). Inside the generic
// function the fields are unknown; the program instantiates it with its
// models elsewhere (NewController[models.Token]() in the router), often
// through other generic functions. Each package records its writes of
// decoded type-parameter values and its instantiations; the linker carries
// the type arguments through the instantiations to a fixed point and
// judges each model's fields at the generic write.

// tparam names a type parameter by its declaration: a generic type
// ("pkg.Name") or function (its full name), and the parameter's index.
type tparam struct {
	owner string
	index int
}

// genericWrite is a write, in a generic function, of a value of a type
// parameter that the function decoded from outside input.
type genericWrite struct {
	tp     tparam
	json   bool // decoded by a JSON-only binder: fields tagged json:"-" stay empty
	via    string
	fnName string
	at     rules.Deferred
}

// instance is one instantiation of a generic declaration of the program:
// a concrete type argument (typ set), or a type parameter of the
// enclosing generic declaration passed on (from set).
type instance struct {
	tp     tparam
	from   *tparam
	typ    string // the type argument, for messages
	fields []genericField
	pos    token.Pos
}

// genericField is a sensitive field of a type argument.
type genericField struct {
	leaf   pendingLeaf
	json   bool // JSON input can set it
	issued bool // a short-lived secret the server issues: not in a client's request
}

// noteGenericWrite records a write of a decoded value of a type parameter.
func (f *function) noteGenericWrite(s ParamSink, arg ast.Expr) {
	if s.Kind == mongoapi.Filter || s.Leaf || s.Elems {
		return
	}
	at := arg
	if u := f.unboxed(arg); u != nil {
		arg = u // m := any(&model).(Model)
	}
	tp, ok := derefType(f.x.pass.TypesInfo.TypeOf(arg)).(*types.TypeParam)
	if !ok || !f.fromInput(arg) {
		return
	}
	ref, ok := f.x.tparamOf(tp)
	if !ok {
		return
	}
	name := f.decl.Name.Name
	if f.obj != nil && f.obj.Signature().Recv() != nil {
		if n, ok := derefType(f.obj.Signature().Recv().Type()).(*types.Named); ok {
			name = n.Obj().Name() + "." + name
		}
	}
	f.x.genericWrites = append(f.x.genericWrites, genericWrite{
		tp: ref, json: f.jsonInput[f.rootVar(arg)], via: s.Via, fnName: name,
		at: f.x.rep.Defer(rules.PlaintextSecret, at),
	})
}

// tparamOf returns the declaration a type parameter of the package
// belongs to: a generic type for the receiver type parameters of its
// methods, else a generic function.
func (x *pass) tparamOf(tp *types.TypeParam) (tparam, bool) {
	if x.tparams == nil {
		x.tparams = make(map[*types.TypeParam]tparam)
		add := func(list *types.TypeParamList, owner string) {
			for i := range list.Len() {
				x.tparams[list.At(i)] = tparam{owner, i}
			}
		}
		for _, file := range x.pass.Files {
			for _, d := range file.Decls {
				switch d := d.(type) {
				case *ast.FuncDecl:
					fn, ok := x.pass.TypesInfo.Defs[d.Name].(*types.Func)
					if !ok {
						continue
					}
					sig := fn.Signature()
					if sig.RecvTypeParams().Len() > 0 {
						if n, ok := derefType(sig.Recv().Type()).(*types.Named); ok {
							add(sig.RecvTypeParams(), typeOwner(n))
						}
					}
					add(sig.TypeParams(), fn.FullName())
				case *ast.GenDecl:
					for _, spec := range d.Specs {
						if ts, ok := spec.(*ast.TypeSpec); ok && ts.TypeParams != nil {
							if tn, ok := x.pass.TypesInfo.Defs[ts.Name].(*types.TypeName); ok {
								if n, ok := tn.Type().(*types.Named); ok {
									add(n.TypeParams(), typeOwner(n))
								}
							}
						}
					}
				}
			}
		}
	}
	ref, ok := x.tparams[tp]
	return ref, ok
}

// typeOwner names a generic type for tparam.
func typeOwner(n *types.Named) string {
	obj := n.Origin().Obj()
	if obj.Pkg() == nil {
		return obj.Name()
	}
	return obj.Pkg().Path() + "." + obj.Name()
}

// summarizeInstances records the package's instantiations of generic
// declarations outside the standard library, in source order.
func (x *pass) summarizeInstances(s *Summary) {
	info := x.pass.TypesInfo
	if len(info.Instances) == 0 {
		return
	}
	for _, file := range x.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok {
				return true
			}
			inst, ok := info.Instances[id]
			if !ok {
				return true
			}
			var owner string
			obj := info.Uses[id]
			if obj == nil || obj.Pkg() == nil || !programPackage(obj.Pkg()) {
				return true // slices.Contains[T] and friends never write
			}
			switch obj := obj.(type) {
			case *types.TypeName:
				if named, ok := obj.Type().(*types.Named); ok {
					owner = typeOwner(named)
				}
			case *types.Func:
				owner = obj.Origin().FullName()
			}
			if owner == "" {
				return true
			}
			for j := range inst.TypeArgs.Len() {
				arg := inst.TypeArgs.At(j)
				ref := tparam{owner, j}
				if tp, ok := arg.(*types.TypeParam); ok {
					if from, ok := x.tparamOf(tp); ok {
						s.insts = append(s.insts, instance{tp: ref, from: &from, pos: id.Pos()})
					}
					continue
				}
				if fields := x.genericFields(arg); len(fields) > 0 {
					s.insts = append(s.insts, instance{tp: ref, typ: types.TypeString(arg, (*types.Package).Name), fields: fields, pos: id.Pos()})
				}
			}
			return true
		})
	}
}

// programPackage reports whether pkg is outside the standard library
// (whose import paths have no dot in their first element).
func programPackage(pkg *types.Package) bool {
	first, _, _ := strings.Cut(pkg.Path(), "/")
	return strings.Contains(first, ".") || !stdRoots[first]
}

// genericFields returns the sensitive fields a document of type t stores,
// as a type argument of a generic write would: those that input can set.
func (x *pass) genericFields(t types.Type) []genericField {
	if fs, ok := x.typeFields[t]; ok {
		return fs
	}
	var out []genericField
	if _, ok := derefType(t).Underlying().(*types.Struct); ok {
		x.enc.Walk(t, true, func(fld *bsonenc.Field) bool {
			ft := fld.Type()
			if x.enc.EncodesItself(ft, fld.Addressable) || x.isProtectedField(fld.Var) || protectiveTypeName(x, ft) {
				return false
			}
			if isDocumentType(ft) {
				return true
			}
			if m, ok := x.sensitive(fld.Var, fld.Key, fld.Owner); ok && eligible(ft, m.Numeric) {
				out = append(out, genericField{
					leaf: pendingLeaf{top: fld.Parent == nil, path: fld.Path, field: fld.Var.Name(), entry: m.Entry, category: m.Category, fieldPos: fld.Var.Pos()},
					json: jsonSettable(t, x.fieldPath(fld)), issued: serverIssued(m),
				})
			}
			return false
		})
	}
	if x.typeFields == nil {
		x.typeFields = make(map[types.Type][]genericField)
	}
	x.typeFields[t] = out
	return out
}

// instantiate carries the program's concrete type arguments through the
// instantiations that pass a type parameter on, to a fixed point.
func (l *linker) instantiate() {
	l.args = make(map[tparam][]*instance)
	var edges []instance
	for _, s := range l.sums {
		for i := range s.insts {
			in := &s.insts[i]
			if in.from != nil {
				edges = append(edges, *in)
			} else {
				l.args[in.tp] = append(l.args[in.tp], in)
			}
		}
	}
	for range len(edges) + 1 {
		changed := false
		for _, e := range edges {
			for _, c := range l.args[*e.from] {
				if !slices.Contains(l.args[e.tp], c) {
					l.args[e.tp] = append(l.args[e.tp], c)
					changed = true
				}
			}
		}
		if !changed {
			break
		}
	}
}

// genericFindings judges each generic write of a summary with the type
// arguments that reach its type parameter.
func (l *linker) genericFindings(s *Summary) []analysis.Diagnostic {
	var out []analysis.Diagnostic
	for _, w := range s.gwrites {
		args := slices.Clone(l.args[w.tp])
		sort.SliceStable(args, func(i, j int) bool { return args[i].typ < args[j].typ })
		var (
			leaves  []pendingLeaf
			typs    []string
			related []analysis.RelatedInformation
		)
		for _, a := range args {
			var got []pendingLeaf
			for _, f := range a.fields {
				if f.issued || w.json && !f.json {
					continue // not in a client's request
				}
				got = append(got, f.leaf)
			}
			if len(got) == 0 {
				continue
			}
			if !slices.Contains(typs, a.typ) {
				typs = append(typs, a.typ)
				related = append(related, analysis.RelatedInformation{Pos: a.pos, Message: fmt.Sprintf("%s is instantiated here with %s, which reaches the type parameter of %s; found by the whole-program step", shortOwner(a.tp.owner), a.typ, shortOwner(w.tp.owner))})
			}
			for _, g := range got {
				if !slices.ContainsFunc(leaves, func(o pendingLeaf) bool { return o.path == g.path && o.field == g.field }) {
					leaves = append(leaves, g)
					if g.fieldPos.IsValid() {
						related = append(related, analysis.RelatedInformation{Pos: g.fieldPos, Message: fmt.Sprintf("field %s of %s, stored as %q, names %s", g.field, a.typ, g.path, g.entry)})
					}
				}
			}
		}
		if len(leaves) == 0 {
			continue
		}
		msg := fmt.Sprintf("%s decoded from the request by %s written by %s stores %s in plaintext; %s", strings.Join(typs, ", "), w.fnName, w.via, pendingList(leaves), pendingAdvice(leaves))
		if d, ok := w.at.Diagnostic(msg, related); ok {
			out = append(out, d)
		}
	}
	return out
}

// shortOwner is a generic declaration's name without its package path.
func shortOwner(owner string) string {
	if i := strings.LastIndexByte(owner, '/'); i >= 0 {
		owner = owner[i+1:]
	}
	return owner
}
