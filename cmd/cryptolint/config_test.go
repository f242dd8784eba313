package main_test

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cryptolint/cryptolint/internal/cli"
)

// configuredFindings are the findings of testdata/e2e/configured under its
// .cryptolint.yaml files, in the command's text format.
var configuredFindings = []string{
	`db/db.go:6:15: high: mongodb URI "mongodb://localhost:27017/dev" connects to loopback host localhost without TLS; add tls=true or set a TLS config on the client options (CL202)`,
	`db/db.go:9:16: high: mongodb URI "mongodb://db.example.com/app" connects to public host db.example.com without TLS; add tls=true or set a TLS config on the client options (CL201)`,
	`keys/keys.go:11:38: high: rsa.GenerateKey with 2048 bits is below the 3072-bit minimum; use at least 3072 (3072 for use beyond 2030) (CL314)`,
	`legacy/legacy.go:19:38: high: rsa.GenerateKey with 1024 bits is below the 2048-bit minimum; use at least 2048 (3072 for use beyond 2030) (CL314)`,
}

// TestConfigFile runs the command and go vet -vettool on a module with a
// .cryptolint.yaml at its root and another in a sub-directory: loopback
// hosts on (CL202) except in legacy/, RSA minimum 3072 bits except in
// legacy/, fixtures/ excluded from mongotls, CL202 raised to high (in the
// command's report). Both drivers report the same findings.
func TestConfigFile(t *testing.T) {
	dir := fixture("e2e/configured")
	r := run(t, dir, "-color=never")
	want := strings.Join(configuredFindings, "\n") + "\ncryptolint: 4 finding(s): 4 high, 0 medium, 0 low\n"
	if r.code != cli.ExitFindings || r.stdout != want || r.stderr != "" {
		t.Errorf("exit %d, stdout:\n%s\nwant:\n%s\nstderr:\n%s", r.code, r.stdout, want, r.stderr)
	}

	cmd := exec.Command("go", "vet", "-vettool="+binary, "./...")
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("go vet succeeded, want findings:\n%s", out)
	}
	got := findingLine.FindAllString(string(out), -1)
	var wantVet []string
	for _, f := range configuredFindings {
		file, rest, _ := strings.Cut(f, ": high: ") // go vet prints no severity
		wantVet = append(wantVet, filepath.FromSlash(file)+": "+rest)
	}
	slices.Sort(got)
	if !slices.Equal(got, wantVet) {
		t.Errorf("go vet reported\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(wantVet, "\n"))
	}

	// An explicit flag wins over both files.
	r = run(t, dir, "-color=never", "-weakalgo.rsabits=1024", "./keys", "./legacy")
	if r.code != cli.ExitClean {
		t.Errorf("-weakalgo.rsabits=1024: exit %d, stdout:\n%s", r.code, r.stdout)
	}
}

// TestPrintConfig checks -print-config: the merged configuration of a
// directory with where each value comes from, flags included.
func TestPrintConfig(t *testing.T) {
	r := run(t, fixture("e2e/configured"), "-print-config", "-plaintextsecret.names=badge", "-weakalgo.strict", "./legacy/...")
	want := `# cryptolint configuration for legacy
# files, farthest first: .cryptolint.yaml, legacy/.cryptolint.yaml
# a set flag wins over a file's value; a list flag adds to the files' list
names: ["badge"]                             # flag -plaintextsecret.names
ignore: []                                   # default
drivers: []                                  # default
tests: false                                 # default
plaintextsecret:
  sinks: []                                  # default
  protectors: []                             # default
mongotls:
  loopback: false                            # legacy/.cryptolint.yaml:4
weakalgo:
  strict: true                               # flag -weakalgo.strict
  rsabits: 2048                              # legacy/.cryptolint.yaml:6
  bcryptcost: 10                             # default
exclude: # globs relative to the directory of the file holding them
  - paths: ["fixtures/**"]                   # .cryptolint.yaml:8
    rules: ["mongotls"]
severity: # the command's report only; see docs/configuration.md
  CL202: high                                # .cryptolint.yaml:11
# driver modules required by go.mod: none recognised
`
	if r.code != cli.ExitClean || r.stdout != want || r.stderr != "" {
		t.Errorf("exit %d, stdout:\n%s\nwant:\n%s\nstderr:\n%s", r.code, r.stdout, want, r.stderr)
	}
	// The output is itself a valid configuration file.
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/p\n"), 0o644)
	os.WriteFile(filepath.Join(dir, ".cryptolint.yaml"), []byte(r.stdout), 0o644)
	if r := run(t, dir, "-print-config"); r.code != cli.ExitClean {
		t.Errorf("-print-config output read back: exit %d\n%s", r.code, r.stderr)
	}
}

