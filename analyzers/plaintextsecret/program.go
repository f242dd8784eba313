package plaintextsecret

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/refactor/satisfy"

	"github.com/cryptolint/cryptolint/internal/mongoapi"
	"github.com/cryptolint/cryptolint/internal/names"
	"github.com/cryptolint/cryptolint/internal/rules"
)

// This file is plaintextsecret's part of the command's whole-program step.
//
// Modular analysis (go vet, golangci-lint, and the command for everything
// else) follows a value from a caller into the functions it calls, through
// facts, which flow from a package to the packages that import it. Two
// flows of a typical Go service go the other way and stay invisible to it:
//
//   - an interface call: the service calls Repository.Create, and the
//     MongoDB implementation that writes lives in a package the service
//     does not import (main wires it in);
//   - an entry point: an exported function writes its parameter, and
//     nothing in the program calls it (a library API, a handler registered
//     by reflection), so no caller ever shows the value.
//
// During the pass the analyzer keeps, in a Summary (its result), what the
// package knows that another package might need: the types whose methods
// write, what every unresolved interface call passes, the exported
// functions whose parameters are written, and the functions referenced.
// Each finding that may follow is prepared with the reporter's policy
// (rules.Deferred) while the syntax is there. The command, which holds
// the summaries of every package, calls LinkProgram once at the end; only
// findings that need the whole program come out of it, so the command
// reports a superset of what go vet and golangci-lint report.

// Summary is what plaintextsecret keeps of one package for the
// whole-program step; it is the analyzer's result.
type Summary struct {
	matcher *names.Matcher
	fset    *token.FileSet         // where the package's positions are, to place hops
	sinks   map[string][]ParamSink // the package's functions that write, by full name
	types   []implType
	calls   []ifaceCall
	entries []entryPoint
	fields  []fieldEntry
	// refs are the functions referenced (called or taken as a value)
	// outside test files, by full name.
	refs map[string]bool
	// direct are those of refs that are called, not only taken as a
	// value: their callers' arguments are judged (fieldEntry).
	direct map[string]bool
	// stored are the package's functions whose result is a document read
	// from the database (resultFact.Stored), by full name.
	stored map[string]bool
	// gwrites are writes of decoded values of a type parameter, insts the
	// package's instantiations of generic declarations (generic.go).
	gwrites []genericWrite
	insts   []instance
	// convs maps each named type of the program that the package converts
	// to an interface ("*path/pkg.T", as implType names it) to those interfaces
	// (ifaceKey); convsUnknown says the conversions could not be read (a
	// package the finder cannot walk).
	convs        map[string][]string
	convsUnknown bool
	// ifaces are the method signatures of the interfaces in convs and
	// ifaceEdges, by key (ifaceKey); ifaceEdges join two interfaces that a
	// value passes between (an assignment, a type assertion).
	ifaces     map[string]map[string]string
	ifaceEdges [][2]string
	// made are writes of fields of documents interface methods return
	// (produced.go); setters maps the package's methods that fill fields
	// of the struct they return to those fields (resultFact.Sets), and
	// producers are the types that have such methods.
	made      []resultEntry
	setters   map[string][]string
	producers []implType
}

// fieldEntry is a finding at a write of fields of a parameter of a
// function that nothing in its package calls (u.Password of
// Repo.Create(u)), reported when nothing in the program calls it either.
type fieldEntry struct {
	fn      string // the function's full name
	at      rules.Deferred
	msg     string
	related []analysis.RelatedInformation
}

// implType is a named type whose methods write or pass a parameter on to
// an interface call: a possible implementation of an interface.
type implType struct {
	name    string            // "*" and the full name: "*example.com/app/mongo.Repo"
	methods map[string]method // the method set of *T, by name
}

// method is one method of an implType.
type method struct {
	sig string // parameter and result types, without names
	key string // the declaring function's full name
	pos token.Pos
}

// ifaceCall is a pending call: a call of an interface method that nothing
// in the package implements with a write, or a static call of a function
// that passes a parameter on to such calls.
type ifaceCall struct {
	iface    map[string]string // the interface's methods: name -> sig
	ifaceKey string            // the interface's identity (ifaceKey), when it is named
	static   string            // the function called, by full name, for a static call
	// pkg is the calling package's path; resolvedHere marks an interface
	// method that the package's own types implement with a write (its
	// sinkFact): the modular pass reported what those implementations
	// write, and the step adds only what it derives for them.
	pkg          string
	resolvedHere bool
	// hidden marks a call in a file whose findings are not shown
	// (generated code: goctl's gRPC server glue, a generated handler): it
	// does not make the implementations it reaches called, so their
	// writes of what it passes are reported as entry points'.
	hidden   bool
	name     string // "Repository.Create", for messages
	method   string
	fn       string   // full name of the calling function
	exported bool     // the calling function can be called from outside the program
	fnName   string   // its name in messages
	params   []string // its parameters' names
	args     []argFlow
	at       Hop // the call, for the paths of sinks derived through it
}

// argFlow is what one argument of an ifaceCall passes.
type argFlow struct {
	index int
	what  string        // the argument as messages name it: its type, "document"
	docs  []pendingLeaf // sensitive values stored if it is written as a document
	elems []pendingLeaf // the same if it is a slice of documents, each written (InsertMany)
	// scalar: the argument is one value; plain says, per category, whether
	// nothing protects it.
	scalar bool
	plain  [names.Financial + 1]bool
	// serial, for a scalar argument that is the text or bytes of a
	// serialized document (uBin from json.Marshal(u)), are the sensitive
	// values it holds, keyed as the serializer writes them: stored under
	// whatever key the implementation gives the value.
	serial []pendingLeaf
	// params are the calling function's parameters the argument carries,
	// as sinks relative to the argument (a parameter as the whole
	// argument, or at a key of a document built here).
	params    []ParamSink
	paramName string // the parameter's name, when the argument is one
	// topFields maps the bson keys of a struct argument's top-level
	// fields to their Go names, for the fields an implementation replaces
	// (ParamSink.Replaced names them in Go).
	topFields map[string]string
	stored    rules.Deferred // CL101 at the argument
	looked    rules.Deferred // CL103 at the argument
}

// pendingLeaf is a sensitive value an argument holds.
type pendingLeaf struct {
	top   bool // a top-level field of the argument
	path  string
	field string // Go field name, "" for a map key
	// goPath is the dotted path of Go field names from the argument to
	// the field (Policy.S3.SecretKey), "" when a map key is on the way.
	goPath   string
	entry    string
	category names.Category
	fieldPos token.Pos
	embeds   string // the secret formatted into the value (leaf.embeds)
	// from is set when the value is a field of what an interface method
	// returned, untouched since (user, _ := repo.GetUserByID(id)): if an
	// implementation reads it from the database, the field holds the
	// stored form and is judged where it was written (linker.readBack).
	from *ifaceRef
}

// ifaceRef names an interface method: its interface's methods and the
// method called.
type ifaceRef struct {
	iface    map[string]string
	ifaceKey string
	method   string
}

// entryPoint is an exported function that writes one of its parameters as
// a single sensitive value.
type entryPoint struct {
	fn    string // full name
	name  string // for messages
	param string // the parameter's name
	sink  ParamSink
	at    rules.Deferred
}

