package main_test

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/cryptolint/cryptolint/internal/cli"
	ruletable "github.com/cryptolint/cryptolint/internal/rules"
)

// sarifSchema compiles the SARIF 2.1.0 schema in testdata/sarif.
func sarifSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	f, err := os.Open(filepath.Join("testdata", "sarif", "sarif-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.AddResource("sarif-2.1.0.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("sarif-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// sarifRun runs the command with -format sarif -o and returns the
// validated log, decoded, and the exit code.
func sarifRun(t *testing.T, schema *jsonschema.Schema, dir string, args ...string) (map[string]any, int) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "report.sarif")
	r := run(t, dir, append([]string{"-format", "sarif", "-o", out}, args...)...)
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("no SARIF file written (exit %d, stderr %s): %v", r.code, r.stderr, err)
	}
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(inst); err != nil {
		t.Fatalf("SARIF output does not validate against the SARIF 2.1.0 schema: %v", err)
	}
	var log map[string]any
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatal(err)
	}
	return log, r.code
}

// TestSARIF checks the SARIF report of the example: valid, one result
// per finding plus the suppressed one, with rule metadata GitHub code
// scanning reads.
func TestSARIF(t *testing.T) {
	schema := sarifSchema(t)
	log, code := sarifRun(t, schema, fixture("example"), "./...")
	if code != cli.ExitFindings {
		t.Errorf("exit code %d, want %d", code, cli.ExitFindings)
	}
	run0 := log["runs"].([]any)[0].(map[string]any)
	results := run0["results"].([]any)
	jsonRun := run(t, fixture("example"), "-json")
	if want := len(decodeReport(t, jsonRun.stdout).Findings) + 1; len(results) != want {
		t.Errorf("%d results, want %d (the findings and one suppressed)", len(results), want)
	}
	var suppressed []string
	for _, r := range results {
		res := r.(map[string]any)
		if res["partialFingerprints"].(map[string]any)["cryptolint/v1"] == "" {
			t.Errorf("result without fingerprint: %v", res)
		}
		if s, ok := res["suppressions"]; ok {
			sup := s.([]any)[0].(map[string]any)
			suppressed = append(suppressed, res["ruleId"].(string)+": "+sup["justification"].(string))
		}
	}
	// A plaintextsecret finding with related information is drawn as a
	// path: the write, then each related place, in order.
	flows := 0
	for _, r := range results {
		res := r.(map[string]any)
		cf, ok := res["codeFlows"]
		if !ok {
			continue
		}
		if !strings.HasPrefix(res["ruleId"].(string), "CL1") {
			t.Errorf("codeFlows on %v", res["ruleId"])
		}
		locs := cf.([]any)[0].(map[string]any)["threadFlows"].([]any)[0].(map[string]any)["locations"].([]any)
		related := res["relatedLocations"].([]any)
		if len(locs) != len(related)+1 {
			t.Errorf("%s: %d flow locations, want %d", res["ruleId"], len(locs), len(related)+1)
		}
		first := locs[0].(map[string]any)["location"].(map[string]any)["physicalLocation"]
		if !reflect.DeepEqual(first, res["locations"].([]any)[0].(map[string]any)["physicalLocation"]) {
			t.Errorf("%s: flow starts at %v, not at the result", res["ruleId"], first)
		}
		last := locs[len(locs)-1].(map[string]any)["location"].(map[string]any)["message"].(map[string]any)["text"]
		if want := related[len(related)-1].(map[string]any)["message"].(map[string]any)["text"]; last != want {
			t.Errorf("%s: flow ends with %q, want %q", res["ruleId"], last, want)
		}
		flows++
	}
	if flows == 0 {
		t.Error("no result has a codeFlow")
	}
	if len(suppressed) != 1 || suppressed[0] != "CL201: staging is VPN-only until the migration (OPS-1234)" {
		t.Errorf("suppressed results %q", suppressed)
	}
	driver := run0["tool"].(map[string]any)["driver"].(map[string]any)
	var cl201 map[string]any
	for _, r := range driver["rules"].([]any) {
		if r.(map[string]any)["id"] == "CL201" {
			cl201 = r.(map[string]any)
		}
	}
	props := cl201["properties"].(map[string]any)
	if props["security-severity"] != "8.0" || props["problem.severity"] != "error" {
		t.Errorf("CL201 properties %v", props)
	}
	rel := cl201["relationships"].([]any)[0].(map[string]any)["target"].(map[string]any)
	if rel["id"] != "319" || rel["toolComponent"].(map[string]any)["name"] != "CWE" {
		t.Errorf("CL201 CWE relationship %v", rel)
	}
}