// TestMalformedConfig checks that a malformed .cryptolint.yaml fails the
// run, exit 2, naming the file, line, column and key, under the command
// and under go vet, instead of being ignored.
func TestMalformedConfig(t *testing.T) {
	dir := copyFixture(t, "e2e/configured")
	bad := "mongotls:\n  loopbak: true\n"
	if err := os.WriteFile(filepath.Join(dir, "legacy", ".cryptolint.yaml"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	const msg = `.cryptolint.yaml:2:3: unknown key "loopbak" in "mongotls" (valid: loopback)`
	r := run(t, dir, "-color=never")
	if want := "cryptolint: " + filepath.Join("legacy", msg) + "\n"; r.code != cli.ExitError || r.stdout != "" || r.stderr != want {
		t.Errorf("exit %d, stdout:\n%s\nstderr:\n%s\nwant exit 2 and %s", r.code, r.stdout, r.stderr, want)
	}
	r = run(t, dir, "-print-config", "./legacy")
	if r.code != cli.ExitError || !strings.Contains(r.stderr, msg) {
		t.Errorf("-print-config: exit %d, stderr:\n%s", r.code, r.stderr)
	}
	// The packages the file does not cover are analyzed as usual.
	if r := run(t, dir, "-color=never", "./db"); r.code != cli.ExitFindings {
		t.Errorf("./db: exit %d, stderr:\n%s", r.code, r.stderr)
	}

	// go vet fails on every run: the failure is not cached as a clean
	// result (go vet prints the file relative to its directory).
	for run := 1; run <= 2; run++ {
		cmd := exec.Command("go", "vet", "-vettool="+binary, "./legacy")
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		var ee *exec.ExitError
		want := "# example.com/configured/legacy\ncryptolint: " + filepath.Join("legacy", msg) + "\n"
		if !errors.As(err, &ee) || ee.ExitCode() != 1 || string(out) != want {
			t.Errorf("go vet, run %d: %v, output:\n%s\nwant exit 1 and\n%s", run, err, out, want)
		}
	}
}

// TestVetConfigChange checks that go vet does not replay a result cached
// under another configuration: the tool ID the command gives go vet
// covers the module's .cryptolint.yaml files.
func TestVetConfigChange(t *testing.T) {
	dir := copyFixture(t, "e2e/configured")
	vet := func() string {
		cmd := exec.Command("go", "vet", "-vettool="+binary, "./keys")
		cmd.Dir = dir
		out, _ := cmd.CombinedOutput()
		return string(out)
	}
	root := filepath.Join(dir, ".cryptolint.yaml")
	if err := os.WriteFile(root, []byte("weakalgo:\n  rsabits: 2048\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out := vet(); strings.Contains(out, "CL314") {
		t.Fatalf("rsabits 2048: go vet reported\n%s", out)
	}
	if out := vet(); strings.Contains(out, "CL314") { // now from go vet's cache
		t.Fatalf("rsabits 2048, again: go vet reported\n%s", out)
	}
	if err := os.WriteFile(root, []byte("weakalgo:\n  rsabits: 4096\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out := vet(); !strings.Contains(out, "below the 4096-bit minimum") {
		t.Errorf("rsabits 4096: go vet replayed the cached result:\n%s", out)
	}
}

// TestConfigTests checks that tests: true in a .cryptolint.yaml makes the
// command load and report test files, as -mongotls.tests does, and that
// the flag set to false wins for its analyzer.
func TestConfigTests(t *testing.T) {
	dir := copyFixture(t, "e2e/clean")
	if err := os.WriteFile(filepath.Join(dir, ".cryptolint.yaml"), []byte("tests: true\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := run(t, dir, "-color=never")
	want := "db/db_test.go:4:17: high: mongodb URI \"mongodb://db.example.com/test\" connects to public host db.example.com without TLS; add tls=true or set a TLS config on the client options (CL201)\n" +
		"cryptolint: 1 finding(s): 1 high, 0 medium, 0 low\n"
	if r.code != cli.ExitFindings || r.stdout != want {
		t.Errorf("tests: true: exit %d, stdout:\n%s\nwant:\n%s\nstderr:\n%s", r.code, r.stdout, want, r.stderr)
	}
	if r := run(t, dir, "-mongotls.tests=false"); r.code != cli.ExitClean {
		t.Errorf("-mongotls.tests=false: exit %d, stdout:\n%s", r.code, r.stdout)
	}
}