// summarize records what the package offers the whole-program step. It
// runs after the package's facts are computed.
func (x *pass) summarize() *Summary {
	s := &Summary{matcher: x.matcher, fset: x.pass.Fset, sinks: make(map[string][]ParamSink, len(x.local)), refs: make(map[string]bool), direct: make(map[string]bool), stored: make(map[string]bool), fields: x.fieldEntries}
	for fn, r := range x.results {
		if r != nil && r.Stored {
			s.stored[fn.FullName()] = true
		}
	}
	for fn, f := range x.local {
		s.sinks[fn.FullName()] = f.Params
	}
	x.findFlows()
	for _, f := range x.funcs {
		test := strings.HasSuffix(x.pass.Fset.File(f.file.FileStart).Name(), "_test.go")
		f.summarizeCalls(s)
		if !test {
			f.summarizeEntries(s)
		}
	}
	for _, file := range x.pass.Files {
		if strings.HasSuffix(x.pass.Fset.File(file.FileStart).Name(), "_test.go") || x.rep.Skip(file) {
			// A method only tests call is still an entry point, and so is
			// one only generated code calls (goctl's gRPC server passing
			// the request on to the logic): a finding at that call would
			// not be shown.
			continue
		}
		callee := make(map[*ast.Ident]bool)
		ast.Inspect(file, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				if id := calleeIdent(call.Fun); id != nil {
					callee[id] = true
				}
			}
			if id, ok := n.(*ast.Ident); ok {
				if fn, ok := x.pass.TypesInfo.Uses[id].(*types.Func); ok {
					if x.sinkOf(fn) != nil || x.hasFlow(fn) {
						// Only writers and functions with pending calls can be
						// entry points: the others' callers do not matter.
						s.refs[fn.Origin().FullName()] = true
						if callee[id] {
							s.direct[fn.Origin().FullName()] = true
						}
					}
					if len(x.local) > 0 && interfaceOf(fn) != nil {
						for _, m := range x.implementations(fn) {
							s.refs[m.FullName()] = true // called through the interface
							s.direct[m.FullName()] = true
						}
					}
				}
			}
			return true
		})
	}
	x.summarizeTypes(s)
	x.summarizeConversions(s)
	x.summarizeInstances(s)
	s.gwrites = x.genericWrites
	s.made = x.resultEntries
	return s
}

// implName names a type that may implement interfaces: "*" and its full
// name; a generic type, and any instance of it, by its declaration
// ("*example.com/db.query" for query[T] and query[Session]), since the
// whole-program step matches it by its generic methods.
func implName(n *types.Named) string {
	if n.TypeParams().Len() > 0 {
		return "*" + typeOwner(n)
	}
	return "*" + types.TypeString(n, nil)
}

// calleeIdent returns the name a call's function is written with: f,
// pkg.F, x.M, F[T]; nil for a function value computed otherwise.
func calleeIdent(fun ast.Expr) *ast.Ident {
	switch e := ast.Unparen(fun).(type) {
	case *ast.Ident:
		return e
	case *ast.SelectorExpr:
		return e.Sel
	case *ast.IndexExpr:
		return calleeIdent(e.X)
	case *ast.IndexListExpr:
		return calleeIdent(e.X)
	}
	return nil
}

// pendingCallee returns, for a call that the pass cannot resolve to a
// write but the whole-program step may, the interface whose method it
// calls (nil for a static call of a function that passes a parameter on
// to such calls), and whether the call is pending at all.
func (x *pass) pendingCallee(fn *types.Func) (*types.Interface, bool) {
	if fn == nil {
		return nil, false
	}
	if _, decodes := inputTarget(fn); decodes {
		return nil, false // render.Bind calls its value's Bind: a decoder, not a write
	}
	if iface := interfaceOf(fn); iface != nil {
		return iface, userInterface(fn)
	}
	// A static call: pending when the function passes a parameter on to
	// a pending call, even if it also writes it itself (the modular pass
	// reports that write, the whole-program step what it derives).
	return nil, x.hasFlow(fn)
}

// userInterface reports whether fn is a method of a named interface
// declared outside the standard library: the repositories and services
// that a program wires together. Methods of io.Writer or hash.Hash are not
// followed: a MongoDB write behind one is rare, and every function that
// hashes or writes its input would become pending.
func userInterface(fn *types.Func) bool {
	n, ok := types.Unalias(fn.Signature().Recv().Type()).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	first, _, _ := strings.Cut(n.Obj().Pkg().Path(), "/")
	return !stdRoots[first]
}

// stdRoots are the first elements of the standard library's import paths.
var stdRoots = map[string]bool{
	"archive": true, "bufio": true, "bytes": true, "cmp": true, "compress": true, "container": true,
	"context": true, "crypto": true, "database": true, "debug": true, "embed": true, "encoding": true,
	"errors": true, "expvar": true, "flag": true, "fmt": true, "go": true, "hash": true, "html": true,
	"image": true, "index": true, "internal": true, "io": true, "iter": true, "log": true, "maps": true,
	"math": true, "mime": true, "net": true, "os": true, "path": true, "plugin": true, "reflect": true,
	"regexp": true, "runtime": true, "slices": true, "sort": true, "strconv": true, "strings": true,
	"structs": true, "sync": true, "syscall": true, "testing": true, "text": true, "time": true,
	"unicode": true, "unique": true, "unsafe": true, "vendor": true, "weak": true,
}

// hasFlow reports whether fn passes a parameter on to a pending call.
func (x *pass) hasFlow(fn *types.Func) bool {
	origin := fn.Origin()
	if x.flows[origin] {
		return true
	}
	return origin.Pkg() != nil && origin.Pkg() != x.pass.Pkg && x.pass.ImportObjectFact(origin, new(flowFact))
}

// findFlows computes, to a fixed point, the package's functions that pass
// a parameter on to a pending call, and exports them as facts so that
// static calls of them in other packages are pending too.
func (x *pass) findFlows() {
	for changed := true; changed; {
		changed = false
		for _, f := range x.funcs {
			if f.obj == nil || x.flows[f.obj] || len(f.params) == 0 {
				continue
			}
			if f.passesParam() {
				x.flows[f.obj] = true
				changed = true
			}
		}
	}
	for fn := range x.flows {
		x.pass.ExportObjectFact(fn, &flowFact{})
	}
}

// mentionsParam reports whether e uses one of the function's parameters.
func (f *function) mentionsParam(e ast.Expr) bool {
	return f.mentions(e, func(obj types.Object) bool {
		_, isParam := f.params[obj]
		return isParam
	})
}

// mentions reports whether e uses an object that is reports true for.
func (f *function) mentions(e ast.Expr, is func(types.Object) bool) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && !found {
			found = is(f.x.pass.TypesInfo.Uses[id])
		}
		return !found
	})
	return found
}

// localVar reports whether e is a local variable (&v or v) that may hold
// a parameter's value: config := &Configuration{Policy: in.Policy}, then
// repo.Create(ctx, config).
func (f *function) localVar(e ast.Expr) bool {
	id, ok := unaddr(ast.Unparen(e)).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := f.x.pass.TypesInfo.Uses[id].(*types.Var)
	return ok && f.paramFed()[v]
}

// paramFed returns the local variables that an assignment, to them or to
// a part of them, or a range gives a value mentioning a parameter or
// another such variable, to a fixed point.
func (f *function) paramFed() map[types.Object]bool {
	if f.fed != nil {
		return f.fed
	}
	fed := make(map[types.Object]bool)
	feeds := func(e ast.Expr) bool {
		return f.mentions(e, func(obj types.Object) bool {
			_, isParam := f.params[obj]
			return isParam || fed[obj]
		})
	}
	for changed := true; changed; {
		changed = false
		for k, as := range f.assigns {
			if fed[k.obj] {
				continue
			}
			if slices.ContainsFunc(as, func(a assignment) bool { return feeds(a.rhs) }) {
				fed[k.obj], changed = true, true
			}
		}
		for v, x := range f.ranges {
			if !fed[v] && feeds(x) {
				fed[v], changed = true, true
			}
		}
	}
	f.fed = fed
	return fed
}

// passesParam reports whether the function passes one of its parameters
// to a pending call.
func (f *function) passesParam() bool {
	for call := range f.calls() {
		if _, ok := f.x.pendingCallee(f.callee(call)); !ok {
			continue
		}
		found := false
		for i, arg := range call.Args {
			if !f.mentionsParam(arg) && !f.localVar(arg) {
				continue // cheap test first: most arguments carry no parameter
			}
			if a, ok := f.argFlow(i, arg); ok && len(a.params) > 0 {
				found = true
			}
		}
		if found {
			return true
		}
	}
	return false
}

