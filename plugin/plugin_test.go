package plugin

import (
	"encoding/json"
	"errors"
	"flag"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/cryptolint/cryptolint"
)

// suiteNames returns the names of the analyzers of the suite, in order.
func suiteNames() []string {
	var names []string
	for _, a := range cryptolint.NewAnalyzers() {
		names = append(names, a.Name)
	}
	return names
}

// analyzerNames returns the names of as.
func analyzerNames(as []*analysis.Analyzer) []string {
	var names []string
	for _, a := range as {
		names = append(names, a.Name)
	}
	return names
}

// build constructs the registered linter called name, as golangci-lint
// does, and returns its analyzers.
func build(t *testing.T, name string, settings any) []*analysis.Analyzer {
	t.Helper()
	newPlugin, err := register.GetPlugin(name)
	if err != nil {
		t.Fatalf("GetPlugin(%q): %v", name, err)
	}
	p, err := newPlugin(settings)
	if err != nil {
		t.Fatalf("plugin %s with settings %v: %v", name, settings, err)
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("plugin %s: GetLoadMode() = %q, want %q", name, got, register.LoadModeTypesInfo)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatalf("plugin %s: BuildAnalyzers: %v", name, err)
	}
	return as
}

// flagValue returns the value of flag name of the analyzer called analyzer
// in as.
func flagOf(t *testing.T, as []*analysis.Analyzer, analyzer, name string) string {
	t.Helper()
	for _, a := range as {
		if a.Name == analyzer {
			f := a.Flags.Lookup(name)
			if f == nil {
				t.Fatalf("analyzer %s has no flag %q", analyzer, name)
			}
			return f.Value.String()
		}
	}
	t.Fatalf("no analyzer %s in %v", analyzer, analyzerNames(as))
	return ""
}

func TestLinters(t *testing.T) {
	want := append([]string{"cryptolint"}, suiteNames()...)
	if got := Linters(); !slices.Equal(got, want) {
		t.Fatalf("Linters() = %v, want %v", got, want)
	}
	for _, name := range []string{"plaintextsecret", "mongotls"} {
		if !slices.Contains(want, name) {
			t.Errorf("Linters() lacks %s", name)
		}
	}
	for _, name := range want {
		if _, err := register.GetPlugin(name); err != nil {
			t.Errorf("linter %s is not registered: %v", name, err)
		}
	}
}

func TestAnalyzersPerLinter(t *testing.T) {
	umbrella := build(t, "cryptolint", nil)
	if got, want := analyzerNames(umbrella), append(suiteNames(), "cryptolint"); !slices.Equal(got, want) {
		t.Errorf("cryptolint analyzers = %v, want %v (the suite and the marker)", got, want)
	}
	for _, name := range suiteNames() {
		if got := analyzerNames(build(t, name, nil)); !slices.Equal(got, []string{name}) {
			t.Errorf("%s analyzers = %v, want [%s]", name, got, name)
		}
	}
	for _, a := range umbrella {
		if err := analysis.Validate([]*analysis.Analyzer{a}); err != nil {
			t.Errorf("analyzer %s: %v", a.Name, err)
		}
	}
}

func TestFreshInstances(t *testing.T) {
	seen := make(map[*analysis.Analyzer]string)
	for _, a := range cryptolint.Analyzers {
		seen[a] = "cryptolint.Analyzers"
	}
	// Every linter, built twice (golangci-lint builds each configured
	// linter; a second process-level build must not share either).
	for range 2 {
		for _, name := range Linters() {
			for _, a := range build(t, name, nil) {
				if prev, ok := seen[a]; ok {
					t.Errorf("linter %s shares analyzer %s (%p) with %s", name, a.Name, a, prev)
				}
				seen[a] = name
			}
		}
	}
}