// TestSARIFCleanAndBroken checks that the file is written, and valid,
// with no findings and when packages fail to load (as notifications).
func TestSARIFCleanAndBroken(t *testing.T) {
	schema := sarifSchema(t)
	log, code := sarifRun(t, schema, fixture("e2e/clean"))
	run0 := log["runs"].([]any)[0].(map[string]any)
	if code != cli.ExitClean || len(run0["results"].([]any)) != 0 || run0["invocations"].([]any)[0].(map[string]any)["executionSuccessful"] != true {
		t.Errorf("clean: exit %d, run %v", code, run0["invocations"])
	}
	log, code = sarifRun(t, schema, fixture("e2e/broken"))
	inv := log["runs"].([]any)[0].(map[string]any)["invocations"].([]any)[0].(map[string]any)
	notes := inv["toolExecutionNotifications"].([]any)
	if code != cli.ExitError || inv["executionSuccessful"] != false || len(notes) != 1 ||
		!strings.Contains(notes[0].(map[string]any)["message"].(map[string]any)["text"].(string), "cannot use \"not an int\"") {
		t.Errorf("broken: exit %d, invocation %v", code, inv)
	}
}

// TestSelection checks -enable, -disable and -severity.
func TestSelection(t *testing.T) {
	rules := func(args ...string) []string {
		r := run(t, fixture("example"), append([]string{"-json"}, args...)...)
		var ids []string
		for _, f := range decodeReport(t, r.stdout).Findings {
			ids = append(ids, f.Rule)
		}
		return ids
	}
	only := func(ids []string, allowed ...string) bool {
		for _, id := range ids {
			ok := false
			for _, a := range allowed {
				ok = ok || id == a
			}
			if !ok {
				return false
			}
		}
		return len(ids) > 0
	}
	if ids := rules("-enable", "CL205"); !only(ids, "CL205") || len(ids) != 2 {
		t.Errorf("-enable CL205: %v", ids)
	}
	every := func(ids []string, ok func(*ruletable.Rule) bool) bool {
		for _, id := range ids {
			if !ok(ruletable.ByID(id)) {
				return false
			}
		}
		return len(ids) > 0
	}
	if ids := rules("-disable", "mongotls"); !every(ids, func(r *ruletable.Rule) bool { return r.Analyzer != "mongotls" }) {
		t.Errorf("-disable mongotls: %v", ids)
	}
	if ids := rules("-enable", "plaintextsecret", "-disable", "CL103"); !only(ids, "CL101") {
		t.Errorf("-enable plaintextsecret -disable CL103: %v", ids)
	}
	// CL202 is medium in the rule table and high in the example's
	// .cryptolint.yaml: -severity filters by the configured severity.
	if ids := rules("-severity", "high"); !every(ids, func(r *ruletable.Rule) bool { return r.Severity == ruletable.High || r.ID == "CL202" }) ||
		!slices.Contains(ids, "CL202") || slices.Contains(ids, "CL103") {
		t.Errorf("-severity high: %v", ids)
	}
	if ids := rules("-severity", "medium"); !every(ids, func(r *ruletable.Rule) bool { return r.Severity >= ruletable.Medium }) || slices.Contains(ids, "CL204") {
		t.Errorf("-severity medium: %v", ids)
	}
	r := run(t, fixture("example"), "-enable", "CL299")
	if r.code != cli.ExitError || !strings.Contains(r.stderr, `unknown rule or analyzer "CL299"`) {
		t.Errorf("-enable CL299: exit %d, %s", r.code, r.stderr)
	}
}