// summarizeCalls records the function's calls of interface methods that
// no type of the package implements with a write.
func (f *function) summarizeCalls(s *Summary) {
	for call := range f.calls() {
		fn := f.callee(call)
		iface, ok := f.x.pendingCallee(fn)
		if !ok {
			continue
		}
		pos := f.x.pass.Fset.Position(call.Pos())
		c := ifaceCall{method: fn.Name(), fnName: f.decl.Name.Name, at: Hop{File: pos.Filename, Line: pos.Line, Column: pos.Column, In: f.decl.Name.Name}, pkg: f.x.pass.Pkg.Path()}
		c.resolvedHere = iface != nil && f.x.sinkOf(fn) != nil
		c.hidden = f.x.rep.Skip(f.file)
		if iface != nil {
			if generic := interfaceOf(fn.Origin()); generic != nil && fn.Origin() != fn {
				// Query[Session].InsertOne: its implementations are generic
				// types too (query[T]), matched by the generic interface's
				// methods.
				iface = generic
			}
			c.iface, c.name = f.x.methodSigsOf(iface), recvName(fn)+"."+fn.Name()
			if n, ok := types.Unalias(fn.Signature().Recv().Type()).(*types.Named); ok {
				c.ifaceKey = namedIfaceKey(n)
			}
		} else {
			c.static, c.name = fn.Origin().FullName(), funcName(fn)
		}
		if f.obj != nil {
			c.fn = f.obj.FullName()
			c.exported = f.obj.Exported() && f.x.pass.Pkg.Name() != "main"
			for v := range f.obj.Signature().Params().Variables() {
				c.params = append(c.params, v.Name())
			}
		}
		for i, arg := range call.Args {
			if a, ok := f.argFlow(i, arg); ok {
				c.args = append(c.args, a)
			}
		}
		if len(c.args) > 0 || c.static == "" {
			// An interface call whose arguments carry nothing sensitive
			// (a hashed code) still calls the implementations: their
			// parameters' fields are judged here, not at their writes.
			s.calls = append(s.calls, c)
		}
	}
}

// argFlow evaluates one argument of an interface call as each kind of
// sink would read it.
func (f *function) argFlow(i int, arg ast.Expr) (argFlow, bool) {
	// findFlows asks about the arguments that summarizeCalls records:
	// each is evaluated once.
	if c, ok := f.argFlows[arg]; ok {
		return c.a, c.ok
	}
	a, ok := f.evalArgFlow(i, arg)
	if f.argFlows == nil {
		f.argFlows = make(map[ast.Expr]cachedArgFlow)
	}
	f.argFlows[arg] = cachedArgFlow{a, ok}
	return a, ok
}

// elemsFlow adds to a what the elements of a slice argument hold, and
// the parameters whose documents they are.
func (f *function) elemsFlow(a *argFlow, i int, arg ast.Expr) {
	ev := f.evaluate(arg, ParamSink{Index: i, Kind: mongoapi.Document, Elems: true})
	for _, l := range ev.leaves {
		if f.holds(l) && !f.protected(l) && !l.entry {
			p := pendingFrom(l)
			p.from = f.ifaceOrigin(l)
			a.elems = append(a.elems, p)
		}
	}
	for _, p := range ev.params {
		p.Elems = true
		a.params = append(a.params, p)
	}
}

// isInterfaceElems reports whether t is a slice or an array of an
// interface type ([]any).
func isInterfaceElems(t types.Type) bool {
	e, ok := elemOf(t)
	return ok && types.IsInterface(e)
}

// cachedArgFlow is an argFlow result kept by argFlow.
type cachedArgFlow struct {
	a  argFlow
	ok bool
}

func (f *function) evalArgFlow(i int, arg ast.Expr) (argFlow, bool) {
	info := f.x.pass.TypesInfo
	t := info.TypeOf(arg)
	if t == nil {
		return argFlow{}, false
	}
	a := argFlow{index: i, stored: f.x.rep.Defer(rules.PlaintextSecret, arg), looked: f.x.rep.Defer(rules.PlaintextLookup, arg)}
	switch {
	case isDocumentType(t):
		ev := f.evaluate(arg, ParamSink{Index: i, Kind: mongoapi.Document})
		for _, l := range ev.leaves {
			if !f.holds(l) || f.protected(l) || l.entry {
				continue // nothing known to be in the field here, or protected; or a parameter's field, judged at the callers (a.params)
			}
			p := pendingFrom(l)
			p.from = f.ifaceOrigin(l)
			a.docs = append(a.docs, p)
		}
		a.params = ev.params
		a.what = f.describe(arg)
		if _, ok := derefType(t).Underlying().(*types.Struct); ok {
			a.topFields = make(map[string]string)
			for _, enc := range f.x.orderedFields(derefType(t), true) {
				a.topFields[enc.Key] = enc.Var.Name()
			}
		}
		if isSliceOrArray(t) && !mongoapi.IsOrderedDocument(t) {
			f.elemsFlow(&a, i, arg)
		}
	case isSliceOrArray(t) && isInterfaceElems(t):
		// []any filled with documents (docs[i] = item, for each item of a
		// parameter): what each element holds.
		f.elemsFlow(&a, i, arg)
		a.what = f.describe(arg)
	case eligible(t, true):
		if i, ok := f.param(unconvert(info, arg)); ok {
			a.params = []ParamSink{{Index: i, Leaf: true}}
			if id, ok := ast.Unparen(unconvert(info, arg)).(*ast.Ident); ok {
				a.paramName = id.Name
				if protectiveName(id) {
					a.params = nil // hashedPassword: the caller protects it
				}
			}
			break
		}
		a.scalar = true
		for c := names.Password; c <= names.Financial; c++ {
			a.plain[c] = !f.protectedExpr(arg, c, 0)
		}
		a.what = "value"
		a.serial = f.serialFlow(arg)
	default:
		return argFlow{}, false
	}
	return a, len(a.docs) > 0 || len(a.elems) > 0 || a.scalar || len(a.params) > 0
}

// serialFlow returns the sensitive values held by the document that the
// text or bytes arg serializes, as the doc branch of evalArgFlow keeps
// them, keyed by the serializer and noted as serialized; nil when arg
// serializes no document.
func (f *function) serialFlow(arg ast.Expr) []pendingLeaf {
	if _, _, ok := f.serializedFrom(arg); !ok {
		return nil
	}
	ev := &evaluation{f: f, sink: ParamSink{Kind: mongoapi.Document, Leaf: true}, at: arg.Pos(), argType: f.x.pass.TypesInfo.TypeOf(arg)}
	ev.serialized(arg, "")
	var out []pendingLeaf
	for _, l := range ev.leaves {
		l.at = ev.at
		if !f.holds(l) || f.protected(l) || l.entry {
			continue
		}
		out = append(out, pendingFrom(l))
	}
	return out
}

// ifaceOrigin returns the interface method whose result holds the leaf's
// field, when the function takes the document from such a call and does
// not assign the field since: u, err := repo.GetUserByID(ctx, id).
func (f *function) ifaceOrigin(l leaf) *ifaceRef {
	var root ast.Expr
	switch {
	case l.value != nil:
		// u.Password = existing.Password, existing from the repository's
		// FindByID: what that read.
		if id := f.fieldCopy(l.value); id != nil {
			root = id
		}
	case l.root != nil:
		root = l.root
		if k, ok := f.location(l.root); ok {
			k.path = f.x.paths.Concat(k.path, l.fieldPath)
			as := f.assignsBefore(k, l.at)
			if len(as) == 1 && f.fieldCopy(as[0].rhs) != nil {
				root = f.fieldCopy(as[0].rhs)
			} else if slices.ContainsFunc(as, func(a assignment) bool { return !f.ownParts(a.rhs, k) }) || f.filledPath(l) || f.inputPart(l) {
				return nil
			}
		}
	}
	if root == nil {
		return nil
	}
	call := f.producer(root)
	if call == nil {
		return nil
	}
	return f.x.ifaceRefOf(f.callee(call))
}

// ifaceRefOf returns the ifaceRef of an interface method, or nil when fn
// is not one.
func (x *pass) ifaceRefOf(fn *types.Func) *ifaceRef {
	iface := interfaceOf(fn)
	if iface == nil {
		return nil
	}
	if r, ok := x.ifaceRefs[fn]; ok {
		return r // one per method and package: the linker answers each once
	}
	r := &ifaceRef{iface: x.methodSigsOf(iface), method: fn.Name()}
	if n, ok := types.Unalias(fn.Signature().Recv().Type()).(*types.Named); ok {
		r.ifaceKey = namedIfaceKey(n)
	}
	if x.ifaceRefs == nil {
		x.ifaceRefs = make(map[*types.Func]*ifaceRef)
	}
	x.ifaceRefs[fn] = r
	return r
}