func TestSettingsApplied(t *testing.T) {
	// The shape golangci-lint delivers: viper's maps, YAML lists as []any.
	settings := map[string]any{
		"mongotls": map[string]any{
			"loopback": true,
			"drivers":  []any{"example.com/fork/mongo-driver", "example.com/other/v2"},
		},
		"plaintextsecret": map[string]any{
			"names":  []any{"member number:personalid", "badge"},
			"ignore": "pin",
			"tests":  "true",
		},
	}
	as := build(t, "cryptolint", settings)
	for _, c := range []struct{ analyzer, flag, want string }{
		{"mongotls", "loopback", "true"},
		{"mongotls", "drivers", "example.com/fork/mongo-driver,example.com/other/v2"},
		{"mongotls", "tests", "false"},
		{"plaintextsecret", "names", "member number:personalid,badge"},
		{"plaintextsecret", "ignore", "pin"},
		{"plaintextsecret", "tests", "true"},
		{"plaintextsecret", "drivers", "example.com/fork/mongo-driver,example.com/other/v2"}, // one suite-wide set
	} {
		if got := flagOf(t, as, c.analyzer, c.flag); got != c.want {
			t.Errorf("cryptolint: %s.%s = %q, want %q", c.analyzer, c.flag, got, c.want)
		}
	}

	// The per-analyzer linter takes the same shape, for its analyzer.
	mt := build(t, "mongotls", map[string]any{"mongotls": map[string]any{"loopback": true}})
	if got := flagOf(t, mt, "mongotls", "loopback"); got != "true" {
		t.Errorf("mongotls: mongotls.loopback = %q, want true", got)
	}

	// Neither the suite's shared instances nor another linter's are touched.
	if got := flagOf(t, cryptolint.Analyzers, "mongotls", "loopback"); got != "false" {
		t.Errorf("cryptolint.Analyzers: mongotls.loopback = %q after configuring the plugin, want false", got)
	}
	if got := flagOf(t, build(t, "cryptolint", nil), "mongotls", "loopback"); got != "false" {
		t.Errorf("a new cryptolint linter without settings has mongotls.loopback = %q, want false", got)
	}

	// The settings reach the analyzer that runs: they are set on the very
	// instances BuildAnalyzers returns.
	if got := flagOf(t, build(t, "cryptolint", settings), "mongotls", "loopback"); got != "true" {
		t.Errorf("mongotls.loopback = %q, want true", got)
	}
}

// TestEveryFlagReachable sets every flag of every analyzer through the
// settings, under its lower-cased name (viper lower-cases keys), to the
// spelling of its default value: no flag needs a line in the plugin. The
// one exception, emit-suppressed, is for SARIF writers and is refused
// (TestEmitSuppressedRejected).
func TestEveryFlagReachable(t *testing.T) {
	for _, a := range cryptolint.NewAnalyzers() {
		a.Flags.VisitAll(func(f *flag.Flag) {
			if f.Name == "emit-suppressed" {
				return
			}
			value := f.Value.String()
			settings := map[string]any{a.Name: map[string]any{strings.ToLower(f.Name): value}}
			for _, linter := range []string{"cryptolint", a.Name} {
				newPlugin, _ := register.GetPlugin(linter)
				if _, err := newPlugin(settings); err != nil {
					t.Errorf("%s: setting %s.%s to its default %q: %v", linter, a.Name, f.Name, value, err)
				}
			}
		})
	}
}

// testAnalyzer returns an analyzer with one flag of each kind.
func testAnalyzer() (*analysis.Analyzer, *int, *bool, *string) {
	a := &analysis.Analyzer{Name: "fake", Doc: "fake: test", Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	n := a.Flags.Int("rsaBits", 2048, "an int flag with an upper-case letter")
	b := a.Flags.Bool("strict", false, "a bool flag")
	s := a.Flags.String("list", "", "a list flag")
	a.Flags.String("dotted.name", "", "a flag with a dot")
	return a, n, b, s
}

func TestSettingValues(t *testing.T) {
	for _, c := range []struct {
		name     string
		settings any
		flag     string
		want     string
	}{
		{"int", map[string]any{"rsabits": 3072}, "rsaBits", "3072"},
		{"float from JSON", map[string]any{"rsabits": float64(4096)}, "rsaBits", "4096"},
		{"json number", map[string]any{"rsabits": json.Number("1024")}, "rsaBits", "1024"},
		{"string int", map[string]any{"rsabits": "8192"}, "rsaBits", "8192"},
		{"bool", map[string]any{"strict": true}, "strict", "true"},
		{"string bool", map[string]any{"strict": "true"}, "strict", "true"},
		{"list", map[string]any{"list": []any{"a", "b c", 3, true}}, "list", "a,b c,3,true"},
		{"empty list", map[string]any{"list": []any{}}, "list", ""},
		{"string list", map[string]any{"list": "a,b"}, "list", "a,b"},
		{"dotted key split by viper", map[string]any{"dotted": map[string]any{"name": "x"}}, "dotted.name", "x"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, _, _, _ := testAnalyzer()
			err := applySettings("fakelinter", []*analysis.Analyzer{a}, map[string]any{"fake": c.settings})
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Flags.Lookup(c.flag).Value.String(); got != c.want {
				t.Errorf("%s = %q, want %q", c.flag, got, c.want)
			}
		})
	}
}