// copyFixture copies a fixture module into a temporary directory.
func copyFixture(t *testing.T, name string) string {
	t.Helper()
	dst := t.TempDir()
	src := fixture(name)
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
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

// TestBaseline records the findings, shifts every line and adds a new
// finding: only the new one is reported.
func TestBaseline(t *testing.T) {
	dir := copyFixture(t, "e2e/fixable")
	base := filepath.Join(dir, "baseline.json")
	r := run(t, dir, "-write-baseline", base)
	if r.code != cli.ExitClean || !strings.Contains(r.stderr, "recorded 4 finding(s)") {
		t.Fatalf("-write-baseline: exit %d, stderr %s", r.code, r.stderr)
	}
	file := filepath.Join(dir, "db", "db.go")
	src, _ := os.ReadFile(file)
	shifted := strings.Replace(string(src), "package db\n", "package db\n\n// Two new lines move every finding.\n", 1) +
		"\nconst Payments = \"mongodb://payments.example.com/pay\"\n"
	if err := os.WriteFile(file, []byte(shifted), 0o644); err != nil {
		t.Fatal(err)
	}
	r = run(t, dir, "-color=never", "-baseline", base)
	want := "db/db.go:14:18: high: mongodb URI \"mongodb://payments.example.com/pay\" connects to public host payments.example.com without TLS; add tls=true or set a TLS config on the client options (CL201)\n" +
		"cryptolint: 1 finding(s): 1 high, 0 medium, 0 low\n" +
		"cryptolint: 4 finding(s) in the baseline not shown\n"
	if r.code != cli.ExitFindings || r.stdout != filepath.FromSlash(want) {
		t.Errorf("-baseline: exit %d, stdout:\n%s\nwant:\n%s", r.code, r.stdout, want)
	}
}

// TestFixes checks -diff (golden) and -fix: the fixed module builds and
// has no findings left but the one without a mechanical fix.
func TestFixes(t *testing.T) {
	dir := copyFixture(t, "e2e/fixable")
	r := run(t, dir, "-diff")
	golden(t, "fixable.diff", r.stdout)
	if !strings.Contains(r.stderr, "the fixes for CL201, CL203 change run-time behaviour") {
		t.Errorf("-diff: no behaviour note in %q", r.stderr)
	}
	r = run(t, dir, "-fix")
	if !strings.Contains(r.stderr, "applied 4 fix(es) to 1 file(s)") {
		t.Errorf("-fix: %q", r.stderr)
	}
	build := exec.Command("go", "build", "./...")
	build.Dir = dir
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("fixed module does not build: %v\n%s", err, out)
	}
	r = run(t, dir, "-color=never")
	if r.code != cli.ExitClean || r.stdout != "cryptolint: no findings\n" {
		t.Errorf("after -fix: exit %d, stdout %s", r.code, r.stdout)
	}
}

// TestHygiene checks CL001, CL002, CL003 (with -unused-ignores) and
// //nolint:cryptolint.
func TestHygiene(t *testing.T) {
	r := run(t, fixture("e2e/hygiene"), "-color=never", "-unused-ignores")
	golden(t, "hygiene.txt", r.stdout)
	if r.code != cli.ExitFindings {
		t.Errorf("exit %d", r.code)
	}
}

// TestDirectivesName checks that the directives analyzer's rules go by its
// name everywhere: -enable selects CL001 and CL002 by it, and SARIF tags
// the tool's rules with it.
func TestDirectivesName(t *testing.T) {
	schema := sarifSchema(t)
	log, code := sarifRun(t, schema, fixture("e2e/hygiene"), "-enable", "directives")
	if code != cli.ExitFindings {
		t.Errorf("exit code %d, want %d", code, cli.ExitFindings)
	}
	run0 := log["runs"].([]any)[0].(map[string]any)
	var got []string
	for _, r := range run0["results"].([]any) {
		res := r.(map[string]any)
		loc := res["locations"].([]any)[0].(map[string]any)["physicalLocation"].(map[string]any)["region"].(map[string]any)
		got = append(got, fmt.Sprintf("%v:%v:%v: %v", res["ruleId"], loc["startLine"], loc["startColumn"], res["message"].(map[string]any)["text"]))
	}
	want := []string{
		"CL001:10:1: directive without a reason (add -- and why) (CL001)",
		`CL002:13:1: //cryptolint:ignore names "CL2O1", which is neither a rule nor an analyzer; name the rule at the end of the finding's message (cryptolint -rules lists them) (CL002)`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("-enable directives: results\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, r := range run0["tool"].(map[string]any)["driver"].(map[string]any)["rules"].([]any) {
		rule := r.(map[string]any)
		id := rule["id"].(string)
		if !strings.HasPrefix(id, "CL00") {
			continue
		}
		if tags := fmt.Sprint(rule["properties"].(map[string]any)["tags"]); tags != "[security directives]" {
			t.Errorf("%s: tags %s, want [security directives]", id, tags)
		}
	}
}