// fieldCopy returns the local variable whose field e reads as it is
// (existing.Password, a.Keys.Token), when nothing in the function assigns
// that field; else nil.
func (f *function) fieldCopy(e ast.Expr) *ast.Ident {
	info := f.x.pass.TypesInfo
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	if k, ok := f.location(sel); !ok || len(f.assigns[k]) > 0 {
		return nil
	}
	x := ast.Expr(sel)
	for {
		s, ok := ast.Unparen(x).(*ast.SelectorExpr)
		if !ok {
			break
		}
		if sl := info.Selections[s]; sl == nil || sl.Kind() != types.FieldVal {
			return nil
		}
		x = s.X
	}
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return nil
	}
	if _, isParam := f.param(id); isParam {
		return nil
	}
	return id
}

// ownParts reports whether e is made only of parts of location k:
// codes = append(codes[:i], codes[i+1:]...) drops an element of what was
// read and adds nothing new.
func (f *function) ownParts(e ast.Expr, k assignKey) bool {
	return rearranges(f.x.pass.TypesInfo, e, func(x ast.Expr) bool {
		l, ok := f.location(x)
		return ok && l == k
	})
}

// readBack reports whether an implementation of r, among the types the
// program converts to its interface, returns what it read from the
// database: then a field of its result written again unchanged is the
// stored form, not new plaintext.
func (l *linker) readBack(r *ifaceRef) bool {
	if r == nil {
		return false
	}
	if v, ok := l.backs[r]; ok {
		return v
	}
	c := &ifaceCall{iface: r.iface, ifaceKey: r.ifaceKey, method: r.method}
	back := false
	for _, t := range l.types {
		if m, ok := t.implements(c); ok && l.stored[m.key] && l.converted(t, c) {
			back = true
			break
		}
	}
	l.backs[r] = back
	return back
}

// fresh drops the leaves that hold the stored form (readBack).
func (l *linker) fresh(ls []pendingLeaf) []pendingLeaf {
	out := ls[:0:0]
	for _, d := range ls {
		if !l.readBack(d.from) {
			out = append(out, d)
		}
	}
	return out
}

// pendingFrom keeps what a message needs of a leaf.
func pendingFrom(l leaf) pendingLeaf {
	p := pendingLeaf{path: l.path, entry: l.match.Entry, category: l.match.Category, top: !strings.Contains(l.path, "."), embeds: l.embeds}
	if l.field != nil {
		p.field, p.fieldPos = l.field.Name(), l.field.Pos()
	}
	var names []string
	for _, st := range l.fieldPath.Steps() {
		if !st.IsField() {
			names = nil
			break
		}
		names = append(names, st.Field.Name())
	}
	p.goPath = strings.Join(names, ".")
	return p
}

// seen reports whether the function puts a value into the leaf's field:
// a literal or an assignment. A type that could hold a secret is not a
// finding; a value in the field is.
func (f *function) seen(l leaf) bool {
	if l.value != nil {
		return true
	}
	if l.root == nil {
		return false
	}
	k, ok := f.location(l.root)
	if !ok {
		return false
	}
	k.path = f.x.paths.Concat(k.path, l.fieldPath)
	return len(f.assignsBefore(k, l.at)) > 0
}

// summarizeEntries records the function as an entry point when it can be
// called from outside the program and writes a parameter as one
// sensitive value.
func (f *function) summarizeEntries(s *Summary) {
	if f.obj == nil || !f.obj.Exported() || f.x.pass.Pkg.Name() == "main" {
		return
	}
	if fact := f.x.local[f.obj]; fact == nil || !slices.ContainsFunc(fact.Params, func(p ParamSink) bool { return p.Leaf && p.Field == "" && p.MapKey == "" && p.Index >= 0 && !p.Generic }) {
		return // no parameter written as one value: its wrapper fact says so without a walk
	}
	f.eachWrite(func(_ write, sk ParamSink, arg ast.Expr, ev *evaluation) {
		for _, p := range ev.params {
			if !p.Leaf || p.Field != "" || p.MapKey != "" || p.Index < 0 || p.Generic {
				continue
			}
			name := f.paramName(p.Index)
			if name == "" || protectiveName(ast.NewIdent(name)) {
				continue // hashedPassword: the caller protects it
			}
			rule := rules.PlaintextSecret
			if p.Kind == mongoapi.Filter {
				rule = rules.PlaintextLookup
			}
			p.Via, p.Hops = sk.Via, sk.Hops
			s.entries = append(s.entries, entryPoint{fn: f.obj.FullName(), name: funcName(f.obj), param: name, sink: p, at: f.x.rep.Defer(rule, arg)})
		}
	})
}

// paramName returns the name of parameter i.
func (f *function) paramName(i int) string {
	sig := f.obj.Signature()
	if i < sig.Params().Len() {
		return sig.Params().At(i).Name()
	}
	return ""
}

// summarizeTypes records the package's named types that have a method
// that writes or passes a parameter on to an unresolved interface call.
func (x *pass) summarizeTypes(s *Summary) {
	scope := x.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || types.IsInterface(n) {
			continue
		}
		ms := types.NewMethodSet(types.NewPointer(n))
		if x.summarizeSetters(s, n) {
			s.producers = append(s.producers, x.implTypeOf(n, ms, nil))
		}
		relevant := false
		for sel := range ms.Methods() {
			fn := sel.Obj().(*types.Func)
			if x.hasFlow(fn) || x.sinkOf(fn) != nil {
				relevant = true
				break
			}
		}
		if !relevant {
			continue
		}
		s.types = append(s.types, x.implTypeOf(n, ms, s))
	}
}

// implTypeOf makes n's implType from its method set ms. With s, the sinks
// of methods promoted from imported types are added to s.
func (x *pass) implTypeOf(n *types.Named, ms *types.MethodSet, s *Summary) implType {
	t := implType{name: implName(n), methods: make(map[string]method, ms.Len())}
	for sel := range ms.Methods() {
		inst := sel.Obj().(*types.Func) // promoted from BaseRepository[User]: Create(User), as the interface says
		fn := inst.Origin()
		t.methods[fn.Name()] = method{sig: sigString(inst.Signature()), key: fn.FullName(), pos: fn.Pos()}
		if ps := x.sinkOf(fn); s != nil && ps != nil && fn.Pkg() != x.pass.Pkg {
			s.sinks[fn.FullName()] = ps // promoted from an imported type
		}
	}
	return t
}

