package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/cryptolint/cryptolint/internal/cli"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// binary is the cryptolint command built once for all tests.
var binary string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "cryptolint-e2e")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "cryptolint")
	if runtime.GOOS == "windows" {
		binary += ".exe"
	}
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		os.Stderr.Write(out)
		panic(err)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// fixture returns the path of a module under the repository's testdata.
func fixture(name string) string {
	p, err := filepath.Abs(filepath.Join("..", "..", "testdata", name))
	if err != nil {
		panic(err)
	}
	return p
}

// result is what one run of the command produced.
type result struct {
	stdout, stderr string
	code           int
}

// run runs the command with args and returns its output and exit code.
func run(t *testing.T, dir string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NO_COLOR=")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running cryptolint: %v", err)
	}
	return result{stdout.String(), stderr.String(), code}
}

// golden compares got with testdata/<name>, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (go test -update rewrites it)\n--- got:\n%s\n--- want:\n%s", path, got, want)
	}
}

// TestExample runs the README's quick start: -C into the example module,
// which imports the real v1 and v2 drivers.
func TestExample(t *testing.T) {
	r := run(t, ".", "-C", fixture("example"), "-color=never", "./...")
	if r.code != cli.ExitFindings {
		t.Fatalf("exit code %d, want %d; stderr:\n%s", r.code, cli.ExitFindings, r.stderr)
	}
	golden(t, "example.txt", r.stdout)
	if r.stderr != "" {
		t.Errorf("unexpected stderr:\n%s", r.stderr)
	}
}

