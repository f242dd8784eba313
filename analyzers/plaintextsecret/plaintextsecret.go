package plaintextsecret

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/cryptolint/cryptolint/internal/bsonenc"
	cfgfile "github.com/cryptolint/cryptolint/internal/config"
	"github.com/cryptolint/cryptolint/internal/directive"
	"github.com/cryptolint/cryptolint/internal/flow"
	"github.com/cryptolint/cryptolint/internal/mongoapi"
	"github.com/cryptolint/cryptolint/internal/names"
	"github.com/cryptolint/cryptolint/internal/rules"
	"github.com/cryptolint/cryptolint/internal/suite"
)

//go:embed doc.go
var doc string

// Analyzer is the plaintextsecret analyzer with its flags at their defaults.
var Analyzer = New()

// New returns a fresh plaintextsecret analyzer with its own flag values
// and suite-wide settings of its own.
func New() *analysis.Analyzer {
	return NewFor(suite.New())
}

// NewFor returns a fresh plaintextsecret analyzer that reads, and defines
// the -names, -ignore and -drivers flags of, the suite-wide settings s.
func NewFor(s *suite.Settings) *analysis.Analyzer {
	c := &config{suite: s, drivers: &s.Drivers}
	a := &analysis.Analyzer{
		Name:     "plaintextsecret",
		Doc:      rules.MustExtractDoc(doc, "plaintextsecret"),
		URL:      rules.DocsURL + "#plaintextsecret",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		// Analyze packages whose dependencies fail to type-check too:
		// their own code is complete, and skipping them would hide it.
		RunDespiteErrors: true,
		Run:              c.run,
		FactTypes:        []analysis.Fact{new(sinkFact), new(resultFact), new(protectedFact), new(docFact), new(flowFact), new(reflectFact), new(decodeFact), new(keySetFact), new(funcVarFact), new(transparentFact)},
		ResultType:       reflect.TypeFor[*Summary](),
	}
	rules.PolicyFlags(&a.Flags, &c.policy)
	s.NameFlags(&a.Flags)
	s.DriversFlag(&a.Flags)
	a.Flags.Var(&c.sinks, "sinks", "comma-separated functions of your own that write their argument to MongoDB, as full name:argument index, e.g. \"example.com/db.Save:1\" or \"(*example.com/db.Repo).Put:0\"")
	a.Flags.BoolVar(&c.program, "program", false, "set by the cryptolint command, which runs the whole-program step: a field of an exported function's parameter is judged at its callers in every package, and the write only when nothing calls it (go vet and golangci-lint judge it at the write)")
	a.Flags.Var(&c.protectors, "protectors", "comma-separated functions whose results are protected (encrypted or hashed), as full names, e.g. \"example.com/vault.Wrap\"")
	return a
}

// config holds one analyzer instance's flag values and the suite-wide
// settings it reads.
type config struct {
	policy     rules.Policy
	suite      *suite.Settings
	drivers    *mongoapi.Modules // &suite.Drivers
	sinks      funcList
	protectors funcList
	// program is set by the command, whose whole-program step reports
	// the writes of parameter fields that nothing calls (fieldEntry).
	program bool
}

// funcList is a flag of comma-separated function full names, each with an
// optional ":n" argument index.
type funcList map[string]int

func (l *funcList) String() string {
	var parts []string
	for k, v := range *l {
		parts = append(parts, k+":"+strconv.Itoa(v))
	}
	return strings.Join(parts, ",")
}

func (l *funcList) Set(s string) error {
	if *l == nil {
		*l = funcList{}
	}
	for item := range strings.SplitSeq(s, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		name, idx, err := cfgfile.ParseFunc(item)
		if err != nil {
			return err
		}
		(*l)[name] = idx
	}
	return nil
}