// summarizeConversions records the package's conversions of its program's
// named types to interfaces: where a type becomes an implementation that
// interface calls can reach (the repository main wires into the service).
func (x *pass) summarizeConversions(s *Summary) {
	defer func() {
		if recover() != nil {
			s.convs, s.convsUnknown = nil, true // the finder wants well-typed code
		}
	}()
	f := satisfy.Finder{Result: make(map[satisfy.Constraint]bool)}
	f.Find(x.pass.TypesInfo, x.pass.Files)
	// key names an interface: a named one by its name, so that two use
	// cases with the same one method stay apart; an unnamed one by its
	// methods. A named interface is joined to those it embeds, whose
	// methods its values are called through.
	var key func(t types.Type) string
	key = func(t types.Type) string {
		iface := t.Underlying().(*types.Interface)
		sigs := x.methodSigsOf(iface)
		var k string
		n, named := types.Unalias(t).(*types.Named)
		if named {
			k = namedIfaceKey(n)
		} else {
			var b strings.Builder
			for _, n := range slices.Sorted(maps.Keys(sigs)) {
				b.WriteString(n + sigs[n] + ";")
			}
			k = "S:" + b.String()
		}
		if s.ifaces == nil {
			s.ifaces = make(map[string]map[string]string)
		}
		if s.ifaces[k] != nil {
			return k
		}
		s.ifaces[k] = sigs
		if named {
			for e := range iface.EmbeddedTypes() {
				if en, ok := types.Unalias(e).(*types.Named); ok && types.IsInterface(en) {
					s.ifaceEdges = append(s.ifaceEdges, [2]string{k, key(en)})
				}
			}
		}
		return k
	}
	for c := range f.Result {
		if !types.IsInterface(c.LHS) {
			continue
		}
		if types.IsInterface(c.RHS) {
			s.ifaceEdges = append(s.ifaceEdges, [2]string{key(c.RHS), key(c.LHS)}) // an interface assigned or asserted to another
			continue
		}
		n, ok := derefType(c.RHS).(*types.Named)
		if !ok || types.IsInterface(n) || n.Obj().Pkg() == nil {
			continue
		}
		if !programPackage(n.Obj().Pkg()) {
			continue // a standard library type
		}
		if s.convs == nil {
			s.convs = make(map[string][]string)
		}
		name := implName(n)
		s.convs[name] = append(s.convs[name], key(c.LHS))
	}
	// A type assertion from one interface to another passes the dynamic
	// value on, also when the target is not assignable to the source (a
	// registry's ioc.Object asserted to domain.Service): the finder above
	// records only the assignable direction.
	edge := func(from, to types.Type) {
		_, fromParam := from.(*types.TypeParam)
		_, toParam := to.(*types.TypeParam)
		if from != nil && to != nil && !fromParam && !toParam && types.IsInterface(from) && types.IsInterface(to) && !types.Identical(from, to) {
			s.ifaceEdges = append(s.ifaceEdges, [2]string{key(from), key(to)})
		}
	}
	info := x.pass.TypesInfo
	for n := range x.in.PreorderSeq((*ast.TypeAssertExpr)(nil), (*ast.TypeSwitchStmt)(nil)) {
		switch n := n.(type) {
		case *ast.TypeAssertExpr:
			if n.Type != nil {
				edge(info.TypeOf(n.X), info.TypeOf(n.Type))
			}
		case *ast.TypeSwitchStmt:
			var v ast.Expr
			switch a := n.Assign.(type) {
			case *ast.ExprStmt:
				v = ast.Unparen(a.X).(*ast.TypeAssertExpr).X
			case *ast.AssignStmt:
				v = ast.Unparen(a.Rhs[0]).(*ast.TypeAssertExpr).X
			}
			for _, st := range n.Body.List {
				for _, e := range st.(*ast.CaseClause).List {
					edge(info.TypeOf(v), info.TypeOf(e))
				}
			}
		}
	}
}

// interfaceOf returns the interface whose method fn is, or nil.
func interfaceOf(fn *types.Func) *types.Interface {
	if fn == nil {
		return nil
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return nil
	}
	iface, _ := recv.Type().Underlying().(*types.Interface)
	return iface
}

// recvName names the receiver type of a method for messages.
func recvName(fn *types.Func) string {
	t := fn.Signature().Recv().Type()
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return "interface"
}

// funcName names a function or method for messages: Save, (*Repo).Save.
func funcName(fn *types.Func) string {
	recv := fn.Signature().Recv()
	if recv == nil {
		return fn.Name()
	}
	return "(" + types.TypeString(recv.Type(), func(*types.Package) string { return "" }) + ")." + fn.Name()
}

// methodSigsOf is methodSigs, once per interface of the package: the calls
// through one interface share the (read-only) map.
func (x *pass) methodSigsOf(iface *types.Interface) map[string]string {
	if m, ok := x.ifaceSigs[iface]; ok {
		return m
	}
	m := methodSigs(iface)
	x.ifaceSigs[iface] = m
	return m
}

// methodSigs returns an interface's methods as name -> signature.
func methodSigs(iface *types.Interface) map[string]string {
	out := make(map[string]string, iface.NumMethods())
	for m := range iface.Methods() {
		out[m.Name()] = sigString(m.Signature())
	}
	return out
}

// sigString writes a signature's parameter and result types with full
// package paths and without names, so that an interface's method and a
// concrete method compare equal across packages.
func sigString(sig *types.Signature) string {
	var b bytes.Buffer // types.WriteType writes into it without a string per type
	tuple := func(t *types.Tuple, variadic bool) {
		b.WriteByte('(')
		for i := range t.Len() {
			if i > 0 {
				b.WriteString(", ")
			}
			if variadic && i == t.Len()-1 {
				b.WriteString("...")
				types.WriteType(&b, t.At(i).Type().(*types.Slice).Elem(), nil)
				continue
			}
			types.WriteType(&b, t.At(i).Type(), nil)
		}
		b.WriteByte(')')
	}
	tuple(sig.Params(), sig.Variadic())
	tuple(sig.Results(), false)
	return b.String()
}

// LinkProgram is the whole-program step: given the summaries of every
// package of the program (this one among them, in any order), it returns,
// for each, the findings that only the whole program shows. The command
// calls it once after analyzing every package.
func (s *Summary) LinkProgram(all []any) [][]analysis.Diagnostic {
	sums := make([]*Summary, 0, len(all))
	for _, a := range all {
		if t, ok := a.(*Summary); ok && t != nil {
			sums = append(sums, t)
		}
	}
	l := newLinker(sums)
	l.derive()
	l.instantiate()
	out := make([][]analysis.Diagnostic, len(all))
	for i, a := range all {
		if t, ok := a.(*Summary); ok && t != nil {
			out[i] = l.findings(t)
		}
	}
	return out
}

// linker holds the program's summaries joined.
type linker struct {
	matcher *names.Matcher
	sums    []*Summary
	sinks   map[string][]ParamSink // every function that writes, by full name, derived ones included
	types   []implType
	impls   map[*ifaceCall][]method // the implementations of each call's method
	called  map[string]bool         // functions referenced, or implementations of a called interface method
	direct  map[string]bool         // the same, called rather than only referenced
	stored  map[string]bool         // functions returning what they read from the database
	backs   map[*ifaceRef]bool      // readBack's answers
	args    map[tparam][]*instance  // the concrete type arguments that reach each type parameter
	// convs, ifaces and edges join the summaries' conversions (edges in
	// both directions); convsUnknown is set when one package's could not be
	// read; reach caches reachable.
	convs        map[string][]string
	ifaces       map[string]map[string]string
	edges        map[string][]string
	reach        map[string][]string
	convsUnknown bool
	files        map[*token.FileSet]*hopFiles // hopFiles
	// setters and producers join the summaries' (Summary.setters).
	setters   map[string][]string
	producers []implType
	// local counts, per function, the sinks its own package found (its
	// sinkFact): a static call of it is reported by the modular pass for
	// those, and the whole-program step adds only the sinks it derives.
	local map[string]int
}

// newLinker joins the summaries and resolves every interface call.
func newLinker(sums []*Summary) *linker {
	l := &linker{sums: sums, sinks: make(map[string][]ParamSink), local: make(map[string]int), impls: make(map[*ifaceCall][]method), called: make(map[string]bool), direct: make(map[string]bool), stored: make(map[string]bool), backs: make(map[*ifaceRef]bool)}
	seen, seenProducer := make(map[string]bool), make(map[string]bool)
	for _, s := range sums {
		if l.matcher == nil {
			l.matcher = s.matcher
		}
		for k, ps := range s.sinks {
			l.sinks[k] = ps
			l.local[k] = len(ps)
		}
		for k := range s.refs {
			l.called[k] = true
		}
		for k := range s.direct {
			l.direct[k] = true
		}
		for k := range s.stored {
			l.stored[k] = true
		}
		for _, t := range s.types {
			if !seen[t.name] {
				seen[t.name] = true
				l.types = append(l.types, t)
			}
		}
		for k, fs := range s.setters {
			if l.setters == nil {
				l.setters = make(map[string][]string)
			}
			l.setters[k] = fs
		}
		for _, t := range s.producers {
			if !seenProducer[t.name] {
				seenProducer[t.name] = true
				l.producers = append(l.producers, t)
			}
		}
		if l.convs == nil {
			l.convs, l.ifaces, l.edges = make(map[string][]string), make(map[string]map[string]string), make(map[string][]string)
		}
		for name, ks := range s.convs {
			l.convs[name] = append(l.convs[name], ks...)
		}
		for k, sigs := range s.ifaces {
			l.ifaces[k] = sigs
		}
		for _, e := range s.ifaceEdges {
			l.edges[e[0]] = append(l.edges[e[0]], e[1])
			l.edges[e[1]] = append(l.edges[e[1]], e[0])
		}
		l.convsUnknown = l.convsUnknown || s.convsUnknown
	}
	sort.Slice(l.types, func(i, j int) bool { return l.types[i].name < l.types[j].name })
	sort.Slice(l.producers, func(i, j int) bool { return l.producers[i].name < l.producers[j].name })
	for _, s := range sums {
		for i := range s.calls {
			c := &s.calls[i]
			if c.static != "" {
				l.impls[c] = []method{{key: c.static}}
				continue
			}
			for _, t := range l.types {
				if m, ok := t.implements(c); ok && (l.converted(t, c) || l.unwired(t, c)) {
					l.impls[c] = append(l.impls[c], m)
					if !c.hidden {
						l.called[m.key] = true
						l.direct[m.key] = true
					}
				}
			}
		}
	}
	return l
}