// TestExampleFixed runs the command on testdata/example-fixed, the example
// service with its users package rewritten on fieldcrypt (the nested module,
// through a replace directive, so the real types are type-checked): no
// CL101 or CL103 is left, and every other finding of the example is still
// there, unchanged.
func TestExampleFixed(t *testing.T) {
	before := run(t, ".", "-C", fixture("example"), "-color=never", "./...")
	after := run(t, ".", "-C", fixture("example-fixed"), "-color=never", "./...")
	if after.stderr != "" || after.code != cli.ExitFindings {
		t.Fatalf("exit code %d; stderr:\n%s", after.code, after.stderr)
	}
	var want []string
	fixed := 0
	for _, line := range strings.Split(before.stdout, "\n") {
		switch {
		case strings.HasPrefix(line, "users/"):
			fixed++ // the package fieldcrypt fixes
		case strings.HasPrefix(line, "cryptolint: "), line == "":
		default:
			want = append(want, line)
		}
	}
	if fixed != 3 {
		t.Fatalf("the example has %d findings in users/, want 3 (CL101 twice, CL103):\n%s", fixed, before.stdout)
	}
	want = append(want, fmt.Sprintf("cryptolint: %d finding(s): %d high, 0 medium, 0 low", len(want), len(want)), "")
	if got := after.stdout; got != strings.Join(want, "\n") {
		t.Errorf("example-fixed:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
	for _, rule := range []string{"(CL101)", "(CL103)", "(CL104)"} {
		if strings.Contains(after.stdout, rule) {
			t.Errorf("example-fixed still reports %s", rule)
		}
	}
}

// TestJSON checks the JSON report against the documented schema: every
// field known (strict decoding), values as in the text report.
func TestJSON(t *testing.T) {
	r := run(t, fixture("example"), "-json", "./...")
	if r.code != cli.ExitFindings {
		t.Fatalf("exit code %d, want %d; stderr:\n%s", r.code, cli.ExitFindings, r.stderr)
	}
	rep := decodeReport(t, r.stdout)
	if rep.SchemaVersion != cli.SchemaVersion || rep.Tool.Name != "cryptolint" || rep.Tool.Version == "" {
		t.Errorf("header = %+v %+v", rep.SchemaVersion, rep.Tool)
	}
	if rep.Summary.Findings != len(rep.Findings) || rep.Summary.High+rep.Summary.Medium+rep.Summary.Low != len(rep.Findings) {
		t.Errorf("summary %+v does not add up to %d findings", rep.Summary, len(rep.Findings))
	}
	var f *cli.Finding
	for i := range rep.Findings {
		if rep.Findings[i].File == filepath.Join("config", "config.go") && rep.Findings[i].Line == 11 && rep.Findings[i].Rule == "CL201" {
			f = &rep.Findings[i]
		}
	}
	if f == nil {
		t.Fatalf("no CL201 finding in config/config.go: %+v", rep.Findings)
	}
	want := cli.Finding{
		File: filepath.Join("config", "config.go"), Line: 11, Column: 20, EndLine: 11, EndColumn: 84,
		Rule: "CL201", Severity: "high", CWE: "CWE-319", Analyzer: "mongotls",
		Message:     `mongodb URI "mongodb://shop:****@db.shop-prod.example.com:27017/shop" connects to public host db.shop-prod.example.com without TLS; add tls=true or set a TLS config on the client options`,
		URL:         "https://github.com/cryptolint/cryptolint/blob/main/docs/rules.md#cl201",
		Fingerprint: "591866dc1cd25a7b:0",
	}
	got := *f
	got.Fixes = nil
	if g, w := mustJSON(t, got), mustJSON(t, want); g != w {
		t.Errorf("finding:\n got %s\nwant %s", g, w)
	}
	if len(f.Fixes) != 1 || len(f.Fixes[0].Edits) != 1 || f.Fixes[0].Edits[0].New != "?tls=true" || f.Fixes[0].Edits[0].Start.Column != 83 {
		t.Errorf("fix = %+v, want one insertion of ?tls=true at column 83, before the closing quote", f.Fixes)
	}
}

// TestOrigins checks that each plaintext finding of the example says, in
// its related information, where the stored value comes from: the field of
// the decoded request body, crypto/rand bytes, the query string.
func TestOrigins(t *testing.T) {
	r := run(t, fixture("example"), "-json", "./...")
	got := map[string][]string{}
	for _, f := range decodeReport(t, r.stdout).Findings {
		if !strings.HasPrefix(f.Rule, "CL1") {
			continue
		}
		k := fmt.Sprintf("%s:%d %s", filepath.ToSlash(f.File), f.Line, f.Rule)
		for _, rel := range f.Related {
			if strings.Contains(rel.Message, " holds ") || strings.Contains(rel.Message, " is matched against ") {
				got[k] = append(got[k], fmt.Sprintf("%d:%d %s", rel.Line, rel.Column, rel.Message))
			}
		}
	}
	want := map[string][]string{
		"users/users.go:62 CL101": {
			"63:17 Email holds what the client sent (req.Email)",
			"65:17 TOTPSecret holds what the client sent (req.TOTP)",
			"66:37 CardNumber holds what the client sent (req.Card)",
		},
		"users/users.go:79 CL101": {`78:30 key "reset_token" holds random bytes from crypto/rand`},
		"users/users.go:86 CL103": {`85:15 key "reset_token" is matched against the result of r.URL.Query().Get`},
	}
	if g, w := mustJSON(t, got), mustJSON(t, want); g != w {
		t.Errorf("origins:\n got %s\nwant %s", g, w)
	}
}

// TestJSONClean checks that a clean run still writes a complete report with
// empty lists, and exits 0.
func TestJSONClean(t *testing.T) {
	r := run(t, fixture("e2e/clean"), "-format", "json", "./...")
	if r.code != cli.ExitClean {
		t.Fatalf("exit code %d, want 0; stderr:\n%s", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, `"findings": []`) || !strings.Contains(r.stdout, `"errors": []`) {
		t.Errorf("want empty lists, not null:\n%s", r.stdout)
	}
	decodeReport(t, r.stdout)
}

// TestClean checks the text report of a module without findings; its test
// file holds a URI that only -mongotls.tests reports.
func TestClean(t *testing.T) {
	r := run(t, fixture("e2e/clean"))
	if r.code != cli.ExitClean || r.stdout != "cryptolint: no findings\n" {
		t.Errorf("got exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	r = run(t, fixture("e2e/clean"), "-color=never", "-mongotls.tests")
	want := "db/db_test.go:4:17: high: mongodb URI \"mongodb://db.example.com/test\" connects to public host db.example.com without TLS; add tls=true or set a TLS config on the client options (CL201)\n" +
		"cryptolint: 1 finding(s): 1 high, 0 medium, 0 low\n"
	if r.code != cli.ExitFindings || r.stdout != want {
		t.Errorf("with -mongotls.tests: exit %d, stdout:\n%s\nwant:\n%s", r.code, r.stdout, want)
	}
}

// TestBrokenPackage checks that a package that does not type-check makes
// the run exit 2 with its error on stderr, while the others are reported.
func TestBrokenPackage(t *testing.T) {
	r := run(t, fixture("e2e/broken"), "-color=never")
	if r.code != cli.ExitError {
		t.Errorf("exit code %d, want %d", r.code, cli.ExitError)
	}
	wantErr := "cryptolint: error: " + filepath.Join("bad", "bad.go") + `:6:23: cannot use "not an int" (untyped string constant) as int value in return statement` + "\n"
	if r.stderr != wantErr {
		t.Errorf("stderr:\n%s\nwant:\n%s", r.stderr, wantErr)
	}
	golden(t, "broken.txt", r.stdout)

	text := r.stdout
	r = run(t, fixture("e2e/broken"), "-json")
	rep := decodeReport(t, r.stdout)
	if r.code != cli.ExitError || len(rep.Errors) != 1 || rep.Errors[0].Package != "example.com/broken/bad" {
		t.Errorf("json: exit %d, errors %+v", r.code, rep.Errors)
	}
	if got, want := asText(rep.Findings), textFindings(text); !slices.Equal(got, want) {
		t.Errorf("json findings:\n%s\nwant those of the text report:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestSuppress checks //cryptolint:ignore on the line and the line above,
// by ID and by analyzer name, and that generated files are skipped.
func TestSuppress(t *testing.T) {
	r := run(t, fixture("e2e/suppress"), "-color=never")
	if r.code != cli.ExitFindings {
		t.Errorf("exit code %d, want %d", r.code, cli.ExitFindings)
	}
	golden(t, "suppress.txt", r.stdout)
}

// TestNestedModule checks the note about modules that ./... leaves out.
func TestNestedModule(t *testing.T) {
	r := run(t, fixture("e2e/nested"))
	want := "cryptolint: note: ./... does not include the nested module(s) tools; run cryptolint -C <dir> ./... in each\n"
	if r.code != cli.ExitClean || r.stderr != want {
		t.Errorf("exit %d, stderr %q, want %q", r.code, r.stderr, want)
	}
}

// TestOutputFile checks -o: the report goes to the file, nothing to stdout.
func TestOutputFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "report.json")
	r := run(t, fixture("e2e/broken"), "-json", "-o", out, "./good")
	if r.code != cli.ExitFindings || r.stdout != "" {
		t.Errorf("exit %d, stdout %q", r.code, r.stdout)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join("good", "good.go") + `:4:13: high: mongodb URI "mongodb://db.example.com/app" connects to public host db.example.com without TLS; add tls=true or set a TLS config on the client options (CL201)`}
	if got := asText(decodeReport(t, string(data)).Findings); !slices.Equal(got, want) {
		t.Errorf("report findings %q, want %q", got, want)
	}
}

// TestProfiles checks that -debug.cpuprofile and -debug.memprofile write
// profiles pprof reads (gzip-compressed protocol buffers) without changing
// the report, and that a profile that cannot be written is an error.
func TestProfiles(t *testing.T) {
	dir := t.TempDir()
	cpu, mem := filepath.Join(dir, "cpu.pprof"), filepath.Join(dir, "mem.pprof")
	r := run(t, fixture("e2e/broken"), "-debug.cpuprofile", cpu, "-debug.memprofile", mem, "./good")
	if r.code != cli.ExitFindings || !strings.Contains(r.stdout, "(CL201)") {
		t.Errorf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	for _, f := range []string{cpu, mem} {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if len(data) < 2 || data[0] != 0x1f || data[1] != 0x8b {
			t.Errorf("%s: not a gzip-compressed profile (%d bytes)", filepath.Base(f), len(data))
		}
	}
	r = run(t, fixture("e2e/broken"), "-debug.cpuprofile", filepath.Join(dir, "no", "such", "cpu.pprof"), "./good")
	if r.code != cli.ExitError || !strings.Contains(r.stderr, "cryptolint: -debug.cpuprofile: open ") || r.stdout != "" {
		t.Errorf("unwritable profile: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}

// TestColor checks that -color=always colours the severity and that the
// default does not when stdout is not a terminal.
func TestColor(t *testing.T) {
	r := run(t, fixture("e2e/broken"), "-color=always", "./good")
	if !strings.Contains(r.stdout, "\x1b[31;1mhigh\x1b[0;22m") {
		t.Errorf("no red high in %q", r.stdout)
	}
	r = run(t, fixture("e2e/broken"), "./good")
	if strings.Contains(r.stdout, "\x1b[") {
		t.Errorf("colour without a terminal: %q", r.stdout)
	}
}

// TestUsage checks flag errors, -rules, -explain and -version.
func TestUsage(t *testing.T) {
	for _, tc := range []struct {
		args   []string
		code   int
		stdout string // substring
		stderr string // substring
	}{
		{[]string{"-format", "xml"}, cli.ExitError, "", `unknown -format "xml"`},
		{[]string{"-color", "maybe"}, cli.ExitError, "", `unknown -color "maybe"`},
		{[]string{"-no-such-flag"}, cli.ExitError, "", "flag provided but not defined: -no-such-flag"},
		{[]string{"-rules"}, cli.ExitClean, "CL201   high      mongotls         CWE-319   MongoDB connection without TLS to a public host or carrying credentials", ""},
		{[]string{"-explain", "cl203"}, cli.ExitClean, "CL203: MongoDB URI disables TLS certificate verification (tlsInsecure)", ""},
		{[]string{"-explain", "CL999"}, cli.ExitError, "", `unknown rule "CL999"`},
		{[]string{"-version"}, cli.ExitClean, "cryptolint version ", ""},
		{[]string{"-help"}, cli.ExitClean, "", "-mongotls.loopback"},
		{[]string{"./does-not-exist/..."}, cli.ExitError, "", "cryptolint: error: ./does-not-exist/...: pattern ./does-not-exist/...: lstat ./does-not-exist/: no such file or directory"},
		{[]string{"-C", "/does/not/exist"}, cli.ExitError, "", "-C: chdir /does/not/exist"},
	} {
		r := run(t, fixture("e2e/clean"), tc.args...)
		if r.code != tc.code || !strings.Contains(r.stdout, tc.stdout) || !strings.Contains(r.stderr, tc.stderr) {
			t.Errorf("cryptolint %s: exit %d (want %d)\nstdout: %s\nstderr: %s", strings.Join(tc.args, " "), r.code, tc.code, r.stdout, r.stderr)
		}
	}
}

// TestVet runs the command as go vet -vettool on the example module: the
// same findings, in vet's format, and the suppressed one absent.
func TestVet(t *testing.T) {
	cmd := exec.Command("go", "vet", "-vettool="+binary, "./...")
	cmd.Dir = fixture("example")
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("go vet succeeded, want findings:\n%s", out)
	}
	text := string(out)
	for _, want := range []string{
		filepath.Join("config", "config.go") + `:11:20: mongodb URI "mongodb://shop:****@db.shop-prod.example.com:27017/shop" connects to public host db.shop-prod.example.com without TLS; add tls=true or set a TLS config on the client options (CL201)`,
		filepath.Join("legacy", "legacy.go") + ":12:70: mongodb URI",
		filepath.Join("store", "store.go") + ":39:61: options.Credential.Password is a hard-coded string",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("go vet output lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "staging.shop.example.com") {
		t.Errorf("go vet reported the suppressed finding:\n%s", text)
	}
	// The same findings as the command, one line each.
	r := run(t, fixture("example"), "-json")
	var want []string
	for _, f := range decodeReport(t, r.stdout).Findings {
		want = append(want, fmt.Sprintf("%s:%d:%d: %s (%s)", f.File, f.Line, f.Column, f.Message, f.Rule))
	}
	got := findingLine.FindAllString(text, -1)
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("go vet reported\n%s\nthe command\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// asText formats findings as the text report does.
func asText(fs []cli.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%s:%d:%d: %s: %s (%s)", f.File, f.Line, f.Column, f.Severity, f.Message, f.Rule))
	}
	return out
}

// textFindings returns the finding lines of a text report, without the
// summary.
func textFindings(text string) []string {
	var out []string
	for l := range strings.Lines(text) {
		if l = strings.TrimSuffix(l, "\n"); l != "" && !strings.HasPrefix(l, "cryptolint: ") {
			out = append(out, l)
		}
	}
	return out
}

// findingLine matches a diagnostic line of go vet's output.
var findingLine = regexp.MustCompile(`(?m)^\S+\.go:\d+:\d+: .* \(CL\d{3}\)$`)

// decodeReport decodes a JSON report strictly: unknown fields fail.
func decodeReport(t *testing.T, s string) cli.Report {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(s))
	dec.DisallowUnknownFields()
	var rep cli.Report
	if err := dec.Decode(&rep); err != nil {
		t.Fatalf("decoding report: %v\n%s", err, s)
	}
	return rep
}

// mustJSON renders v for comparison.
func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestFactsAcrossPackages runs the command and go vet -vettool on a module
// whose findings need every kind of plaintextsecret fact from another
// package (a wrapper, a hashing constructor, a protected field, a document
// helper). go vet serializes facts between processes, so an undeclared
// fact type fails there only; both drivers must report the same lines,
// also when only the package with the findings is asked for.
func TestFactsAcrossPackages(t *testing.T) {
	dir := fixture("e2e/facts")
	want := factsFindings()

	r := run(t, dir)
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		if file, rest, ok := strings.Cut(line, ": high: "); ok {
			got = append(got, file+": "+rest)
		} else if file, rest, ok := strings.Cut(line, ": medium: "); ok {
			got = append(got, file+": "+rest)
		}
	}
	if r.code != cli.ExitFindings || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("cryptolint: exit %d, findings:\n%s\nwant:\n%s\nstderr: %s", r.code, strings.Join(got, "\n"), strings.Join(want, "\n"), r.stderr)
	}

	cmd := exec.Command("go", "vet", "-vettool="+binary, "./...")
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("go vet succeeded, want findings:\n%s", out)
	}
	vet := findingLine.FindAllString(string(out), -1)
	slices.Sort(vet)
	if strings.Join(vet, "\n") != strings.Join(want, "\n") || strings.Contains(string(out), "panic") {
		t.Errorf("go vet findings:\n%s\nwant:\n%s\nfull output:\n%s", strings.Join(vet, "\n"), strings.Join(want, "\n"), out)
	}

	// Only ./svc: the facts of the module's other packages are still
	// computed (by the command as by go vet), their findings not reported.
	r = run(t, dir, "-json", "./svc")
	var svc []string
	for _, f := range decodeReport(t, r.stdout).Findings {
		svc = append(svc, fmt.Sprintf("%s:%d:%d: %s (%s)", f.File, f.Line, f.Column, f.Message, f.Rule))
	}
	if r.code != cli.ExitFindings || strings.Join(svc, "\n") != strings.Join(want[1:], "\n") {
		t.Errorf("cryptolint ./svc: exit %d, findings:\n%s\nwant:\n%s\nstderr: %s", r.code, strings.Join(svc, "\n"), strings.Join(want[1:], "\n"), r.stderr)
	}
	// A flag at its default value gives this run its own go vet cache key:
	// go vet (1.26.8, stock analyzers too) caches a dependency's
	// facts-only run as clean and replays it when the package is later
	// vetted itself, which would hide model's finding in the ./... run of
	// the next test run.
	cmd = exec.Command("go", "vet", "-vettool="+binary, "-plaintextsecret.tests=false", "./svc")
	cmd.Dir = dir
	out, _ = cmd.CombinedOutput()
	if vet := findingLine.FindAllString(string(out), -1); strings.Join(vet, "\n") != strings.Join(want[1:], "\n") {
		t.Errorf("go vet ./svc findings:\n%s\nwant:\n%s", strings.Join(vet, "\n"), strings.Join(want[1:], "\n"))
	}
}

// factsFindings are the findings of the e2e/facts module, in go vet's
// format.
func factsFindings() []string {
	want := []string{
		"model/model.go:22:9: sha256.Sum256 hashes password-named input password: SHA-256 is a fast hash, so stolen hashes of ordinary passwords are cracked at billions of guesses per second; hash passwords with argon2.IDKey, scrypt.Key or bcrypt.GenerateFromPassword (CL306)",
		`svc/svc.go:15:27: *model.User written by Save -> InsertOne stores Password (key "password") in plaintext; hash passwords that users log in with (Argon2id, scrypt or bcrypt) and encrypt those the program reuses (fieldcrypt.String) (CL101)`,
		`svc/svc.go:31:29: document written by InsertOne stores key "reset_token" in plaintext; store a SHA-256 or HMAC of tokens you only verify and encrypt secrets you reuse (fieldcrypt.Digest, fieldcrypt.String) (CL101)`,
	}
	for i, w := range want {
		want[i] = filepath.FromSlash(w[:strings.IndexByte(w, ':')]) + w[strings.IndexByte(w, ':'):]
	}
	return want
}

// TestVetFallback runs go vet with a command built for another vetx layout
// than the linked x/tools writes: it must hand every request to
// unitchecker, and find the same findings across packages.
func TestVetFallback(t *testing.T) {
	fallback := filepath.Join(t.TempDir(), filepath.Base(binary))
	build := exec.Command("go", "build", "-o", fallback, "-ldflags=-X github.com/cryptolint/cryptolint/internal/cli.vetxLayoutFor=v0.0.0-unknown", ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command("go", "vet", "-vettool="+fallback, "./...")
	cmd.Dir = fixture("e2e/facts")
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("go vet succeeded, want findings:\n%s", out)
	}
	vet := findingLine.FindAllString(string(out), -1)
	slices.Sort(vet)
	if want := factsFindings(); !slices.Equal(vet, want) || strings.Contains(string(out), "panic") {
		t.Errorf("go vet findings:\n%s\nwant:\n%s\nfull output:\n%s", strings.Join(vet, "\n"), strings.Join(want, "\n"), out)
	}
}

// TestWholeProgram runs the command and go vet -vettool on a service whose
// layers meet through interfaces: the service calls domain.UserRepo, main
// wires the MongoDB implementation in, and exported functions that
// nothing calls write their parameters; main calls a service method that
// passes its parameter on to the interface; a wrapper library in another
// module (dbkit) writes a slice of documents the service builds; a generic
// controller writes the request it decodes into its type parameter, and
// only main instantiates it with the models; two finders have the same
// method, and an interface call reaches only the one main converts to its
// interface. Only the command's
// whole-program step sees the interface, entry-point and generic flows;
// go vet reports the
// interface call whose implementation is in the same package and the write
// through the wrapper library, and the command reports them too.
func TestWholeProgram(t *testing.T) {
	dir := fixture("e2e/program")
	const (
		hashPw  = "hash passwords that users log in with (Argon2id, scrypt or bcrypt) and encrypt those the program reuses (fieldcrypt.String)"
		hashTok = "store a SHA-256 or HMAC of tokens you only verify and encrypt secrets you reuse (fieldcrypt.Digest, fieldcrypt.String)"
	)
	local := `local/local.go:33:27: value written by tokenStore.Save -> Save -> UpdateOne stores key "session_token" in plaintext; ` + hashTok + ` (CL101)`
	hooksWrite := `hooks/hooks.go:44:31: *hooks.Webhook written by Create -> InsertOne stores Secret (key "secret") in plaintext; ` + hashTok + ` (CL101)`
	rpcLogic := `rpc/logic/logic.go:34:34: *logic.Channel written by Insert -> InsertOne stores Password (key "password") in plaintext; ` + hashPw + ` (CL101)`
	loginTok := `login/login.go:19:38: sessions.TokenParams written by SetAccessToken -> UpdateOne stores AccessToken (key "access_token") in plaintext; ` + hashTok + ` (CL101)`
	want := []string{
		// A generic query builder's interface (gq.Query[Key]) resolved to
		// the generic implementation that writes (gq.query[T]).
		`apikeys/apikeys.go:26:26: *apikeys.Key written by Query.InsertOne -> InsertOne -> InsertOne stores APIKey (key "api_key") in plaintext; ` + hashTok + ` (CL101)`,
		`audit/audit.go:31:55: document written by UpdateOne -> UpdateOne stores key "api_secret" in plaintext; ` + hashTok + ` (CL101)`,
		// Login passes the pair NewPair made (its zero value only beside
		// an error) to setSession, which copies its refresh token into the
		// command SessionService.CreateSession stores; Logout's empty pair
		// stores nothing.
		`authflow/authflow.go:52:34: authflow.Pair written by setSession -> SessionService.CreateSession -> CreateSession -> InsertOne stores RefreshToken (key "refreshToken") in plaintext; ` + hashTok + ` (CL101)`,
		// The repository fills a []any with the cards it is given and
		// passes it to store.Collection, an interface of another package;
		// AddBrands keeps only each card's brand.
		`bulk/api/api.go:23:32: []repo.Card written by AddMany -> Collection.InsertMany -> InsertMany -> InsertMany stores CardNumber (key "card_number") in plaintext; encrypt personal and payment data with CSFLE, Queryable Encryption or explicit encryption (fieldcrypt.String) (CL101)`,
		// cache.Service caches the JSON of a user through cache.Cacher;
		// mongocache.Store, converted to it, stores the bytes under
		// "value": the e-mailed code is in them. Remember's user has no
		// code (its digest is json:"-").
		`cache/cache.go:39:45: value written by Cacher.SetWithExpiry -> SetWithExpiry -> InsertOne stores EmailVerificationCode (key "value.email_verification_code", which is serialized by json.Marshal) in plaintext; ` + hashTok + ` (CL101)`,
		`cmd/server/main.go:31:30: filter of FinishReset -> UserRepo.FindByResetToken -> FindByResetToken -> FindOne matches key "reset_token" against a raw value, so the field must be stored in plaintext; store a hash (SHA-256 or HMAC) and look up by the hash of the presented value (fieldcrypt.Digest, fieldcrypt.DigestOf) (CL103)`,
		// A generic controller decodes the request into its type parameter;
		// main instantiates it with APIToken (reported), Member (its
		// password is json:"-") and Label (nothing sensitive).
		`generic/generic.go:35:61: generic.APIToken decoded from the request by Controller.Put written by Replace -> ReplaceOne stores Token (key "token") in plaintext; ` + hashTok + ` (CL101)`,
		// hooks.Service.Create writes the webhook itself (found by the
		// modular pass) and also logs it, secret included, through
		// changelog.Logger, an interface of another package: the step
		// adds that second write at the handler.
		hooksWrite,
		`hooks/hooks.go:44:31: *hooks.Webhook written by Create -> Logger.LogChange -> LogChange -> Repository.Create -> Create -> InsertOne stores Secret (key "changes.webhook.new.secret") in plaintext; ` + hashTok + ` (CL101)`,
		// store.Save writes the token an issuer returns through
		// token.Issuer; password.issuer, registered by its init, fills
		// the refresh token with token.New. SaveGrant's describer fills no
		// secret, SaveListed's Lister is implemented only by a type nothing
		// converts to it, and Rotate empties the token before the write.
		`issuers/store/store.go:19:30: *token.Token written by InsertOne stores RefreshToken (key "refresh_token") in plaintext; ` + hashTok + ` (CL101)`,
		local,
		// sessions.SetAccessToken writes a field of its parameter; login
		// calls it with a random token (reported at the call) and with ""
		// at logout (not reported); the write itself is not reported.
		loginTok,
		`mongorepo/mongorepo.go:37:34: parameter password of (*Repo).CreateAccount (nothing in the program calls it) written by InsertOne stores key "password" in plaintext; ` + hashPw + ` (CL101)`,
		// SetPair writes two of its parameters: one finding names both.
		`mongorepo/mongorepo.go:107:53: parameters access, refresh of (*Repo).SetPair (nothing in the program calls it) written by UpdateOne stores key "access_token", key "refresh_token" in plaintext; ` + hashTok + ` (CL101)`,
		// The handler asserts the registry's object to secrets.Service;
		// the MongoDB store is converted only to registry.Object (an IoC
		// container's registration): the assertion links the two.
		`registry/api/api.go:23:36: value written by Service.Put -> Put -> InsertOne stores key "client_secret" in plaintext; ` + hashTok + ` (CL101)`,
		// Only goctl's generated server calls the logic, with the gRPC
		// request: a finding at that call would not be shown, so the
		// logic's write is reported as an entry point's.
		rpcLogic,
		`service/service.go:28:20: []*audit.Webhook written by HookStore.Add -> Add -> InsertMany -> InsertMany stores SigningSecret (key "signing_secret") in plaintext; encrypt key material (CSFLE, or explicit encryption with fieldcrypt.Bytes or fieldcrypt.String) (CL101)`,
		`service/service.go:52:28: *domain.User written by UserRepo.Create -> Create -> InsertOne stores ResetToken (key "reset_token") in plaintext; ` + hashTok + ` (CL101)`,
		`service/service.go:64:47: value written by UserRepo.SetResetToken -> SetResetToken -> UpdateOne stores key "reset_token" in plaintext; ` + hashTok + ` (CL101)`,
		`service/service.go:82:28: parameter password of Import (nothing in the program calls it) written by UserRepo.Create -> Create -> InsertOne stores key "password" in plaintext; ` + hashPw + ` (CL101)`,
		// The implementation $sets the fields its document helper names
		// (k.ToBSON()); RotatePublic leaves PrivateKey empty.
		`service/service.go:91:28: domain.Keys written by KeyRepo.SetKeys -> SetKeys -> UpdateOne stores PrivateKey (key "private_key") in plaintext; encrypt key material (CSFLE, or explicit encryption with fieldcrypt.Bytes or fieldcrypt.String) (CL101)`,
		// ByName and ByToken have the same method; main converts
		// TokenFinder to ByToken only, so Greet (service.go:103) does not
		// reach its raw-token lookup.
		`service/service.go:108:21: filter of ByToken.Find -> Find -> FindOne matches key "reset_token" against a raw value, so the field must be stored in plaintext; store a hash (SHA-256 or HMAC) and look up by the hash of the presented value (fieldcrypt.Digest, fieldcrypt.DigestOf) (CL103)`,
		// StoreTokens, which nothing calls, writes two of its parameters:
		// one finding names both.
		`service/service.go:156:27: parameters access, refresh of StoreTokens (nothing in the program calls it) written by TokenRepo.SaveTokens -> SaveTokens -> InsertOne stores key "access_token", key "refresh_token" in plaintext; ` + hashTok + ` (CL101)`,
		// StartDevice's DeviceRepo: main wires the memory one in, and the
		// MongoDB one, which this program never constructs, is linked as
		// an unwired implementation: its InsertOne stores the raw code.
		`service/service.go:175:33: *domain.Device written by DeviceRepo.SaveDevice -> SaveDevice -> InsertOne stores DeviceCode (key "device_code") in plaintext; ` + hashTok + ` (CL101)`,
		// TokenStore embeds the instantiated generic Store[APIToken]; the
		// MongoDB TokenStore implements it through its embedded Base[T],
		// whose promoted Put is compared as instantiated.
		`service/service.go:181:29: value written by TokenStore.Rotate -> Rotate -> UpdateOne stores key "token" in plaintext; ` + hashTok + ` (CL101)`,
		// service.SignUp, which nothing calls, passes its password to an
		// implementation that hashes it first (mongorepo.SignUp): not
		// reported.
		// SetRefreshToken is only taken as a value: the write is reported.
		`sessions/sessions.go:30:71: document written by UpdateOne stores key "refresh_token" in plaintext; ` + hashTok + ` (CL101)`,
		// Touch, which nothing calls, matches "session_id", a credential
		// only by its type (UserSession.SessionID).
		`sessions/sessions.go:44:34: filter of UpdateOne matches key "session_id" against parameter sessionID of (*Queries).Touch (nothing in the program calls it) as it is, so the field must be stored in plaintext; store a hash (SHA-256 or HMAC) and look up by the hash of the presented value (fieldcrypt.Digest, fieldcrypt.DigestOf) (CL103)`,
		// specstore.Store, converted to specs.Repository, keeps
		// the provider the client posted as JSON text under "spec": its
		// API key is in it (named by its BSON key: the step has no types
		// to ask JSON's). Rename's provider has no key.
		`specs/specs.go:29:28: *specs.Provider written by Repository.Create -> Create -> InsertOne stores APIKey (key "spec.apikey", which is serialized by json.Marshal) in plaintext; ` + hashTok + ` (CL101)`,
		// totp's Store has a MongoDB and a memory implementation: Login
		// writes back the secret of the user UserByEmail read (the
		// MongoDB one decodes it), Enroll the one NewUser made.
		`totp/api/api.go:27:33: value written by Store.SetTOTP -> SetTOTP -> UpdateOne stores key "totp_secret" in plaintext; encrypt key material (CSFLE, or explicit encryption with fieldcrypt.Bytes or fieldcrypt.String) (CL101)`,
		// storage.Service.Create puts the request's policy into a local
		// document and passes that to ConfigRepo; the handler that decoded
		// the request is reported. CreateBucket keeps only the bucket name.
		`web/web.go:27:31: *storage.Input written by Create -> ConfigRepo.CreateConfiguration -> CreateConfiguration -> InsertOne stores SecretKey (key "storage_policy.s3.secret_key") in plaintext; encrypt key material (CSFLE, or explicit encryption with fieldcrypt.Bytes or fieldcrypt.String) (CL101)`,
		// storage.Service.Update puts the request's policy into the stored
		// configuration, which the repository $sets; Rename changes only
		// the type and writes the stored secret back.
		`web/web.go:39:31: *storage.Input written by Update -> ConfigRepo.UpdateConfiguration -> UpdateConfiguration -> UpdateOne stores SecretKey (key "storage_policy.s3.secret_key") in plaintext; encrypt key material (CSFLE, or explicit encryption with fieldcrypt.Bytes or fieldcrypt.String) (CL101)`,
	}
	for i, w := range want {
		want[i] = filepath.FromSlash(w[:strings.IndexByte(w, ':')]) + w[strings.IndexByte(w, ':'):]
	}
	r := run(t, dir, "-json", "./...")
	var got []string
	for _, f := range decodeReport(t, r.stdout).Findings {
		got = append(got, fmt.Sprintf("%s:%d:%d: %s (%s)", f.File, f.Line, f.Column, f.Message, f.Rule))
	}
	if r.code != cli.ExitFindings || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("cryptolint: exit %d, findings:\n%s\nwant:\n%s\nstderr: %s", r.code, strings.Join(got, "\n"), strings.Join(want, "\n"), r.stderr)
	}
	// The whole-program step's output is byte-identical across runs and
	// GOMAXPROCS, in JSON and SARIF.
	for _, format := range []string{"json", "sarif"} {
		var first []byte
		for _, procs := range []string{"1", "4", "2"} {
			cmd := exec.Command(binary, "-format", format, "./...")
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "GOMAXPROCS="+procs)
			out, _ := cmd.Output()
			if first == nil {
				first = out
			} else if !bytes.Equal(out, first) {
				t.Errorf("-format %s with GOMAXPROCS=%s differs from GOMAXPROCS=1", format, procs)
			}
		}
	}
	// The generic finding names where main instantiates the controller.
	for _, f := range decodeReport(t, r.stdout).Findings {
		if strings.HasSuffix(f.File, "generic.go") {
			if len(f.Related) == 0 || !strings.HasSuffix(f.Related[0].File, "main.go") || !strings.Contains(f.Related[0].Message, "NewController is instantiated here with generic.APIToken") {
				t.Errorf("related of %s:%d = %+v, want the instantiation in main.go first", f.File, f.Line, f.Related)
			}
		}
	}
	// The related information names the implementation in mongorepo.
	for _, f := range decodeReport(t, r.stdout).Findings {
		if f.Line == 52 && strings.HasSuffix(f.File, "service.go") {
			if len(f.Related) == 0 || !strings.HasSuffix(f.Related[0].File, filepath.FromSlash("mongorepo/mongorepo.go")) || f.Related[0].Line != 18 {
				t.Errorf("related of %s:%d = %+v, want mongorepo/mongorepo.go:18 first", f.File, f.Line, f.Related)
			}
		}
	}

	// The related information follows the value call by call to the
	// driver call: the service's call of the interface method, then the
	// implementation's FindOne; a wrapper in another module, to its
	// UpdateOne.
	paths := map[string][]string{
		"cmd/server/main.go:31":     {"service/service.go:76:9: FinishReset passes it to UserRepo.FindByResetToken", "mongorepo/mongorepo.go:30:9: FindByResetToken sends the filter to MongoDB with FindOne"},
		"audit/audit.go:31":         {"dbkit/dbkit.go:18:12: UpdateOne writes it to MongoDB with UpdateOne"},
		"service/service.go:28":     {"audit/audit.go:26:9: Add passes it to InsertMany", "dbkit/dbkit.go:13:12: InsertMany writes it to MongoDB with InsertMany"},
		"issuers/store/store.go:19": {"issuers/password/password.go:12:15: token.Issuer.Issue is implemented here; its result holds a value in RefreshToken (found by the whole-program step)"},
	}
	for _, f := range decodeReport(t, r.stdout).Findings {
		want, ok := paths[filepath.ToSlash(f.File)+":"+fmt.Sprint(f.Line)]
		if !ok {
			continue
		}
		var got []string
		for _, rel := range f.Related {
			got = append(got, fmt.Sprintf("%s:%d:%d: %s", filepath.ToSlash(rel.File), rel.Line, rel.Column, rel.Message))
		}
		for _, w := range want {
			if !slices.Contains(got, w) {
				t.Errorf("related of %s:%d lacks %q; got:\n%s", f.File, f.Line, w, strings.Join(got, "\n"))
			}
		}
		delete(paths, filepath.ToSlash(f.File)+":"+fmt.Sprint(f.Line))
	}
	if len(paths) > 0 {
		t.Errorf("no findings at %v", paths)
	}

	// go vet: the interface implemented in the same package, and the
	// wrapper library in another module (its facts are computed, as the
	// command computes them), nothing that needs the whole program.
	cmd := exec.Command("go", "vet", "-vettool="+binary, "./...")
	cmd.Dir = dir
	out, _ := cmd.CombinedOutput()
	vet := findingLine.FindAllString(string(out), -1)
	slices.Sort(vet)
	// go vet has no whole-program step: it judges the fields of
	// sessions' parameters at the writes, as modular analysis sees them.
	sessionWrite := func(line int, key string) string {
		return fmt.Sprintf(`sessions/sessions.go:%d:71: document written by UpdateOne stores key %q in plaintext; %s (CL101)`, line, key, hashTok)
	}
	// mongorepo.SaveCode writes its parameter's field; the command judges
	// it at service.SendCode, which passes a hash through domain.CodeRepo.
	saveCode := `mongorepo/mongorepo.go:84:60: document written by UpdateOne stores key "otp" in plaintext; ` + hashTok + ` (CL101)`
	// store.CreateSession writes its command's field; the command judges
	// it at authflow's Login, which passes a new token.
	createSession := `authflow/store/store.go:24:51: store.Session written by InsertOne stores RefreshToken (key "refreshToken") in plaintext; ` + hashTok + ` (CL101)`
	// mongorepo.SetKeys $sets what its parameter's document helper names
	// (k.ToBSON()); nothing in the package calls it, so go vet judges the
	// parameter's field as an entry point's; the command, at
	// service.RotateKeys through domain.KeyRepo.
	setKeys := `mongorepo/mongorepo.go:67:53: document written by UpdateOne stores PrivateKey (key "private_key") in plaintext; encrypt key material (CSFLE, or explicit encryption with fieldcrypt.Bytes or fieldcrypt.String) (CL101)`
	// hooks.Service.Create's own write is modular; the audit log behind
	// changelog.Logger needs the whole program.
	// The logic that only goctl's generated server calls is judged at its
	// write by both.
	wantVet := []string{want[1], local, filepath.FromSlash(rpcLogic[:strings.IndexByte(rpcLogic, ':')]) + rpcLogic[strings.IndexByte(rpcLogic, ':'):], filepath.FromSlash(hooksWrite[:strings.IndexByte(hooksWrite, ':')]) + hooksWrite[strings.IndexByte(hooksWrite, ':'):], filepath.FromSlash(createSession[:strings.IndexByte(createSession, ':')]) + createSession[strings.IndexByte(createSession, ':'):], filepath.FromSlash(saveCode[:strings.IndexByte(saveCode, ':')]) + saveCode[strings.IndexByte(saveCode, ':'):], filepath.FromSlash(setKeys[:strings.IndexByte(setKeys, ':')]) + setKeys[strings.IndexByte(setKeys, ':'):], sessionWrite(23, "access_token"), sessionWrite(30, "refresh_token")}
	slices.Sort(wantVet)
	if !slices.Equal(vet, wantVet) || strings.Contains(string(out), "panic") {
		t.Errorf("go vet findings:\n%s\nwant:\n%s\nfull output:\n%s", strings.Join(vet, "\n"), strings.Join(wantVet, "\n"), out)
	}
}
