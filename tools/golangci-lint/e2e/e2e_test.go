// Package e2e tests golangci-lint with the cryptolint plugin end to end:
// it builds the parent directory's command, runs it on the fixture module
// testdata/golangci of the repository and compares its JSON report, exit
// code and error messages with what a user must see. (A package of its own,
// so that its test binary does not link golangci-lint a second time.)
//
// All runs share one result cache (GOLANGCI_LINT_CACHE) in a temporary
// directory, private to the test process: cold runs analyze the MongoDB
// driver for facts, and the runs that must not see each other's results
// differ in what golangci-lint's cache keys include. Tests that run twice
// with one change in between show that changing only a setting, a source
// file, the enabled linters or the binary changes the results, instead of
// golangci-lint replaying cached ones.
package e2e

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	"github.com/cryptolint/cryptolint/plugin"
)

// finding is an issue the fixture produces: where, which analyzer, and the
// analyzer's message. related marks golangci-lint's separate issue for a
// diagnostic's related information.
type finding struct {
	pos, analyzer, msg string
	related            bool
}

// under returns the finding as golangci-lint reports it when linter (the
// umbrella or the analyzer's own linter) produced it, spelled as lint
// spells issues: "file:line:col: linter: text".
func (f finding) under(linter string) string {
	text := f.msg
	switch {
	case f.related:
		text = f.analyzer + "(related information): " + f.msg
	case linter != f.analyzer:
		text = f.analyzer + ": " + f.msg
	}
	return f.pos + ": " + linter + ": " + text
}

// The findings of the fixture. Each is alone on its line: golangci-lint
// keeps one issue per line (uniq-by-line).
//
// Not among them, under any linter: Billing (//nolint:cryptolint) and
// Reports (//nolint:mongotls), which the analyzers suppress themselves (they
// honour //nolint, //nolint:cryptolint and //nolint:<analyzer> on the line).
// The groups Staging (//nolint:cryptolint) and Metrics (//nolint:mongotls)
// are suppressed by golangci-lint, which applies a //nolint above a
// declaration to all of it, only when the //nolint names the linter that
// reported: they show that issues carry the enabled linter's name.
var (
	orders = finding{pos: "config/config.go:7:16", analyzer: "mongotls",
		msg: `mongodb URI "mongodb://orders.shop.example.com:27017/orders" connects to public host orders.shop.example.com without TLS; add tls=true or set a TLS config on the client options (CL201)`}
	audit = finding{pos: "config/config.go:10:70", analyzer: "mongotls",
		msg: `tlsInsecure=true in mongodb URI "mongodb://audit.shop.example.com:27017/audit?tls=true&tlsInsecure=true" turns off certificate and host name verification; remove it and trust the server's CA with tlsCAFile (CL203)`}
	// secureEdited is Secure once the test removes its tls=true.
	secureEdited = finding{pos: "config/config.go:13:16", analyzer: "mongotls",
		msg: `mongodb URI "mongodb://secure.shop.example.com:27017/secure" connects to public host secure.shop.example.com without TLS; add tls=true or set a TLS config on the client options (CL201)`}
	local = finding{pos: "config/config.go:17:15", analyzer: "mongotls",
		msg: `mongodb URI "mongodb://localhost:27017/dev" connects to loopback host localhost without TLS; add tls=true or set a TLS config on the client options (CL202)`}
	staging = finding{pos: "config/config.go:31:12", analyzer: "mongotls",
		msg: `mongodb URI "mongodb://staging.shop.example.com:27017/staging" connects to public host staging.shop.example.com without TLS; add tls=true or set a TLS config on the client options (CL201)`}
	metrics = finding{pos: "config/config.go:36:12", analyzer: "mongotls",
		msg: `mongodb URI "mongodb://metrics.shop.example.com:27017/metrics" connects to public host metrics.shop.example.com without TLS; add tls=true or set a TLS config on the client options (CL201)`}
	passwordField = finding{pos: "users/users.go:16:2", analyzer: "plaintextsecret", related: true,
		msg: `field Password, stored as "password", names password`}
	memberField = finding{pos: "users/users.go:17:2", analyzer: "plaintextsecret", related: true,
		msg: `field MemberNumber, stored as "member_number", names member number`}
	password = finding{pos: "users/users.go:27:32", analyzer: "plaintextsecret",
		msg: `*users.Account written by InsertOne stores Password (key "password") in plaintext; hash passwords that users log in with (Argon2id, scrypt or bcrypt) and encrypt those the program reuses (fieldcrypt.String) (CL101)`}
	member = finding{pos: "users/users.go:35:33", analyzer: "plaintextsecret",
		msg: `*users.Account written by Insert -> InsertOne stores MemberNumber (key "member_number") in plaintext; encrypt personal and payment data with CSFLE, Queryable Encryption or explicit encryption (fieldcrypt.String) (CL101)`}
)