// unwired reports whether t is an implementation of the call's named
// interface that the program never converts to any interface: a backend
// it declares but does not construct here (a MongoDB repository beside
// the one main wires, wired by another command or by the tests). The call
// is the only way its methods are reached, so its writes are the call's.
func (l *linker) unwired(t implType, c *ifaceCall) bool {
	return c.ifaceKey != "" && !l.convsUnknown && len(l.convs[t.name]) == 0
}

// converted reports whether the program converts a value of type t to an
// interface that has every method of the call's interface (the call's
// interface itself, or a larger one assigned to it): a type that merely has
// the methods, as many one-method use cases of a service do, is not an
// implementation the call can reach.
func (l *linker) converted(t implType, c *ifaceCall) bool {
	if l.convsUnknown {
		return true // some package's conversions are unknown: every type that has the methods
	}
	for _, k := range l.reachable(t.name) {
		if c.ifaceKey != "" && k == c.ifaceKey || c.ifaceKey == "" && covers(l.ifaces[k], c.iface) {
			return true // the call's named interface itself, or any that has its methods for an unnamed one
		}
	}
	return false
}

// namedIfaceKey is the identity of a named interface for conversions.
func namedIfaceKey(n *types.Named) string {
	return "N:" + typeOwner(n)
}

// reachable returns the interfaces a value of the named type can be held
// in: those it is converted to, and those they pass values to or from.
func (l *linker) reachable(name string) []string {
	if r, ok := l.reach[name]; ok {
		return r
	}
	seen := map[string]bool{}
	var out []string
	queue := slices.Clone(l.convs[name])
	for len(queue) > 0 {
		k := queue[0]
		queue = queue[1:]
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, k)
		queue = append(queue, l.edges[k]...)
	}
	if l.reach == nil {
		l.reach = make(map[string][]string)
	}
	l.reach[name] = out
	return out
}

// covers reports whether the method set sigs holds every method of want,
// with the same signature.
func covers(sigs, want map[string]string) bool {
	for name, sig := range want {
		if sigs[name] != sig {
			return false
		}
	}
	return true
}

// implements returns t's method for the call when t implements the
// call's interface.
func (t implType) implements(c *ifaceCall) (method, bool) {
	for name, sig := range c.iface {
		if m, ok := t.methods[name]; !ok || m.sig != sig {
			return method{}, false
		}
	}
	return t.methods[c.method], true
}

// sinksFor returns the sinks of m that cover argument index i. For a
// static call, those of the callee's own package are left out: the
// modular pass composed and reported them at the call already.
func (l *linker) sinksFor(c *ifaceCall, m method, i int) []ParamSink {
	var out []ParamSink
	sinks := l.sinks[m.key]
	if c.static != "" || c.resolvedHere && (strings.HasPrefix(m.key, "(*"+c.pkg+".") || strings.HasPrefix(m.key, "("+c.pkg+".")) {
		sinks = sinks[min(l.local[m.key], len(sinks)):]
	}
	for _, p := range sinks {
		if p.MapKey != "" {
			continue // a key of a map parameter: the modular pass judges it at the callers
		}
		if p.Index == i || p.Variadic && p.Index <= i {
			out = append(out, p)
		}
	}
	return out
}

// derive makes a function that passes its parameter to an interface call
// whose implementation writes it a writer too, to a fixed point: a
// service method passing the user it was given to Repository.Create.
func (l *linker) derive() {
	for changed, rounds := true, 0; changed && rounds < 64; rounds++ {
		changed = false
		for _, s := range l.sums {
			for i := range s.calls {
				c := &s.calls[i]
				if c.fn == "" {
					continue
				}
				for _, m := range l.impls[c] {
					for _, a := range c.args {
						for _, p := range l.sinksFor(c, m, a.index) {
							for _, q := range a.params {
								d, ok := compose(q, p)
								if !ok {
									d, ok = composeField(q, p, a.topFields)
								}
								if !ok {
									continue
								}
								d.Via, d.Hops = c.fnName+" -> "+c.via(p), c.hops(p)
								d.Also = nil
								for _, a := range p.Also {
									d.Also = append(d.Also, AltPath{Via: c.fnName + " -> " + c.via(ParamSink{Via: a.Via}), Hops: c.hops(ParamSink{Via: a.Via, Hops: a.Hops})})
								}
								if i := slices.IndexFunc(l.sinks[c.fn], func(r ParamSink) bool {
									return r.Index == d.Index && r.Path == d.Path && r.Leaf == d.Leaf && r.Elems == d.Elems && r.Sub == d.Sub
								}); i >= 0 {
									l.sinks[c.fn][i].addAlso(d) // another write of the same value: related information only
								} else {
									l.sinks[c.fn] = append(l.sinks[c.fn], d)
									changed = true
								}
							}
						}
					}
				}
			}
		}
	}
}

// via names the path from the call to the write for messages.
func (c *ifaceCall) via(p ParamSink) string {
	if c.static != "" {
		return p.Via // it starts with the function called
	}
	return c.name + " -> " + p.Via
}

// hops returns the path from the call to the write of sink p.
func (c *ifaceCall) hops(p ParamSink) []Hop {
	h := c.at
	if c.static != "" {
		h.Call, _, _ = strings.Cut(p.Via, " -> ")
	} else {
		h.Call = c.name
	}
	return prependHop(h, p.Hops)
}

// compose returns the sink of a parameter that an argument carries as q,
// when the callee writes the argument as p.
func compose(q, p ParamSink) (ParamSink, bool) {
	if p.MapKey != "" || q.MapKey != "" {
		return ParamSink{}, false // a key of a map parameter: judged by the modular pass's callers
	}
	switch {
	case p.Leaf && p.Field == "" && q.Leaf && q.Path == "":
		// The callee's reason travels with it: a filter's generic "code"
		// read as the OTP.Code of the documents it matches.
		return ParamSink{Index: q.Index, Kind: p.Kind, Path: p.Path, Leaf: true, Key: p.Key, Generic: p.Generic && q.Generic, Entry: p.Entry, Category: p.Category}, true
	case p.Leaf && p.Field != "" && !q.Leaf && !q.Elems && q.Path == "" && q.Sub == "":
		// The callee writes a field of the document it is given
		// (token.AccessToken), and the parameter is that document.
		if slices.Contains(q.Replaced, p.Field) {
			return ParamSink{}, false
		}
		return ParamSink{Index: q.Index, Kind: p.Kind, Path: p.Path, Leaf: true, Key: p.Key, Field: p.Field, Entry: p.Entry, Category: p.Category}, true
	case !p.Leaf && p.Elems == q.Elems && p.Sub != "":
		// The callee writes a field of the argument (cfg.Storage).
		path, sub, key, ok := underSub(p, q.Path)
		if !ok || q.Leaf && sub != "" {
			return ParamSink{}, false // the parameter is elsewhere in the argument
		}
		d := q
		d.Path, d.Replaced, d.ReplacedKeys = path, nil, nil
		if sub != "" {
			d.Sub, d.SubKey = joinDots(q.Sub, sub), joinDots(q.SubKey, key)
		}
		if q.Sub == "" && q.Path == "" && sub == p.Sub {
			d.Replaced = p.Replaced // the callee's replacements in the part it writes (hashAndInsert(cred) of cred.Profile)
		}
		if p.Kind == mongoapi.Filter {
			d.Kind = mongoapi.Filter
		}
		return d, true
	case !p.Leaf && p.Elems == q.Elems:
		// The parameter is (at a key of) the document, or is the slice of
		// documents the callee writes one by one.
		d := q
		d.Path = joinDots(p.Path, q.Path)
		d.TopJSON = q.TopJSON || p.TopJSON && q.Path == ""
		if q.Path == "" {
			d.Replaced = mergeSorted(q.Replaced, p.Replaced)
			d.ReplacedKeys = mergeSorted(q.ReplacedKeys, p.ReplacedKeys)
		}
		if p.Kind == mongoapi.Filter {
			d.Kind = mongoapi.Filter
		}
		return d, true
	}
	return ParamSink{}, false
}

