package weakalgo

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// flowFact carries the summary of an exported function or method to the
// packages that import it: which parameters reach a crypto API's key, IV,
// nonce or RSA key size, whether its first result is a constant or zero
// buffer, and what it does to a byte buffer it is given when that decides
// a nonce: fills it in full from crypto/rand on every path, stores only
// constants in it, writes a counter, or only zeroes it. A buffer parameter
// without an effect (one the function reads, passes on, or fills only on
// some paths) still counts as a write that may fill the buffer, so in
// doubt nothing is reported.
type flowFact struct {
	Sinks      []FactSink
	Effects    []FactEffect
	Result     int    // origin of the first result: originLiteral, originZero or originUnknown
	ResultDesc string // its description for messages
}

// FactEffect is what a function does to the buffer it gets as a
// parameter.
type FactEffect struct {
	Index  int // parameter index
	Effect int // useCrypto, useConstWrite, useCounter or useClear
}

// FactSink is one parameter that reaches a crypto API.
type FactSink struct {
	Index   int    // parameter index
	Full    string // the API's full name
	Display string // the API's name for messages
	Pkg     string // the API's package path
	Role    int    // role of the argument there
	Arg     int    // index of the argument there
	Encrypt bool   // the call encrypts
}

func (*flowFact) AFact() {}

func (f *flowFact) String() string {
	var parts []string
	for _, s := range f.Sinks {
		parts = append(parts, fmt.Sprintf("param %d -> %s arg %d", s.Index, s.Display, s.Arg))
	}
	for _, e := range f.Effects {
		parts = append(parts, fmt.Sprintf("param %d %s", e.Index, effectNames[use(e.Effect)]))
	}
	if f.Result != int(originUnknown) {
		parts = append(parts, "returns "+f.ResultDesc)
	}
	return "weakalgo(" + strings.Join(parts, "; ") + ")"
}

// exportFacts summarises the package's exported functions and methods and
// exports the summaries that say something.
func (x *pass) exportFacts() {
	for _, f := range x.pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil || !fd.Name.IsExported() {
				continue
			}
			fn, ok := x.info.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			x.declOf(fn) // builds the cursor index
			s := x.summary(fd, fn.Name())
			if s == nil {
				continue
			}
			fact := &flowFact{Result: int(s.result), ResultDesc: s.resDesc}
			for i, ps := range s.sinks {
				fact.Sinks = append(fact.Sinks, FactSink{Index: i, Full: ps.api.full, Display: ps.api.display, Pkg: ps.api.pkg, Role: int(ps.param.role), Arg: ps.param.index, Encrypt: ps.param.encrypt})
			}
			for i, e := range s.effects {
				if effectNames[e] != "" {
					fact.Effects = append(fact.Effects, FactEffect{Index: i, Effect: int(e)})
				}
			}
			if len(fact.Sinks) == 0 && len(fact.Effects) == 0 && s.result == originUnknown {
				continue
			}
			slices.SortFunc(fact.Sinks, func(a, b FactSink) int { return cmp.Compare(a.Index, b.Index) })
			slices.SortFunc(fact.Effects, func(a, b FactEffect) int { return cmp.Compare(a.Index, b.Index) })
			x.pass.ExportObjectFact(fn, fact)
		}
	}
}

// effectNames are the buffer effects that facts carry, named for String.
var effectNames = map[use]string{
	useCrypto:     "filled by crypto/rand",
	useConstWrite: "written with constants",
	useCounter:    "written as a counter",
	useClear:      "zeroed",
}

// importedSummary returns the summary that a fact of another package's
// function fn carries, or nil.
func (x *pass) importedSummary(fn *types.Func) *funcSummary {
	fn = fn.Origin()
	if s, ok := x.imported[fn]; ok {
		return s
	}
	var fact flowFact
	var s *funcSummary
	if x.pass.ImportObjectFact(fn, &fact) {
		s = &funcSummary{name: displayName(fn), result: origin(fact.Result), resDesc: fact.ResultDesc}
		for _, fe := range fact.Effects {
			if s.effects == nil {
				s.effects = make(map[int]use)
			}
			s.effects[fe.Index] = use(fe.Effect)
		}
		for _, fs := range fact.Sinks {
			if s.sinks == nil {
				s.sinks = make(map[int]paramSink)
			}
			s.sinks[fs.Index] = paramSink{
				api:   apiRef{full: fs.Full, display: fs.Display, pkg: fs.Pkg},
				param: param{index: fs.Arg, role: role(fs.Role), encrypt: fs.Encrypt},
			}
		}
	}
	x.imported[fn] = s
	return s
}

// hasFlowFacts reports whether the package uses a function of another
// package that carries a flowFact: a wrapper of crypto APIs.
func hasFlowFacts(p *analysis.Pass) bool {
	for _, obj := range p.TypesInfo.Uses {
		fn, ok := obj.(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg() == p.Pkg {
			continue
		}
		var fact flowFact
		if p.ImportObjectFact(fn.Origin(), &fact) && (len(fact.Sinks) > 0 || fact.Result != int(originUnknown)) {
			return true // buffer effects alone matter only where a crypto API is used
		}
	}
	return false
}