// mongotlsSettings returns the settings of mongotls as the error lists
// them: analyzer.flag, sorted, comma-separated.
func mongotlsSettings() string {
	var names []string
	for _, a := range cryptolint.NewAnalyzers() {
		if a.Name == "mongotls" {
			a.Flags.VisitAll(func(f *flag.Flag) { names = append(names, "mongotls."+f.Name) })
		}
	}
	slices.Sort(names)
	return strings.Join(names, ", ")
}

func TestSettingErrors(t *testing.T) {
	for _, c := range []struct {
		name     string
		linter   string
		settings any
		want     string
	}{
		{
			"unknown analyzer", "cryptolint",
			map[string]any{"mongotl": map[string]any{"loopback": true}},
			`unknown analyzer "mongotl" in the settings of cryptolint (valid: ` + strings.Join(suiteNames(), ", ") + `)`,
		},
		{
			"other analyzer in a per-analyzer linter", "mongotls",
			map[string]any{"plaintextsecret": map[string]any{"names": []any{"badge"}}},
			`unknown analyzer "plaintextsecret" in the settings of mongotls (valid: mongotls)`,
		},
		{
			"flat settings", "mongotls",
			map[string]any{"loopback": true},
			`unknown analyzer "loopback" in the settings of mongotls (valid: mongotls); settings are nested per analyzer: write mongotls: {loopback: ...}`,
		},
		{
			"unknown flag", "cryptolint",
			map[string]any{"mongotls": map[string]any{"loopbak": true}},
			`unknown setting mongotls.loopbak in the settings of cryptolint (valid: ` + mongotlsSettings() + `)`,
		},
		{
			"invalid bool", "mongotls",
			map[string]any{"mongotls": map[string]any{"loopback": "sometimes"}},
			`invalid value "sometimes" for setting mongotls.loopback in the settings of mongotls: parse error (also report connections to loopback hosts`,
		},
		{
			"invalid list element", "plaintextsecret",
			map[string]any{"plaintextsecret": map[string]any{"names": []any{"badge:nosuchcategory"}}},
			`invalid value "badge:nosuchcategory" for setting plaintextsecret.names in the settings of plaintextsecret: `,
		},
		{
			"comma in a list element", "plaintextsecret",
			map[string]any{"plaintextsecret": map[string]any{"names": []any{"a,b"}}},
			`settings of plaintextsecret: plaintextsecret: names: list element "a,b" contains a comma, which would split it in two`,
		},
		{
			"empty value", "mongotls",
			map[string]any{"mongotls": map[string]any{"loopback": nil}},
			`settings of mongotls: mongotls: loopback: want a string, number or boolean, not an empty value`,
		},
		{
			"list of lists", "mongotls",
			map[string]any{"mongotls": map[string]any{"drivers": []any{[]any{"x"}}}},
			`settings of mongotls: mongotls: drivers: list element: want a string, number or boolean, not a list`,
		},
		{
			"analyzer settings not a map", "cryptolint",
			map[string]any{"mongotls": true},
			`settings of cryptolint: mongotls: want a map of settings (flag name: value), not bool`,
		},
		{
			"settings not a map", "cryptolint",
			[]any{"mongotls"},
			`settings of cryptolint must map analyzer names to their settings`,
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			newPlugin, err := register.GetPlugin(c.linter)
			if err != nil {
				t.Fatal(err)
			}
			_, err = newPlugin(c.settings)
			if err == nil {
				t.Fatalf("no error, want %q", c.want)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error:\n%v\nwant it to contain:\n%s", err, c.want)
			}
		})
	}
}

