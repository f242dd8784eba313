// Package plugin registers cryptolint as a golangci-lint v2 module plugin.
//
// Importing it (blank import in a custom golangci-lint build) registers one
// linter per name in [Linters]: "cryptolint", which runs every analyzer of
// the suite, and one linter per analyzer under the analyzer's own name
// ("plaintextsecret", "mongotls", ...). Every linter gets fresh analyzer
// instances from cryptolint.NewAnalyzers, because golangci-lint maps each
// analyzer value to exactly one linter: that is what makes a finding carry
// the name of the linter the user enabled, and //nolint:<that name> work.
//
// A configuration enables either the umbrella linter or per-analyzer
// linters, never both: the analyzers would run twice, findings would be
// reported twice, and a //nolint that golangci-lint applies to a whole
// declaration would hide only the copy of the linter it names.
// When both kinds analyze a package in one process, the run fails (see
// [ErrBothEnabled]).
//
// Settings are nested per analyzer, as golangci-lint delivers them, and
// name the analyzer's flags (the cryptolint command's -<analyzer>.<flag>):
//
//	settings:
//	  mongotls:
//	    loopback: true
//	  plaintextsecret:
//	    names: ["member number:personalid", badge]
//
// A per-analyzer linter accepts only its own analyzer's key. The analyzers
// also read the repository's .cryptolint.yaml (docs/configuration.md); a
// setting wins over the file for its key, as a flag does.
package plugin

import (
	"fmt"
	"slices"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/cryptolint/cryptolint"
)

// Umbrella is the name of the linter that runs every analyzer of the suite.
const Umbrella = "cryptolint"

func init() {
	for _, name := range Linters() {
		register.Plugin(name, func(settings any) (register.LinterPlugin, error) {
			return newLinter(name, settings, runs)
		})
	}
}

// Linters returns the names of the linters the plugin registers: [Umbrella]
// first, then each analyzer of cryptolint.NewAnalyzers by name, in suite
// order.
func Linters() []string {
	names := []string{Umbrella}
	for _, a := range cryptolint.NewAnalyzers() {
		if a.Name == Umbrella || slices.Contains(names, a.Name) {
			panic(fmt.Sprintf("cryptolint plugin: analyzer name %q is used twice", a.Name))
		}
		names = append(names, a.Name)
	}
	return names
}

// linter is one registered linter built from its settings: the umbrella or
// one analyzer.
type linter struct {
	analyzers []*analysis.Analyzer
}

// newLinter returns the linter called name with fresh analyzer instances
// configured by settings, recording its runs in log.
func newLinter(name string, settings any, log *runLog) (*linter, error) {
	var analyzers []*analysis.Analyzer
	for _, a := range cryptolint.NewAnalyzers() {
		if name == Umbrella || a.Name == name {
			analyzers = append(analyzers, a)
		}
	}
	if len(analyzers) == 0 {
		return nil, fmt.Errorf("unknown cryptolint linter %q (valid: %s)", name, joinNames(Linters()))
	}
	if err := applySettings(name, analyzers, settings); err != nil {
		return nil, err
	}
	if name == Umbrella {
		analyzers = append(analyzers, marker())
	}
	for _, a := range analyzers {
		run := a.Run
		a.Run = func(pass *analysis.Pass) (any, error) {
			if err := log.started(name); err != nil {
				return nil, err
			}
			return run(pass)
		}
	}
	return &linter{analyzers: analyzers}, nil
}

// marker returns the analyzer that only the umbrella linter has. It
// reports nothing; its name keeps golangci-lint from serving one kind of
// linter the other's cached findings. golangci-lint keys cached findings by
// the sorted names of the analyzers that run, and salts the cache with the
// linter settings but not with the list of enabled linters: without the
// marker, switching "enable" from cryptolint to every per-analyzer linter
// (all configured, settings unchanged) would replay findings attributed to
// cryptolint, which golangci-lint's //nolint:mongotls on a declaration does
// not suppress, and back.
func marker() *analysis.Analyzer {
	return &analysis.Analyzer{
		Name: Umbrella,
		Doc:  "cryptolint: mark the cryptolint linter of the golangci-lint plugin; reports nothing",
		URL:  "https://github.com/cryptolint/cryptolint/blob/main/docs/golangci-lint.md",
		Run:  func(*analysis.Pass) (any, error) { return nil, nil },
	}
}

// BuildAnalyzers returns the linter's analyzers, configured by its settings.
// They belong to this linter alone.
func (l *linter) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return l.analyzers, nil
}

// GetLoadMode returns register.LoadModeTypesInfo: the analyzers match calls
// by type identity.
func (l *linter) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