// pass is the state of one run over one package.
type pass struct {
	*config
	// hops places the paths of sinks (ParamSink.Hops) for related
	// information.
	hops hopFiles
	// keySetters are the package's helpers that add a key to a document
	// parameter (builders.go).
	keySetters map[*types.Func]*keySetFact
	// genericWrites are the package's writes of decoded values of a type
	// parameter; tparams names its type parameters by declaration;
	// typeFields caches genericFields (generic.go).
	genericWrites []genericWrite
	tparams       map[*types.TypeParam]tparam
	typeFields    map[types.Type][]genericField
	// called holds the package's functions that it calls statically
	// (calledHere).
	called map[*types.Func]bool
	// aliases are the keys that name sensitive fields of the structs in
	// scope (keyAlias).
	aliases map[string]names.Match
	// enc walks documents as the driver encodes them, knowing the
	// marshallers that write their type's own fields (transparent.go).
	enc bsonenc.Options
	// transparent caches transparentMarshaller's answers.
	transparent map[*types.Func]bool
	// named caches sensitive's answers for fields: a field is read in
	// its context (owner, siblings) once per package, not at every write
	// that walks it.
	named map[namedKey]namedAnswer
	// ifaceRefs are the interface methods whose results the package's
	// pending leaves come from (ifaceOrigin), one each.
	ifaceRefs map[*types.Func]*ifaceRef
	// fieldEntries are writes of fields of a parameter of a function
	// that nothing in the package calls (reportLeaves).
	fieldEntries []fieldEntry
	// resultEntries are writes of fields of a document an interface
	// method returned that nothing in view fills (produced.go).
	resultEntries []resultEntry
	// paths interns the access paths of the package's locations.
	paths flow.Table
	// ifaceSigs caches methodSigs per interface.
	ifaceSigs map[*types.Interface]map[string]string
	pass      *analysis.Pass
	rep       *rules.Reporter
	matcher   *names.Matcher
	// local holds the wrappers found in this package so far; imported ones
	// come from facts.
	local map[*types.Func]*sinkFact
	// results holds the protected results of this package's functions,
	// docs the documents they return; imported ones come from facts.
	results map[*types.Func]*resultFact
	// funcVars are the package variables that hold one function
	// (funcvar.go); varFuncs stand in for imported ones, with the sinks
	// and results their facts give.
	funcVars   map[*types.Var]*types.Func
	varFuncs   map[*types.Var]*types.Func
	varSinks   map[*types.Func][]ParamSink
	varResults map[*types.Func]*resultFact
	// rpcServers caches, per package of request types, its generated
	// XServer interfaces (rpc.go).
	rpcServers map[*types.Package][]*types.Interface
	// resolvers caches, per package, the GraphQL resolver interfaces that
	// gqlgen generated in it (rpc.go).
	resolvers map[*types.Package][]*types.Interface
	docs      map[*types.Func]*docFact
	// protectedFields are fields marked //cryptolint:protected here.
	protectedFields map[*types.Var]bool
	// encrypted are key paths covered by CSFLE or Queryable Encryption maps
	// in this package.
	encrypted map[string]bool
	funcs     []*function
	// impls caches the package's implementations of interface methods;
	// implsWith adds those of the interface's own package.
	impls, implsWith map[*types.Func][]*types.Func
	// ctxSites lists, by key, the values the package's functions put in
	// a context (context.WithValue), found once; ctxBusy guards the
	// evaluation of a key against itself (ctxvalue.go).
	ctxSites map[ctxKey][]ctxSite
	ctxBusy  map[ctxKey]bool
	// flows are the package's functions that pass a parameter on to a
	// call only the whole-program step resolves (program.go).
	flows map[*types.Func]bool
	// reflective are the package's document builders by reflection
	// (selection.go).
	reflective map[*types.Func]*reflectFact
	// decoders are the package's functions that decode stored documents
	// into a parameter, with its index (selection.go).
	decoders map[*types.Func]int
	// inputs are the package's functions that decode outside input (a
	// request body, a file) into a parameter: ParseJSON(r, &v).
	inputs map[*types.Func]int
	// inputsJSON are those of inputs that decode JSON.
	inputsJSON map[*types.Func]bool
	// in is the inspector of the package's files.
	in *inspector.Inspector
	// fieldImpls maps each unexported struct field of interface type to
	// the one concrete type the package assigns to it, nil when it
	// assigns more than one or a value of interface type (devirtualize);
	// built on first use.
	fieldImpls map[*types.Var]types.Type
}

// withFile returns the settings for a package under configuration file
// settings cfg: the flags' sinks and protectors extended by the file's,
// the suite's driver modules for cfg.
func (c *config) withFile(cfg *cfgfile.Config, s *suite.Resolved) (*config, error) {
	out := *c
	out.drivers = s.Drivers
	for _, add := range []struct {
		list []string
		to   *funcList
	}{{cfg.Sinks, &out.sinks}, {cfg.Protectors, &out.protectors}} {
		if len(add.list) == 0 {
			continue
		}
		merged := funcList{}
		for _, item := range add.list {
			name, idx, err := cfgfile.ParseFunc(item)
			if err != nil {
				return nil, err // checked when the file was read
			}
			merged[name] = idx
		}
		maps.Copy(merged, *add.to) // a flag's entry wins over the file's for the same function
		*add.to = merged
	}
	return &out, nil
}