func TestNoSettings(t *testing.T) {
	for _, settings := range []any{nil, map[string]any{}, map[string]any{"mongotls": map[string]any{}}} {
		if got := flagOf(t, build(t, "cryptolint", settings), "mongotls", "loopback"); got != "false" {
			t.Errorf("settings %v: mongotls.loopback = %q, want false", settings, got)
		}
	}
}

func TestRunLog(t *testing.T) {
	for _, c := range []struct {
		runs []string
		want string // "" for no error on the last run
	}{
		{[]string{"cryptolint", "cryptolint"}, ""},
		{[]string{"mongotls", "plaintextsecret", "mongotls"}, ""},
		{[]string{"cryptolint", "mongotls"}, "(cryptolint and mongotls ran)"},
		{[]string{"mongotls", "plaintextsecret", "cryptolint"}, "(cryptolint and mongotls, plaintextsecret ran)"},
	} {
		log := newRunLog()
		var err error
		for _, linter := range c.runs {
			err = log.started(linter)
		}
		switch {
		case c.want == "" && err != nil:
			t.Errorf("runs %v: unexpected error %v", c.runs, err)
		case c.want != "" && !errors.Is(err, ErrBothEnabled):
			t.Errorf("runs %v: error %v, want ErrBothEnabled", c.runs, err)
		case c.want != "" && !strings.Contains(err.Error(), c.want):
			t.Errorf("runs %v: error %q, want it to contain %q", c.runs, err, c.want)
		}
	}
}

// TestBothEnabledFailsTheRun runs the analyzers of two conflicting linters
// through the Run functions golangci-lint calls.
func TestBothEnabledFailsTheRun(t *testing.T) {
	log := newRunLog()
	umbrella, err := newLinter("cryptolint", nil, log)
	if err != nil {
		t.Fatal(err)
	}
	per, err := newLinter("mongotls", nil, log)
	if err != nil {
		t.Fatal(err)
	}
	// The marker is the umbrella analyzer that needs nothing from its
	// pass; the per-analyzer linter fails before its analyzer sees the pass.
	mark := umbrella.analyzers[len(umbrella.analyzers)-1]
	if _, err := mark.Run(new(analysis.Pass)); err != nil {
		t.Fatalf("umbrella alone: %v", err)
	}
	_, err = per.analyzers[0].Run(new(analysis.Pass))
	if !errors.Is(err, ErrBothEnabled) {
		t.Fatalf("mongotls after cryptolint: %v, want ErrBothEnabled", err)
	}
	if want := "(cryptolint and mongotls ran): enable either cryptolint"; !strings.Contains(err.Error(), want) {
		t.Errorf("error %q, want it to contain %q", err, want)
	}
	// From then on the umbrella fails too.
	if _, err := mark.Run(new(analysis.Pass)); !errors.Is(err, ErrBothEnabled) {
		t.Errorf("umbrella after the conflict: %v, want ErrBothEnabled", err)
	}
}

// TestRunLogConcurrent starts two conflicting linters at the same time,
// many times: one of them always fails, whatever the scheduling.
func TestRunLogConcurrent(t *testing.T) {
	for range 200 {
		log := newRunLog()
		var wg sync.WaitGroup
		errs := make([]error, 2)
		wg.Go(func() { errs[0] = log.started("cryptolint") })
		wg.Go(func() { errs[1] = log.started("mongotls") })
		wg.Wait()
		if !errors.Is(errs[0], ErrBothEnabled) && !errors.Is(errs[1], ErrBothEnabled) {
			t.Fatalf("errors %v, want ErrBothEnabled from one of the linters", errs)
		}
	}
}

// TestEmitSuppressedRejected checks that the SARIF-only policy flag cannot
// be set from golangci-lint, where suppressed findings would look real.
func TestEmitSuppressedRejected(t *testing.T) {
	_, err := newLinter("mongotls", map[string]any{"mongotls": map[string]any{"emit-suppressed": true}}, new(runLog))
	if err == nil || !strings.Contains(err.Error(), "setting mongotls.emit-suppressed is not available in golangci-lint") {
		t.Errorf("error %v", err)
	}
}