// composeField returns the sink of a parameter (or a parameter's field)
// that the caller put into a top-level field of a struct argument, when the
// callee writes that field: SetSession builds CreateSessionCommand{
// RefreshToken: pair.RefreshToken} and CreateSession stores
// cmd.RefreshToken. topFields maps the argument's keys to its Go fields.
func composeField(q, p ParamSink, topFields map[string]string) (ParamSink, bool) {
	if !p.Leaf || p.Field == "" || strings.Contains(p.Field, ".") || !q.Leaf || q.Elems || q.Path == "" || strings.Contains(q.Path, ".") {
		return ParamSink{}, false
	}
	if topFields[q.Path] != p.Field {
		return ParamSink{}, false
	}
	entry, cat := p.Entry, p.Category
	if entry == "" {
		entry, cat = q.Entry, q.Category
	}
	return ParamSink{Index: q.Index, Kind: p.Kind, Path: p.Path, Leaf: true, Key: p.Key, Field: q.Field, Entry: entry, Category: cat}, true
}

// underSub places what sits at key path at of an argument when the callee
// writes only the argument's field p.SubKey under p.Path: its path in the
// stored document, and, when at is above that field, the rest of the field
// path (as Go names and as keys) below at. It reports false when at is
// beside the field, not stored.
func underSub(p ParamSink, at string) (path, sub, key string, ok bool) {
	switch {
	case at == p.SubKey:
		return p.Path, "", "", true
	case strings.HasPrefix(at, p.SubKey+"."):
		return join(p.Path, at[len(p.SubKey)+1:]), "", "", true
	case at == "":
		return p.Path, p.Sub, p.SubKey, true
	case strings.HasPrefix(p.SubKey, at+"."):
		n := strings.Count(at, ".") + 1
		gos, keys := strings.Split(p.Sub, "."), strings.Split(p.SubKey, ".")
		return p.Path, strings.Join(gos[n:], "."), strings.Join(keys[n:], "."), true
	}
	return "", "", "", false
}

// joinDots joins two dotted paths.
func joinDots(a, b string) string {
	if a == "" {
		return b
	}
	if b == "" {
		return a
	}
	return a + "." + b
}

// findings returns the whole-program findings of one package.
func (l *linker) findings(s *Summary) []analysis.Diagnostic {
	if s.matcher != nil {
		l.matcher = s.matcher // the words of the package's configuration file
	}
	var out []analysis.Diagnostic
	for i := range s.calls {
		out = append(out, l.callFindings(s, &s.calls[i])...)
	}
	// Entry points' parameters written at one argument make one finding
	// (UpdateSession(id, accessToken, refreshToken) $sets both).
	var groups [][]entryPoint
	for _, e := range s.entries {
		if l.called[e.fn] {
			continue // its callers show the value
		}
		if n := len(groups); n > 0 && groups[n-1][0].at.Pos == e.at.Pos && groups[n-1][0].at.Rule == e.at.Rule {
			groups[n-1] = append(groups[n-1], e)
			continue
		}
		groups = append(groups, []entryPoint{e})
	}
	for _, g := range groups {
		if d, ok := l.entryFinding(s, g); ok {
			out = append(out, d)
		}
	}
	for _, e := range s.fields {
		if l.direct[e.fn] {
			continue // its callers show the values
		}
		if d, ok := e.at.Diagnostic(e.msg, e.related); ok {
			out = append(out, d)
		}
	}
	out = append(out, l.madeFindings(s)...)
	return append(out, l.genericFindings(s)...)
}

// callFindings reports what an interface call stores in plaintext through
// the implementations that write.
func (l *linker) callFindings(s *Summary, c *ifaceCall) []analysis.Diagnostic {
	type found struct {
		leaves  []pendingLeaf
		at      rules.Deferred
		what    string
		via     string
		impl    method
		sink    ParamSink // the implementation's, for its path
		entryOf string    // the calling function's parameter, for an entry point
	}
	var stored, looked *found
	add := func(dst **found, a argFlow, m method, p ParamSink, ls []pendingLeaf, at rules.Deferred, what, entry string) {
		if *dst == nil {
			*dst = &found{at: at, what: what, via: c.via(p), impl: m, sink: p, entryOf: entry}
		}
		for _, lf := range ls {
			if !slices.ContainsFunc((*dst).leaves, func(o pendingLeaf) bool { return o.path == lf.path }) {
				(*dst).leaves = append((*dst).leaves, lf)
			}
		}
	}
	for _, m := range l.impls[c] {
		for _, a := range c.args {
			for _, p := range l.sinksFor(c, m, a.index) {
				var ls []pendingLeaf
				entry := ""
				switch {
				case p.Leaf && p.Field == "" && a.scalar:
					match, ok := l.leafMatch(p)
					if ok && a.plain[match.Category] {
						ls = append(ls, pendingLeaf{path: p.Path, entry: match.Entry, category: match.Category})
					}
					if p.MapKey == "" && len(ls) == 0 {
						// Set(key, uBin), uBin from json.Marshal(u): the
						// value stored under the implementation's key is
						// the text of u, its secrets included.
						for _, d := range l.fresh(a.serial) {
							d.path, d.top = join(p.Path, d.path), false
							ls = append(ls, d)
						}
					}
				case p.Leaf && p.Field == "" && a.paramName != "" && c.exported && !l.called[c.fn]:
					// The calling function's parameter, and nothing in the
					// program calls that function: an entry point.
					match, ok := l.leafMatch(p)
					if ok {
						ls = append(ls, pendingLeaf{path: p.Path, entry: match.Entry, category: match.Category})
						entry = a.paramName
					}
				case p.Leaf && p.Field != "":
					// The implementation stores one field of the document
					// argument under its own key (a document helper on it:
					// $set: params.ToBSON()), or a field of one of its
					// parts (Policy.S3.SecretKey: the part a service put
					// into a stored document).
					dotted := strings.Contains(p.Field, ".")
					for _, d := range l.fresh(a.docs) {
						if !dotted && d.top && d.field == p.Field || dotted && d.goPath == p.Field {
							d.path, d.top = p.Path, !strings.Contains(p.Path, ".")
							if p.Entry != "" {
								d.entry, d.category = p.Entry, p.Category
							}
							ls = append(ls, d)
						}
					}
					if len(ls) == 0 && c.exported && !l.direct[c.fn] {
						// The document is a parameter of the calling
						// function, and nothing in the program calls it: an
						// entry point, reported at the call.
						for _, q := range a.params {
							if q.Leaf || q.Elems || q.Path != "" || q.Sub != "" || q.Index < 0 || q.Index >= len(c.params) || slices.Contains(q.Replaced, p.Field) {
								continue
							}
							if match, ok := l.leafMatch(p); ok {
								ls = append(ls, pendingLeaf{path: p.Path, field: p.Field, entry: match.Entry, category: match.Category, top: !strings.Contains(p.Path, ".")})
								entry = c.params[q.Index]
								break
							}
						}
					}
				case !p.Leaf && p.Elems:
					for _, d := range l.fresh(a.elems) {
						d.path = join(p.Path, d.path)
						ls = append(ls, d)
					}
				case !p.Leaf && !p.Elems:
					for _, d := range l.fresh(a.docs) {
						if d.top && slices.Contains(p.Replaced, d.field) {
							continue // the implementation replaces it (hashes it) before the write
						}
						if top, _, _ := strings.Cut(d.path, "."); slices.Contains(p.ReplacedKeys, top) {
							continue // the implementation encrypts what is under that key before the write
						}
						if p.SubKey != "" {
							if !strings.HasPrefix(d.path, p.SubKey+".") {
								continue // beside the field the implementation writes
							}
							d.path = join(p.Path, d.path[len(p.SubKey)+1:])
							ls = append(ls, d)
							continue
						}
						d.path = join(p.Path, d.path)
						if p.Serialized != "" && d.embeds == "" {
							// The implementation serializes the argument:
							// said, with the argument's keys as BSON names
							// them (the types are not at hand here).
							d.embeds = serializedNote(p.Serialized)
						}
						ls = append(ls, d)
					}
					if len(ls) == 0 && c.exported && !l.called[c.fn] {
						// A parameter of the calling function put into the
						// document, and nothing in the program calls it.
						for _, q := range a.params {
							if !q.Leaf || q.Index < 0 || q.Index >= len(c.params) || protectiveName(ast.NewIdent(c.params[q.Index])) {
								continue
							}
							if top, _, _ := strings.Cut(q.Path, "."); slices.Contains(p.Replaced, a.topFields[top]) || slices.Contains(p.ReplacedKeys, top) {
								continue // the implementation hashes that field before the write
							}
							path := join(p.Path, q.Path)
							if p.SubKey != "" {
								var ok bool
								if path, _, _, ok = underSub(p, q.Path); !ok {
									continue
								}
							}
							if match, ok := l.matcher.Match(q.Key); ok {
								// Every such parameter: UpdateSession(id,
								// accessToken, refreshToken) $sets both.
								ls = append(ls, pendingLeaf{path: path, entry: match.Entry, category: match.Category})
								if name := c.params[q.Index]; entry == "" {
									entry = name
								} else if !slices.Contains(strings.Split(entry, ", "), name) {
									entry += ", " + name
								}
							}
						}
					}
				}
				if len(ls) == 0 {
					continue
				}
				what := a.what
				if p.Leaf && p.Field == "" {
					what = "value"
				}
				if p.Kind == mongoapi.Filter {
					add(&looked, a, m, p, ls, a.looked, what, entry)
				} else {
					add(&stored, a, m, p, ls, a.stored, what, entry)
				}
			}
		}
	}
	var out []analysis.Diagnostic
	if stored != nil {
		what := stored.what
		if stored.entryOf != "" {
			what = fmt.Sprintf("%s of %s (nothing in the program calls it)", paramWord(stored.entryOf), c.fnName)
		}
		msg := fmt.Sprintf("%s written by %s stores %s in plaintext; %s", what, stored.via, pendingList(stored.leaves), pendingAdvice(stored.leaves))
		if d, ok := stored.at.Diagnostic(msg, l.related(s, c, stored.impl, stored.via, stored.sink, stored.leaves)); ok {
			out = append(out, d)
		}
	}
	if looked != nil {
		against := "a raw value"
		if looked.entryOf != "" {
			against = fmt.Sprintf("%s of %s (nothing in the program calls it) as it is", paramWord(looked.entryOf), c.fnName)
		}
		msg := fmt.Sprintf("filter of %s matches %s against %s, so the field must be stored in plaintext; store a hash (SHA-256 or HMAC) and look up by the hash of the presented value (fieldcrypt.Digest, fieldcrypt.DigestOf)", looked.via, pendingList(looked.leaves), against)
		if d, ok := looked.at.Diagnostic(msg, l.related(s, c, looked.impl, looked.via, looked.sink, looked.leaves)); ok {
			out = append(out, d)
		}
	}
	return out
}