func (c *config) run(p *analysis.Pass) (any, error) {
	cfg, res, err := c.suite.ForPass(p)
	if err != nil {
		return nil, err
	}
	eff, err := c.withFile(cfg, res)
	if err != nil {
		return nil, err
	}
	in := p.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	x := &pass{
		in:              in,
		config:          eff,
		pass:            p,
		rep:             rules.NewReporter(p, cfg.Policy(&c.policy)),
		matcher:         res.Matcher,
		local:           make(map[*types.Func]*sinkFact),
		results:         make(map[*types.Func]*resultFact),
		docs:            make(map[*types.Func]*docFact),
		protectedFields: make(map[*types.Var]bool),
		encrypted:       make(map[string]bool),
		impls:           make(map[*types.Func][]*types.Func),
		implsWith:       make(map[*types.Func][]*types.Func),
		flows:           make(map[*types.Func]bool),
		ifaceSigs:       make(map[*types.Interface]map[string]string),
		reflective:      make(map[*types.Func]*reflectFact),
		decoders:        make(map[*types.Func]int),
		inputs:          make(map[*types.Func]int),
		inputsJSON:      make(map[*types.Func]bool),
		keySetters:      make(map[*types.Func]*keySetFact),
		varFuncs:        make(map[*types.Var]*types.Func),
		rpcServers:      make(map[*types.Package][]*types.Interface),
		resolvers:       make(map[*types.Package][]*types.Interface),
		varSinks:        make(map[*types.Func][]ParamSink),
		varResults:      make(map[*types.Func]*resultFact),
		hops:            hopFiles{fset: p.Fset},
	}
	// No import-based fast exit: a package that only calls a wrapper of the
	// driver in another package is concerned, and knowing that needs the
	// wrapper's fact. The walk below looks at calls and literals only.
	x.enc = bsonenc.Options{Transparent: x.transparentMarshaller}
	x.findFuncVars()
	x.collect(in)
	x.exportTransparent()
	x.funcs = calleesFirst(x.funcs)
	x.findKeySetters()
	x.findReflective()
	x.findDecoders()
	x.findResults()
	x.findDocs()
	x.findWrappers()
	x.exportFuncVars()
	for _, f := range x.funcs {
		if !x.rep.Skip(f.file) {
			f.report()
		}
	}
	sum := x.summarize()
	x.rep.Finish()
	return sum, nil
}

// collect gathers the functions of the package, the fields marked
// protected, and the encrypted paths of CSFLE/QE maps.
func (x *pass) collect(in *inspector.Inspector) {
	for fc := range in.Root().Children() {
		file := fc.Node().(*ast.File)
		for cur := range fc.Preorder((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil), (*ast.StructType)(nil), (*ast.CallExpr)(nil)) {
			switch n := cur.Node().(type) {
			case *ast.FuncDecl:
				if n.Body != nil {
					x.funcs = append(x.funcs, newFunction(x, file, n, cur))
				}
			case *ast.FuncLit:
				if decl := packageLevel(cur, n); decl != nil {
					x.funcs = append(x.funcs, newFunction(x, file, decl, cur))
				}
			case *ast.StructType:
				x.markProtected(n)
				if !x.rep.Skip(file) {
					x.checkDigestFields(cur, n)
				}
			case *ast.CallExpr:
				x.collectEncrypted(n)
			}
		}
	}
}

// packageLevel returns a function literal that no function encloses (a
// cobra command's RunE, a handler kept in a package variable) as a
// declaration without an object, named after the variable that holds it,
// so that its writes are judged as a function's. Literals inside
// functions are part of their function.
func packageLevel(cur inspector.Cursor, lit *ast.FuncLit) *ast.FuncDecl {
	for range cur.Parent().Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return nil
	}
	name := "func"
	for c := range cur.Enclosing((*ast.ValueSpec)(nil)) {
		if spec := c.Node().(*ast.ValueSpec); len(spec.Names) > 0 {
			name = spec.Names[0].Name
		}
		break
	}
	return &ast.FuncDecl{Name: &ast.Ident{NamePos: lit.Pos(), Name: name}, Type: lit.Type, Body: lit.Body}
}

