package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/cryptolint/cryptolint/plugin"
)

// cryptolintConfig is a .cryptolint.yaml for the fixture: a word of the
// team's, loopback hosts, and config/config.go excluded from CL203.
const cryptolintConfig = `names: ["member number:personalid"]
mongotls:
  loopback: true
exclude:
  - paths: [config/config.go]
    rules: [CL203]
`

// noSettings enables the cryptolint linter without settings.
const noSettings = `version: "2"
linters:
  default: none
  enable: [cryptolint]
  settings:
    custom:
      cryptolint:
        type: module
`

// TestConfigFile runs golangci-lint, the cryptolint command and go vet
// -vettool on the fixture with a .cryptolint.yaml: the three report the
// same findings, those the file asks for. A golangci-lint setting wins
// over the file. Each run has a result cache of its own: golangci-lint
// keys cached results by the Go files and .golangci.yml, not by
// .cryptolint.yaml (docs/configuration.md).
func TestConfigFile(t *testing.T) {
	bin := binary(t)
	dir := fixture(t)
	if err := os.WriteFile(filepath.Join(dir, ".cryptolint.yaml"), []byte(cryptolintConfig), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := writeConfig(t, dir, "nosettings.yml", noSettings)
	want := []finding{orders, metrics, local, passwordField, password, memberField, member}
	r := lintCache(t, bin, dir, cfg, t.TempDir())
	expect(t, ".cryptolint.yaml, no settings", r, issuesUnder(plugin.Umbrella, want...))

	// The fixture's .golangci.yml sets mongotls loopback: false, which
	// wins over the file's loopback: true.
	expect(t, ".cryptolint.yaml and the fixture's settings", lintCache(t, bin, dir, "", t.TempDir()),
		issuesUnder(plugin.Umbrella, orders, metrics, passwordField, password, memberField, member))

	// The same findings from the command and from go vet. golangci-lint
	// applies a //nolint above a declaration to all of it, the analyzers
	// only on its line: Staging's group is left out of the comparison.
	golangci := findingsOf(r.issues)
	cmdBin := cryptolintBinary(t)
	command := commandFindings(t, cmdBin, dir)
	vet := vetFindings(t, cmdBin, dir)
	drop := func(l []string) []string {
		return slices.DeleteFunc(slices.Clone(l), func(s string) bool { return strings.Contains(s, "staging.shop.example.com") })
	}
	if !slices.Equal(drop(command), golangci) {
		t.Errorf("the command reported\n%s\ngolangci-lint\n%s", strings.Join(command, "\n"), strings.Join(golangci, "\n"))
	}
	if !slices.Equal(drop(vet), golangci) {
		t.Errorf("go vet reported\n%s\ngolangci-lint\n%s", strings.Join(vet, "\n"), strings.Join(golangci, "\n"))
	}
}

// TestMalformedConfigFile checks that a malformed .cryptolint.yaml fails
// the golangci-lint run with its position, instead of being ignored.
func TestMalformedConfigFile(t *testing.T) {
	bin := binary(t)
	dir := fixture(t)
	if err := os.WriteFile(filepath.Join(dir, "users", ".cryptolint.yaml"), []byte("names: password\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := writeConfig(t, dir, "nosettings.yml", noSettings)
	cache := t.TempDir()
	for _, step := range []string{"malformed .cryptolint.yaml", "again, with the same cache"} {
		r := lintCache(t, bin, dir, cfg, cache)
		// golangci-lint logs the analyzer's error as a quoted string.
		msg := filepath.Join(dir, "users", ".cryptolint.yaml") + `:1:8: \"names\" wants a list, not \"password\"`
		expectFailure(t, step, r, msg)
		if !strings.Contains(r.stderr, "Running error: can't run linter goanalysis_metalinter") {
			t.Errorf("%s: not a running error:\n%s", step, r.stderr)
		}
	}
}

// findingsOf returns golangci-lint's issues of the umbrella linter as
// "file:line:col: message", without related information.
func findingsOf(issues []string) []string {
	var out []string
	prefix := ": " + plugin.Umbrella + ": "
	for _, is := range issues {
		pos, text, ok := strings.Cut(is, prefix)
		if !ok || strings.Contains(text, "(related information)") {
			continue
		}
		_, msg, _ := strings.Cut(text, ": ") // "analyzer: message"
		out = append(out, pos+": "+msg)
	}
	slices.Sort(out)
	return out
}

// cryptolintBinary builds the cryptolint command of the repository.
func cryptolintBinary(t *testing.T) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "cryptolint")
	cmd := exec.Command("go", "build", "-o", out, "github.com/cryptolint/cryptolint/cmd/cryptolint")
	cmd.Dir = ".."
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building cryptolint: %v\n%s", err, b)
	}
	return out
}

// commandFindings runs the command with -json in dir and returns its
// findings as "file:line:col: message (CLnnn)".
func commandFindings(t *testing.T, bin, dir string) []string {
	t.Helper()
	cmd := exec.Command(bin, "-json", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.Run()
	var rep struct {
		Findings []struct {
			File, Message, Rule string
			Line, Column        int
		}
	}
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatalf("cryptolint -json: %v\n%s\n%s", err, stdout.Bytes(), stderr.Bytes())
	}
	var out []string
	for _, f := range rep.Findings {
		out = append(out, fmt.Sprintf("%s:%d:%d: %s (%s)", filepath.ToSlash(f.File), f.Line, f.Column, f.Message, f.Rule))
	}
	slices.Sort(out)
	return out
}

// vetLine matches a finding of go vet's output.
var vetLine = regexp.MustCompile(`(?m)^\S+\.go:\d+:\d+: .* \(CL\d{3}\)$`)

// vetFindings runs go vet -vettool in dir and returns its findings.
func vetFindings(t *testing.T, bin, dir string) []string {
	t.Helper()
	cmd := exec.Command("go", "vet", "-vettool="+bin, "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	out, _ := cmd.CombinedOutput()
	got := vetLine.FindAllString(string(out), -1)
	for i, l := range got {
		got[i] = filepath.ToSlash(l)
	}
	slices.Sort(got)
	return got
}
