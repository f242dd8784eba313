package weakalgo

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// flowFact carries the summary of an exported function or method to the
// packages that import it: which parameters reach a crypto API's key, IV,
// nonce or RSA key size, and whether its first result is a constant or
// zero buffer. What a function does to a buffer it is given is not
// carried: a call of another package's function still counts as a write
// that may fill the buffer, so in doubt nothing is reported.
type flowFact struct {
	Sinks      []FactSink
	Result     int    // origin of the first result: originLiteral, originZero or originUnknown
	ResultDesc string // its description for messages
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
			if s == nil || (len(s.sinks) == 0 && s.result == originUnknown) {
				continue
			}
			fact := &flowFact{Result: int(s.result), ResultDesc: s.resDesc}
			for i, ps := range s.sinks {
				fact.Sinks = append(fact.Sinks, FactSink{Index: i, Full: ps.api.full, Display: ps.api.display, Pkg: ps.api.pkg, Role: int(ps.param.role), Arg: ps.param.index, Encrypt: ps.param.encrypt})
			}
			sortSinks(fact.Sinks)
			x.pass.ExportObjectFact(fn, fact)
		}
	}
}

// sortSinks orders sinks by parameter index, for stable facts.
func sortSinks(s []FactSink) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].Index < s[j-1].Index; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
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
		if p.ImportObjectFact(fn.Origin(), new(flowFact)) {
			return true
		}
	}
	return false
}