// calleesFirst orders the package's functions so that a function comes
// after the functions of the package it calls (a depth-first post-order
// of the static call graph, started from the functions in declaration
// order): the fixed points over them (findResults, findWrappers) then
// settle in one round on acyclic call graphs, whatever order the source
// declares them in, and the rounds are bounded by the number of functions
// for cycles. Function literals held by package variables keep their
// place after the declared functions.
func calleesFirst(funcs []*function) []*function {
	byObj := make(map[*types.Func]*function, len(funcs))
	for _, f := range funcs {
		if f.obj != nil {
			byObj[f.obj] = f
		}
	}
	out := make([]*function, 0, len(funcs))
	seen := make(map[*function]bool, len(funcs))
	var visit func(f *function)
	visit = func(f *function) {
		if seen[f] {
			return
		}
		seen[f] = true
		for _, fn := range f.callees {
			if g := byObj[fn]; g != nil {
				visit(g)
			}
		}
		out = append(out, f)
	}
	for _, f := range funcs {
		visit(f)
	}
	return out
}

// markProtected records fields with a //cryptolint:protected directive on
// their declaration, as facts so that other packages see them.
func (x *pass) markProtected(st *ast.StructType) {
	for _, fld := range st.Fields.List {
		if !hasProtectedDirective(fld.Doc) && !hasProtectedDirective(fld.Comment) {
			continue
		}
		for _, id := range fld.Names {
			if v, ok := x.pass.TypesInfo.Defs[id].(*types.Var); ok {
				x.protectedFields[v] = true
				x.pass.ExportObjectFact(v, &protectedFact{})
			}
		}
	}
}

// hasProtectedDirective reports whether a comment group holds a
// well-formed //cryptolint:protected directive.
func hasProtectedDirective(cg *ast.CommentGroup) bool {
	if cg == nil {
		return false
	}
	for _, c := range cg.List {
		if d, ok := directive.Parse(c.Text); ok && d.Kind == directive.Protected && d.Err == "" {
			return true
		}
	}
	return false
}

// isProtectedField reports whether v carries a protected directive.
func (x *pass) isProtectedField(v *types.Var) bool {
	if v == nil {
		return false
	}
	if x.protectedFields[v] {
		return true
	}
	return v.Pkg() != x.pass.Pkg && x.pass.ImportObjectFact(v, new(protectedFact))
}

// findResults computes, to a fixed point, which functions of the package
// return protected values (a hash, ciphertext) or structs whose sensitive
// fields they protect (a constructor that hashes the password), and
// exports them as facts.
func (x *pass) findResults() {
	for changed, rounds := true, 0; changed && rounds <= len(x.funcs); rounds++ {
		changed = false
		for _, f := range x.funcs {
			if f.obj == nil {
				continue
			}
			r := f.resultFact()
			if r == nil || r.equal(x.results[f.obj]) {
				continue
			}
			x.results[f.obj] = r
			changed = true
		}
	}
	for fn, r := range x.results {
		x.pass.ExportObjectFact(fn, r)
	}
}

// findDocs records the functions of the package that return a document
// literal with sensitive keys, and exports them as facts.
func (x *pass) findDocs() {
	for _, f := range x.funcs {
		if f.obj == nil {
			continue
		}
		if d := f.docFact(); d != nil {
			x.docs[f.obj] = d
			x.pass.ExportObjectFact(f.obj, d)
		}
	}
}

// docOf returns the document a function returns, if known.
func (x *pass) docOf(fn *types.Func) *docFact { return factOf(x, x.docs, fn) }

// factOf returns fn's fact of type T: the package's own, computed in
// local, or the one its package exported.
func factOf[T any, P interface {
	*T
	analysis.Fact
}](x *pass, local map[*types.Func]P, fn *types.Func) P {
	origin := fn.Origin()
	if f := local[origin]; f != nil {
		return f
	}
	if origin.Pkg() != nil && origin.Pkg() != x.pass.Pkg {
		var f T
		if x.pass.ImportObjectFact(origin, P(&f)) {
			return &f
		}
	}
	return nil
}