// issuesUnder returns the findings as linter reports them; an empty linter
// means each finding's own analyzer linter.
func issuesUnder(linter string, findings ...finding) []string {
	var out []string
	for _, f := range findings {
		l := linter
		if l == "" {
			l = f.analyzer
		}
		out = append(out, f.under(l))
	}
	slices.Sort(out)
	return out
}

// tmpDir holds the binary and the result cache of the test process.
var tmpDir string

func TestMain(m *testing.M) {
	var err error
	tmpDir, err = os.MkdirTemp("", "cryptolint-golangci-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(tmpDir)
	os.Exit(code)
}

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// binary builds golangci-lint with the plugin once per test process and
// returns its path.
func binary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds golangci-lint: skipped in -short mode")
	}
	buildOnce.Do(func() {
		binPath = filepath.Join(tmpDir, "golangci-lint")
		buildErr = goBuild(binPath)
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// cacheDir returns the result cache shared by the runs of the test process.
func cacheDir() string {
	return filepath.Join(tmpDir, "cache")
}

// goBuild builds the command in the parent directory into out, with extra
// go build flags.
func goBuild(out string, flags ...string) error {
	args := append([]string{"build", "-o", out}, flags...)
	cmd := exec.Command("go", append(args, ".")...)
	cmd.Dir = ".."
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("go %s: %v\n%s", strings.Join(cmd.Args[1:], " "), err, stderr.Bytes())
	}
	return nil
}

// fixture copies ../../../testdata/golangci into a temporary directory, which
// the test may edit and write configurations into, and returns it.
func fixture(t *testing.T) string {
	t.Helper()
	src := filepath.Join("..", "..", "..", "testdata", "golangci")
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// writeConfig writes a golangci-lint configuration into dir and returns
// its name, for -c. Paths in the report stay relative to dir.
func writeConfig(t *testing.T, dir, name, yaml string) string {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

// result is what one golangci-lint run produced.
type result struct {
	code   int
	issues []string // "file:line:col: linter: text", sorted
	stderr string
}

// jsonReport is the part of golangci-lint's JSON output the tests read.
type jsonReport struct {
	Issues []struct {
		FromLinter string
		Text       string
		Pos        struct {
			Filename     string
			Line, Column int
		}
	}
}

// lint runs `golangci-lint run` in dir with config (a file name in dir, or
// "" for the fixture's .golangci.yml).
func lint(t *testing.T, bin, dir, config string) result {
	t.Helper()
	return lintCache(t, bin, dir, config, cacheDir())
}

// lintCache is lint with the result cache in cache.
func lintCache(t *testing.T, bin, dir, config, cache string) result {
	t.Helper()
	out := filepath.Join(t.TempDir(), "report.json")
	args := []string{"run", "--output.json.path", out, "--show-stats=false"}
	if config != "" {
		args = append(args, "-c", config)
	}
	cmd := exec.Command(bin, append(args, "./...")...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOLANGCI_LINT_CACHE="+cache, "GOWORK=off")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	r := result{stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		r.code = exit.ExitCode()
	case err != nil:
		t.Fatalf("golangci-lint %s: %v", strings.Join(args, " "), err)
	}
	data, err := os.ReadFile(out)
	if errors.Is(err, fs.ErrNotExist) {
		return r // failed before reporting
	}
	if err != nil {
		t.Fatal(err)
	}
	var rep jsonReport
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatalf("golangci-lint JSON report: %v\n%s", err, data)
	}
	for _, is := range rep.Issues {
		r.issues = append(r.issues, fmt.Sprintf("%s:%d:%d: %s: %s", is.Pos.Filename, is.Pos.Line, is.Pos.Column, is.FromLinter, is.Text))
	}
	slices.Sort(r.issues)
	return r
}

// expect checks a run that reported issues: exit code 1 and exactly want.
func expect(t *testing.T, step string, r result, want []string) {
	t.Helper()
	if r.code != exitcodes.IssuesFound {
		t.Errorf("%s: exit code %d, want %d\nstderr:\n%s", step, r.code, exitcodes.IssuesFound, r.stderr)
	}
	if !slices.Equal(r.issues, want) {
		t.Errorf("%s: issues:\n%s\nwant:\n%s\nstderr:\n%s", step, strings.Join(r.issues, "\n"), strings.Join(want, "\n"), r.stderr)
	}
}

// expectFailure checks a run that must fail before linting: golangci-lint's
// failure exit code, no report, and msg on standard error.
func expectFailure(t *testing.T, step string, r result, msg string) {
	t.Helper()
	if r.code != exitcodes.Failure {
		t.Errorf("%s: exit code %d, want %d", step, r.code, exitcodes.Failure)
	}
	if len(r.issues) != 0 {
		t.Errorf("%s: issues reported:\n%s", step, strings.Join(r.issues, "\n"))
	}
	if !strings.Contains(r.stderr, msg) {
		t.Errorf("%s: standard error:\n%s\nwant it to contain:\n%s", step, r.stderr, msg)
	}
}

// umbrellaConfig enables the cryptolint linter with the given settings
// (YAML indented for the settings key).
func umbrellaConfig(settings string) string {
	return `version: "2"
linters:
  default: none
  enable: [cryptolint]
  settings:
    custom:
      cryptolint:
        type: module
        settings:
` + settings
}

// TestUmbrella runs the cryptolint linter with the fixture's own
// .golangci.yml, then changes only the settings, then only a source file.
func TestUmbrella(t *testing.T) {
	bin := binary(t)
	dir := fixture(t)

	base := []finding{orders, audit, metrics, passwordField, password}
	expect(t, "fixture's .golangci.yml", lint(t, bin, dir, ""),
		issuesUnder(plugin.Umbrella, base...))

	// Only the settings change: loopback hosts and a sensitive name of our
	// own (a YAML list) are reported.
	cfg := writeConfig(t, dir, "settings.yml", umbrellaConfig(`
          mongotls:
            loopback: true
          plaintextsecret:
            names: ["member number:personalid", badge]
`))
	expect(t, "loopback and names settings", lint(t, bin, dir, cfg),
		issuesUnder(plugin.Umbrella, append(base, local, memberField, member)...))

	// Only a source file changes: Secure loses its tls=true.
	path := filepath.Join(dir, "config", "config.go")
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	edited := bytes.Replace(src, []byte("27017/secure?tls=true"), []byte("27017/secure"), 1)
	if bytes.Equal(edited, src) {
		t.Fatal("fixture config/config.go has no Secure URI to edit")
	}
	if err := os.WriteFile(path, edited, 0o644); err != nil {
		t.Fatal(err)
	}
	expect(t, "edited fixture", lint(t, bin, dir, ""),
		issuesUnder(plugin.Umbrella, append(base, secureEdited)...))
}

// TestPerAnalyzer runs the per-analyzer linters mongotls and
// plaintextsecret, each with its own settings.
func TestPerAnalyzer(t *testing.T) {
	bin := binary(t)
	dir := fixture(t)
	cfg := writeConfig(t, dir, "per-analyzer.yml", `version: "2"
linters:
  default: none
  enable: [mongotls, plaintextsecret]
  settings:
    custom:
      mongotls:
        type: module
        settings:
          mongotls:
            loopback: true
      plaintextsecret:
        type: module
        settings:
          plaintextsecret:
            names: ["member number:personalid"]
`)
	// Staging's group is suppressed by //nolint:cryptolint, which does not
	// name these linters; Metrics' by //nolint:mongotls, which does.
	expect(t, "mongotls and plaintextsecret linters", lint(t, bin, dir, cfg),
		issuesUnder("", orders, audit, local, staging, passwordField, memberField, password, member))
}

// TestSwitchLinters configures every linter of the plugin with the same
// settings and switches "enable" between the umbrella and all the
// per-analyzer linters: the findings must carry the enabled linter's name
// and obey its //nolint, not be replayed from the other run (golangci-lint
// keys cached findings by the names of the analyzers that run, and both
// runs have the same analyzers but for the umbrella's marker).
func TestSwitchLinters(t *testing.T) {
	bin := binary(t)
	dir := fixture(t)
	config := func(enable []string) string {
		var b strings.Builder
		fmt.Fprintf(&b, "version: \"2\"\nlinters:\n  default: none\n  enable: [%s]\n  settings:\n    custom:\n", strings.Join(enable, ", "))
		for _, name := range plugin.Linters() {
			fmt.Fprintf(&b, "      %s:\n        type: module\n", name)
		}
		return b.String()
	}
	umbrella := writeConfig(t, dir, "umbrella.yml", config([]string{plugin.Umbrella}))
	per := writeConfig(t, dir, "per-analyzer.yml", config(plugin.Linters()[1:]))
	for i, step := range []struct{ config, linter string }{
		{umbrella, plugin.Umbrella}, {per, ""}, {umbrella, plugin.Umbrella},
	} {
		want := issuesUnder(step.linter, orders, audit, metrics, passwordField, password)
		if step.linter == "" {
			want = issuesUnder("", orders, audit, staging, passwordField, password)
		}
		expect(t, fmt.Sprintf("run %d, %s", i+1, step.config), lint(t, bin, dir, step.config),
			want)
	}
}

// TestBinaryChange builds a second binary whose plugin behaves differently
// (the cryptolint linter reports loopback hosts whatever its settings) and
// runs both with the same configuration and sources. The
// version "(devel)" makes golangci-lint salt its cache with a hash of the
// executable, so the second binary does not replay the first one's
// results. With a fixed version string it would.
func TestBinaryChange(t *testing.T) {
	bin := binary(t)
	dir := fixture(t)

	overlayDir := t.TempDir()
	changed := filepath.Join(overlayDir, "changed.go")
	if err := os.WriteFile(changed, []byte(`package main

import "github.com/golangci/plugin-module-register/register"

// init stands for a change to the plugin: it wraps the registered
// cryptolint linter so that mongotls reports loopback hosts.
func init() {
	orig, err := register.GetPlugin("cryptolint")
	if err != nil {
		panic(err)
	}
	register.Plugin("cryptolint", func(any) (register.LinterPlugin, error) {
		return orig(map[string]any{"mongotls": map[string]any{"loopback": true}})
	})
}
`), 0o644); err != nil {
		t.Fatal(err)
	}
	main, err := filepath.Abs(filepath.Join("..", "zz_changed_plugin.go"))
	if err != nil {
		t.Fatal(err)
	}
	overlay, err := json.Marshal(map[string]map[string]string{"Replace": {main: changed}})
	if err != nil {
		t.Fatal(err)
	}
	overlayFile := filepath.Join(overlayDir, "overlay.json")
	if err := os.WriteFile(overlayFile, overlay, 0o644); err != nil {
		t.Fatal(err)
	}
	changedBin := filepath.Join(overlayDir, "golangci-lint")
	if err := goBuild(changedBin, "-overlay", overlayFile); err != nil {
		t.Fatal(err)
	}

	base := []finding{orders, audit, metrics, passwordField, password}
	expect(t, "first binary", lint(t, bin, dir, ""),
		issuesUnder(plugin.Umbrella, base...))
	expect(t, "changed binary, same cache", lint(t, changedBin, dir, ""),
		issuesUnder(plugin.Umbrella, append(base, local)...))
	expect(t, "first binary again", lint(t, bin, dir, ""),
		issuesUnder(plugin.Umbrella, base...))
}

// TestBadSettings checks that wrong settings stop golangci-lint with a
// message that says what is wrong and what is valid.
func TestBadSettings(t *testing.T) {
	bin := binary(t)
	dir := fixture(t)
	for _, c := range []struct{ name, config, msg string }{
		{
			"unknown setting",
			umbrellaConfig("          mongotls:\n            loopbak: true\n"),
			"plugin(cryptolint): newPlugin unknown setting mongotls.loopbak in the settings of cryptolint (valid: mongotls.drivers, ",
		},
		{
			"unknown analyzer",
			umbrellaConfig("          mongotsl:\n            loopback: true\n"),
			`plugin(cryptolint): newPlugin unknown analyzer "mongotsl" in the settings of cryptolint (valid: ` + strings.Join(plugin.Linters()[1:], ", ") + ")",
		},
		{
			"flat settings of a per-analyzer linter",
			`version: "2"
linters:
  default: none
  enable: [mongotls]
  settings:
    custom:
      mongotls:
        type: module
        settings:
          loopback: true
`,
			`plugin(mongotls): newPlugin unknown analyzer "loopback" in the settings of mongotls (valid: mongotls); settings are nested per analyzer: write mongotls: {loopback: ...}`,
		},
		{
			"invalid value",
			umbrellaConfig("          mongotls:\n            loopback: sometimes\n"),
			`plugin(cryptolint): newPlugin invalid value "sometimes" for setting mongotls.loopback in the settings of cryptolint: parse error`,
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			cfg := writeConfig(t, dir, strings.ReplaceAll(c.name, " ", "-")+".yml", c.config)
			expectFailure(t, c.name, lint(t, bin, dir, cfg), c.msg)
		})
	}
}

// TestBothEnabled checks that enabling the umbrella and a per-analyzer
// linter fails, on every run (a failed run caches nothing), and that
// default: standard enables every configured linter.
func TestBothEnabled(t *testing.T) {
	bin := binary(t)
	dir := fixture(t)
	const msg = "the umbrella linter cryptolint and per-analyzer linters are both enabled (cryptolint and mongotls ran): enable either cryptolint"
	both := writeConfig(t, dir, "both.yml", `version: "2"
linters:
  default: none
  enable: [cryptolint, mongotls]
  settings:
    custom:
      cryptolint:
        type: module
      mongotls:
        type: module
`)
	expectFailure(t, "both enabled", lint(t, bin, dir, both), msg)
	expectFailure(t, "both enabled, again", lint(t, bin, dir, both), msg)

	standard := writeConfig(t, dir, "standard.yml", `version: "2"
linters:
  default: standard
  settings:
    custom:
      cryptolint:
        type: module
      mongotls:
        type: module
`)
	expectFailure(t, "both configured under default: standard", lint(t, bin, dir, standard), msg)
}

// TestNoBuiltinNameShadowed checks that no linter of the plugin has the
// name of one of golangci-lint's own linters: golangci-lint does not check.
func TestNoBuiltinNameShadowed(t *testing.T) {
	bin := binary(t)
	out, err := exec.Command(bin, "help", "linters").Output()
	if err != nil {
		t.Fatalf("golangci-lint help linters: %v", err)
	}
	builtin := make(map[string]bool)
	for line := range strings.Lines(string(out)) {
		if name, _, ok := strings.Cut(line, ": "); ok && !strings.Contains(name, " ") {
			builtin[name] = true
		}
	}
	if !builtin["govet"] || !builtin["gosec"] {
		t.Fatalf("could not read the linter list of golangci-lint help linters:\n%s", out)
	}
	for _, name := range plugin.Linters() {
		if builtin[name] {
			t.Errorf("the plugin's linter %s has the name of a golangci-lint linter", name)
		}
	}
}

// TestNoDependencyUpgraded checks that the plugin does not change the
// version of any module golangci-lint requires (golang.org/x/tools above
// all): the build list of this module selects exactly the versions in
// golangci-lint's go.mod. The plugin's own go.mod must stay at or below
// them, or the custom build silently runs golangci-lint with dependencies
// it was not released with.
func TestNoDependencyUpgraded(t *testing.T) {
	const golangci = "github.com/golangci/golangci-lint/v2"
	selected := make(map[string]string)
	for line := range strings.Lines(goCmd(t, "list", "-m", "all")) {
		if f := strings.Fields(line); len(f) >= 2 {
			selected[f[0]] = f[1]
		}
	}
	version := selected[golangci]
	if version == "" {
		t.Fatalf("%s is not in the build list", golangci)
	}
	checked := 0
	for line := range strings.Lines(goCmd(t, "mod", "graph")) {
		from, to, ok := strings.Cut(strings.TrimSpace(line), " ")
		if !ok || from != golangci+"@"+version {
			continue
		}
		path, want, _ := strings.Cut(to, "@")
		if path == "go" || path == "toolchain" {
			continue
		}
		checked++
		if got := selected[path]; got != want {
			t.Errorf("golangci-lint %s requires %s %s, the build selects %s", version, path, want, got)
		}
	}
	if checked == 0 {
		t.Fatalf("no requirement of %s@%s in go mod graph", golangci, version)
	}
}

// goCmd runs the go command in the module of the golangci-lint build and
// returns its standard output.
func goCmd(t *testing.T, args ...string) string {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = ".."
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, stderr.Bytes())
	}
	return string(out)
}
