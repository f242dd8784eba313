// Command noop is the performance floor of the benchmarks: an x/tools
// multichecker running one analyzer that does nothing, so its cost is
// loading and type-checking the packages. With -fact it declares a fact
// type, which makes the standard checker analyze every dependency too.
// With -ssa it requires buildssa, so its cost is the floor plus building
// SSA for the analyzed packages: what an SSA-based value-flow core would
// pay before any analysis. See docs/performance.md.
package main

import (
	"os"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"
	"golang.org/x/tools/go/analysis/passes/buildssa"
)

type fact struct{}

func (*fact) AFact() {}

func main() {
	a := &analysis.Analyzer{
		Name: "noop",
		Doc:  "does nothing: the floor of the benchmarks",
		Run:  func(*analysis.Pass) (any, error) { return nil, nil },
	}
	if i := slices.Index(os.Args, "-fact"); i > 0 {
		os.Args = slices.Delete(os.Args, i, i+1)
		a.FactTypes = []analysis.Fact{new(fact)}
	}
	if i := slices.Index(os.Args, "-ssa"); i > 0 {
		os.Args = slices.Delete(os.Args, i, i+1)
		a.Requires = []*analysis.Analyzer{buildssa.Analyzer}
	}
	multichecker.Main(a)
}