// findWrappers computes, to a fixed point, which functions of the package
// pass a parameter on to a sink, and exports them as facts.
func (x *pass) findWrappers() {
	for changed, rounds := true, 0; changed && rounds <= len(x.funcs); rounds++ {
		changed = false
		for _, f := range x.funcs {
			if f.obj == nil || len(f.params) == 0 {
				continue
			}
			fact := f.wrapperFact()
			if fact == nil || fact.equal(x.local[f.obj]) {
				continue
			}
			x.local[f.obj] = fact
			changed = true
		}
	}
	for fn, fact := range x.local {
		x.pass.ExportObjectFact(fn, fact)
	}
}

// sinkOf returns how a call of fn writes its arguments: the driver's
// sinks, user-named sinks, and wrappers (local or by fact).
func (x *pass) sinkOf(fn *types.Func) []ParamSink {
	if fn == nil {
		return nil
	}
	if sinks := x.drivers.Sinks(fn); sinks != nil {
		out := make([]ParamSink, len(sinks))
		for i, s := range sinks {
			out[i] = ParamSink{Index: s.Arg, Kind: s.Kind, Elems: s.Elems, Variadic: s.Variadic, Via: s.Name}
		}
		return out
	}
	origin := fn.Origin()
	if len(x.sinks) > 0 {
		if idx, ok := x.sinks[origin.FullName()]; ok {
			return []ParamSink{{Index: idx, Kind: mongoapi.Document, Via: fn.Name()}}
		}
	}
	if f := x.local[origin]; f != nil {
		return f.Params
	}
	if ps, ok := x.varSinks[origin]; ok {
		return ps
	}
	if origin.Pkg() != nil && origin.Pkg() != x.pass.Pkg {
		var f sinkFact
		if x.pass.ImportObjectFact(origin, &f) {
			return f.Params
		}
	}
	return x.implSinks(fn)
}

// implSinks returns, for a method of an interface, the writes of the
// package's own types that implement it: Store.Create goes to
// (*mongoStore).Create when both are declared here. Implementations in
// other packages are the whole-program step's (program.go).
func (x *pass) implSinks(fn *types.Func) []ParamSink {
	if len(x.local) == 0 || interfaceOf(fn) == nil {
		return nil
	}
	var out []ParamSink
	for _, m := range x.implementations(fn) {
		ps := x.local[m]
		if ps == nil {
			continue
		}
		for _, p := range ps.Params {
			p.Via = recvName(fn) + "." + fn.Name() + " -> " + p.Via
			if !slices.ContainsFunc(out, func(q ParamSink) bool {
				return q.Index == p.Index && q.Path == p.Path && q.Leaf == p.Leaf && q.Sub == p.Sub
			}) {
				out = append(out, p)
			}
		}
	}
	return out
}

// devirtualize returns the concrete method an interface method call
// reaches when its receiver is an unexported field of the package's
// structs that the package only ever sets to values of one concrete type
// (p.store = NewEncryptedStore(inner, enc); p.store.Create(ctx, e) goes
// to the decorator, not to every implementation), or nil.
func (x *pass) devirtualize(call *ast.CallExpr, fn *types.Func) *types.Func {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	recv, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	s := x.pass.TypesInfo.Selections[recv]
	if s == nil || s.Kind() != types.FieldVal {
		return nil
	}
	fv, ok := s.Obj().(*types.Var)
	if !ok || fv.Exported() || fv.Pkg() != x.pass.Pkg || fv.Origin() != fv {
		return nil
	}
	if x.fieldImpls == nil {
		x.fieldImpls = x.assignedImpls()
	}
	t := x.fieldImpls[fv]
	if t == nil {
		return nil
	}
	m, ok := lookupMethod(t, fn)
	if !ok || m.Signature().Recv() == nil || types.IsInterface(m.Signature().Recv().Type()) {
		return nil
	}
	return m
}