// paramWord names one parameter or a comma-separated list of them.
func paramWord(names string) string {
	if strings.Contains(names, ", ") {
		return "parameters " + names
	}
	return "parameter " + names
}

// leafMatch says why the key a leaf sink stores under is sensitive.
func (l *linker) leafMatch(p ParamSink) (names.Match, bool) {
	if p.Generic {
		return names.Match{}, false // only the caller's argument's name says
	}
	if p.Entry != "" {
		return names.Match{Entry: p.Entry, Category: p.Category}, true
	}
	key := p.Key
	if key == "" {
		key = p.Path
	}
	return l.matcher.Match(key)
}

// hopFiles returns the positions of the summary's file set.
func (l *linker) hopFiles(s *Summary) *hopFiles {
	if l.files == nil {
		l.files = make(map[*token.FileSet]*hopFiles)
	}
	hf := l.files[s.fset]
	if hf == nil {
		hf = &hopFiles{fset: s.fset}
		l.files[s.fset] = hf
	}
	return hf
}

// entryFinding reports an entry point's parameter written as it is.
func (l *linker) entryFinding(s *Summary, es []entryPoint) (analysis.Diagnostic, bool) {
	var (
		ls     []pendingLeaf
		params []string
		e      entryPoint // the first that names a sensitive key
	)
	for _, x := range es {
		match, ok := l.leafMatch(x.sink)
		if !ok {
			continue
		}
		if e.fn == "" {
			e = x
		}
		if !slices.ContainsFunc(ls, func(o pendingLeaf) bool { return o.path == x.sink.Path }) {
			ls = append(ls, pendingLeaf{path: x.sink.Path, entry: match.Entry, category: match.Category})
		}
		if !slices.Contains(params, x.param) {
			params = append(params, x.param)
		}
	}
	if e.fn == "" {
		return analysis.Diagnostic{}, false
	}
	what := paramWord(strings.Join(params, ", "))
	path, _ := hopRelated(l.hopFiles(s), e.sink)
	if e.sink.Kind == mongoapi.Filter {
		msg := fmt.Sprintf("filter of %s matches %s against %s of %s (nothing in the program calls it) as it is, so the field must be stored in plaintext; store a hash (SHA-256 or HMAC) and look up by the hash of the presented value (fieldcrypt.Digest, fieldcrypt.DigestOf)", e.sink.Via, pendingList(ls), what, e.name)
		return e.at.Diagnostic(msg, path)
	}
	msg := fmt.Sprintf("%s of %s (nothing in the program calls it) written by %s stores %s in plaintext; %s", what, e.name, e.sink.Via, pendingList(ls), pendingAdvice(ls))
	return e.at.Diagnostic(msg, path)
}

// related points at the implementation that writes, at each call from
// it to the write, and at the fields.
func (l *linker) related(s *Summary, c *ifaceCall, m method, via string, p ParamSink, ls []pendingLeaf) []analysis.RelatedInformation {
	var out []analysis.RelatedInformation
	if m.pos.IsValid() {
		out = append(out, analysis.RelatedInformation{Pos: m.pos, Message: fmt.Sprintf("%s is implemented here by a method that writes its argument to MongoDB (%s); found by the whole-program step", c.name, via)})
	}
	p.Via = via
	path, _ := hopRelated(l.hopFiles(s), p)
	out = append(out, path...)
	for _, lf := range ls {
		if lf.fieldPos.IsValid() {
			out = append(out, analysis.RelatedInformation{Pos: lf.fieldPos, Message: fmt.Sprintf("field %s, stored as %q, names %s", lf.field, lf.path, lf.entry)})
		}
	}
	return out
}

// pendingList names the fields and keys, as listLeaves does.
func pendingList(ls []pendingLeaf) string {
	var parts []string
	for _, l := range ls {
		if l.field != "" {
			parts = append(parts, fmt.Sprintf("%s (key %q%s)", l.field, l.path, embedNote(l.embeds)))
		} else {
			parts = append(parts, fmt.Sprintf("key %q", l.path)+keyEmbedNote(l.embeds))
		}
	}
	return strings.Join(parts, ", ")
}

// pendingAdvice says how to protect the categories found, as advice does.
func pendingAdvice(ls []pendingLeaf) string {
	out := make([]leaf, len(ls))
	for i, l := range ls {
		out[i].match.Category = l.category
	}
	return advice(out)
}

// flowFact marks a function that passes a parameter on to a call that
// only the whole-program step can resolve (an interface method implemented
// elsewhere): its static callers record their calls of it for that step.
type flowFact struct{}

func (*flowFact) AFact()         {}
func (*flowFact) String() string { return "passes a parameter to a pending call" }