// assignedImpls finds, for each unexported field of interface type of
// the package's structs, the concrete type of every value the package
// assigns to it (x.f = v, T{f: v}), keeping the fields that get exactly
// one.
func (x *pass) assignedImpls() map[*types.Var]types.Type {
	info := x.pass.TypesInfo
	seen := map[*types.Var]types.Type{}
	mixed := map[*types.Var]bool{}
	note := func(fv *types.Var, v ast.Expr) {
		if fv == nil || fv.Exported() || fv.Pkg() != x.pass.Pkg || !types.IsInterface(fv.Type()) {
			return
		}
		if info.Types[v].IsNil() {
			return // p.store = nil: calls on it panic, they write nothing
		}
		t := info.TypeOf(v)
		if t == nil || types.IsInterface(t) {
			mixed[fv] = true // a value of interface type: any implementation
			return
		}
		if prev, ok := seen[fv]; ok && !types.Identical(prev, t) {
			mixed[fv] = true
		}
		seen[fv] = t
	}
	fieldOf := func(e ast.Expr) *types.Var {
		if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok {
			if s := info.Selections[sel]; s != nil && s.Kind() == types.FieldVal {
				v, _ := s.Obj().(*types.Var)
				return v
			}
		}
		return nil
	}
	for n := range x.in.PreorderSeq((*ast.AssignStmt)(nil), (*ast.CompositeLit)(nil), (*ast.UnaryExpr)(nil)) {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				for _, l := range n.Lhs {
					if fv := fieldOf(l); fv != nil {
						mixed[fv] = true // p.store, err = open(): not followed
					}
				}
				continue
			}
			for i, l := range n.Lhs {
				note(fieldOf(l), n.Rhs[i])
			}
		case *ast.CompositeLit:
			st, ok := derefType(info.TypeOf(n)).Underlying().(*types.Struct)
			if !ok {
				continue
			}
			for i, elt := range n.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok {
						fv, _ := info.ObjectOf(id).(*types.Var)
						note(fv, kv.Value)
					}
				} else if i < st.NumFields() {
					note(st.Field(i), elt)
				}
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				if fv := fieldOf(n.X); fv != nil {
					mixed[fv] = true // &p.store: set elsewhere
				}
			}
		}
	}
	out := map[*types.Var]types.Type{}
	for fv, t := range seen {
		if !mixed[fv] {
			out[fv] = t
		}
	}
	return out
}

// implementations returns the methods of the package's named types that
// implement the interface method fn, once per method.
func (x *pass) implementations(fn *types.Func) []*types.Func {
	if ms, ok := x.impls[fn]; ok {
		return ms
	}
	out := implementationsIn(x.pass.Pkg, fn)
	x.impls[fn] = out
	return out
}

// implementationsWith is implementations, with those of the package that
// declares the interface when it is another: the entities a model
// package declares beside their interface.
func (x *pass) implementationsWith(fn *types.Func) []*types.Func {
	if ms, ok := x.implsWith[fn]; ok {
		return ms
	}
	out := x.implementations(fn)
	if fn.Pkg() != nil && fn.Pkg() != x.pass.Pkg {
		out = slices.Concat(out, implementationsIn(fn.Pkg(), fn))
	}
	x.implsWith[fn] = out
	return out
}

// implementationsIn returns the methods of pkg's named types that
// implement the interface method fn.
func implementationsIn(pkg *types.Package, fn *types.Func) []*types.Func {
	iface := interfaceOf(fn)
	var out []*types.Func
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 {
			continue
		}
		ptr := types.NewPointer(n)
		if !types.Implements(ptr, iface) {
			continue
		}
		if m, ok := lookupMethod(ptr, fn); ok {
			out = append(out, m)
		}
	}
	return out
}

// lookupMethod returns t's method named like fn.
func lookupMethod(t types.Type, fn *types.Func) (*types.Func, bool) {
	obj, _, _ := types.LookupFieldOrMethod(t, false, fn.Pkg(), fn.Name())
	m, ok := obj.(*types.Func)
	if !ok {
		return nil, false
	}
	return m.Origin(), true
}

// resultOf returns what is known about the results of fn: protected by
// name, or by a fact computed from its body.
func (x *pass) resultOf(fn *types.Func) *resultFact {
	origin := fn.Origin()
	if r := x.results[origin]; r != nil {
		return r
	}
	if r := x.varResults[origin]; r != nil {
		return r
	}
	if origin.Pkg() != nil && origin.Pkg() != x.pass.Pkg {
		var r resultFact
		if x.pass.ImportObjectFact(origin, &r) {
			return &r
		}
	}
	return nil
}

// modelKind returns the kind of a write-model literal field, if kv is one.
func (x *pass) modelKind(lit *ast.CompositeLit, key ast.Expr) (mongoapi.Kind, bool) {
	n, ok := types.Unalias(x.pass.TypesInfo.TypeOf(lit)).(*types.Named)
	id, isIdent := key.(*ast.Ident)
	if !ok || !isIdent {
		return 0, false
	}
	return x.drivers.ModelField(n, id.Name)
}
