package config

import (
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/cryptolint/cryptolint/internal/rules"
)

// badFiles are malformed files and the error each gives.
var badFiles = []struct{ yaml, want string }{
	{"sinkz: [a.B]\n", `c.yaml:1:1: unknown key "sinkz" (valid: drivers, exclude, ignore, mongotls, names, plaintextsecret, severity, tests, weakalgo)`},
	{"plaintextsecret:\n  sinkz: [a.B]\n", `c.yaml:2:3: unknown key "sinkz" in "plaintextsecret" (valid: protectors, sinks)`},
	{"weakalgo:\n  rsabits: 2048\n  RSABits: 1024\n", `c.yaml:3:3: unknown key "RSABits" in "weakalgo" (valid: bcryptcost, rsabits, strict)`},
	{"names: password\n", `c.yaml:1:8: "names" wants a list, not "password"`},
	{"names: [member number, 7]\n", `c.yaml:1:24: "names[1]" wants a string, not 7`},
	{"names: [\"a,b\"]\n", `c.yaml:1:9: "names[0]": one word or phrase per list item, without commas`},
	{"names: [\"badge:secretish\"]\n", `c.yaml:1:9: "names[0]": in "badge:secretish": unknown category "secretish" (want password, credential, privatekey, personalid or financial)`},
	{"ignore: [\"--\"]\n", `c.yaml:1:10: "ignore[0]": word "--" has no letters or digits`},
	{"tests: yes\n", `c.yaml:1:8: "tests" wants true or false, not "yes"`},
	{"tests:\n", `c.yaml:1:7: "tests" has no value; remove the key or give it one`},
	{"mongotls: true\n", `c.yaml:1:11: "mongotls" wants a mapping of keys to values, not true`},
	{"weakalgo:\n  rsabits: \"2048\"\n", `c.yaml:2:12: "weakalgo.rsabits" wants an integer, not "2048"`},
	{"weakalgo:\n  rsabits: 100\n", `c.yaml:2:12: "weakalgo.rsabits": 100 bits is not an RSA key size (want 512 to 16384)`},
	{"weakalgo:\n  bcryptcost: 40\n", `c.yaml:2:15: "weakalgo.bcryptcost": bcrypt cost 40 is outside bcrypt's range (4 to 31)`},
	{"plaintextsecret:\n  sinks: [\"Save:1\"]\n", `c.yaml:2:11: "plaintextsecret.sinks[0]": "Save" is not a full function name such as example.com/db.Save or (*example.com/db.Repo).Put`},
	{"plaintextsecret:\n  sinks: [\"example.com/db.Save:x\"]\n", `c.yaml:2:11: "plaintextsecret.sinks[0]": invalid argument index in "example.com/db.Save:x" (want name:n)`},
	{"drivers: [\"example.com/fork@v1\"]\n", `c.yaml:1:11: "drivers[0]": invalid module path "example.com/fork@v1"`},
	{"exclude:\n  - rules: [CL101]\n", `c.yaml:2:5: "exclude[0]" needs paths: a list of globs such as "**/*.pb.go"`},
	{"exclude:\n  - paths: [\"gen/[a\"]\n", `c.yaml:2:13: "exclude[0].paths[0]": malformed glob (see path.Match; ** alone matches any number of directories)`},
	{"exclude:\n  - paths: [\"../other/**\"]\n", `c.yaml:2:13: "exclude[0].paths[0]": globs cannot leave the directory of the file holding them (..)`},
	{"exclude:\n  - paths: [\"/abs/**\"]\n", `c.yaml:2:13: "exclude[0].paths[0]": globs are relative to the directory of the file holding them, not absolute`},
	{"exclude:\n  - paths: [\"**\"]\n    rules: [CL999]\n", `c.yaml:3:13: "exclude[0].rules[0]": unknown rule or analyzer "CL999" (cryptolint -rules lists them)`},
	{"exclude:\n  - paths: [\"**\"]\n    rulez: [CL101]\n", `c.yaml:3:5: unknown key "rulez" in "exclude[0]" (valid: paths, rules)`},
	{"severity:\n  CL999: high\n", `c.yaml:2:3: "severity": unknown rule "CL999" (cryptolint -rules lists them)`},
	{"severity:\n  CL305: urgent\n", `c.yaml:2:10: "severity.CL305": unknown severity "urgent" (want low, medium or high)`},
	{"severity:\n  CL305: low\n  cl305: high\n", `c.yaml:3:3: key "severity.CL305" appears twice`},
	{"tests: true\ntests: false\n", `c.yaml:2:1: key "tests" appears twice`},
	{"- names\n", `c.yaml:1:1: the file wants a mapping of keys to values, not a list`},
	{"names: [a\n", `c.yaml:1:1: invalid YAML: did not find expected ',' or ']'`},
	{"tests: true\n---\ntests: false\n", `c.yaml:2:1: a second YAML document; the file holds one mapping`},
	{"base: &b [x]\nnames: *b\n", `c.yaml:1:1: unknown key "base" (valid: drivers, exclude, ignore, mongotls, names, plaintextsecret, severity, tests, weakalgo)`},
}

// TestParseErrors checks that every mistake is an error naming the file,
// line, column and key, never a value silently dropped or converted.
func TestParseErrors(t *testing.T) {
	for _, tc := range badFiles {
		_, err := Parse("c.yaml", []byte(tc.yaml))
		if err == nil || err.Error() != tc.want {
			t.Errorf("%q:\n got %v\nwant %s", tc.yaml, err, tc.want)
		}
	}
}

// TestParse checks a complete file and that empty files set nothing.
func TestParse(t *testing.T) {
	data := `# every key
names: ["member number:personalid", badge]
ignore: [pin]
drivers: [example.com/mongofork]
tests: true
plaintextsecret:
  sinks: ["example.com/db.Save:1", "(*example.com/db.Repo).Put"]
  protectors: [example.com/vault.Wrap]
mongotls:
  loopback: true
weakalgo:
  strict: false
  rsabits: 3072
  bcryptcost: 12
exclude:
  - paths: ["**/*.pb.go", fixtures/**]
    rules: [CL101, weakalgo]
severity:
  cl305: medium
`
	f, err := Parse("c.yaml", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	yes, no, bits, cost := true, false, 3072, 12
	want := &File{
		Names:           []string{"member number:personalid", "badge"},
		Ignore:          []string{"pin"},
		Drivers:         []string{"example.com/mongofork"},
		Tests:           &yes,
		Plaintextsecret: PlaintextsecretSettings{Sinks: []string{"example.com/db.Save:1", "(*example.com/db.Repo).Put"}, Protectors: []string{"example.com/vault.Wrap"}},
		Mongotls:        MongotlsSettings{Loopback: &yes},
		Weakalgo:        WeakalgoSettings{Strict: &no, RSABits: &bits, BcryptCost: &cost},
		Exclude:         []Exclude{{Paths: []string{"**/*.pb.go", "fixtures/**"}, Rules: []string{"CL101", "weakalgo"}}},
		Severity:        map[string]string{"CL305": "medium"},
		lines: map[string]int{
			"names": 2, "ignore": 3, "drivers": 4, "tests": 5, "plaintextsecret": 6, "plaintextsecret.sinks": 7,
			"plaintextsecret.protectors": 8, "mongotls": 9, "mongotls.loopback": 10, "weakalgo": 11, "weakalgo.strict": 12,
			"weakalgo.rsabits": 13, "weakalgo.bcryptcost": 14, "exclude": 15, "exclude[0]": 16, "severity": 18, "severity.CL305": 19,
		},
	}
	if !reflect.DeepEqual(f, want) {
		t.Errorf("got  %+v\nwant %+v", f, want)
	}
	for _, empty := range []string{"", "# nothing yet\n", "---\n", "{}\n"} {
		f, err := Parse("c.yaml", []byte(empty))
		if err != nil || f.Names != nil || f.Tests != nil {
			t.Errorf("%q: %+v, %v", empty, f, err)
		}
	}
}

// write creates the files of a tree under a new temporary directory and
// returns it.
func write(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, data := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// TestDiscovery checks which files hold for a directory: the module
// root's and those below it on the way down, merged; never a file above
// the module root, in an unrelated directory, or in a module cache copy.
func TestDiscovery(t *testing.T) {
	root := write(t, map[string]string{
		".cryptolint.yaml":                        "names: [outside]\n", // above the module: not read
		"m/go.mod":                                "module example.com/m\n",
		"m/.cryptolint.yaml":                      "names: [badge]\ntests: true\nweakalgo:\n  rsabits: 3072\nseverity:\n  CL305: medium\n  CL310: high\nexclude:\n  - paths: [\"gen/**\"]\n",
		"m/a/a.go":                                "package a\n",
		"m/a/b/.cryptolint.yaml":                  "names: [locker code]\ntests: false\nseverity:\n  CL305: high\nexclude:\n  - paths: [\"*.pb.go\"]\n    rules: [CL101]\n",
		"m/a/b/c/c.go":                            "package c\n",
		"m/other/.cryptolint.yaml":                "names: [unrelated]\n",
		"m/nested/go.mod":                         "module example.com/m/nested\n",
		"m/nested/n.go":                           "package nested\n",
		"nomod/.cryptolint.yaml":                  "names: [nomodule]\n",
		"nomod/x/x.go":                            "package x\n",
		"cache/example.com/d@v1/go.mod":           "module example.com/d\n",
		"cache/example.com/d@v1/.cryptolint.yaml": "tests: maybe\n",
	})
	m := filepath.Join(root, "m")

	top, err := ForDir(filepath.Join(m, "a"))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(top.Names, []string{"badge"}) || top.Tests == nil || !*top.Tests || *top.RSABits != 3072 {
		t.Errorf("m/a: %+v", top)
	}
	if again, _ := ForDir(m); again != top {
		t.Error("a directory without a file does not share its parent's configuration")
	}

	deep, err := ForDir(filepath.Join(m, "a", "b", "c"))
	if err != nil {
		t.Fatal(err)
	}
	wantFiles := []string{filepath.Join(m, FileName), filepath.Join(m, "a", "b", FileName)}
	if !slices.Equal(deep.Files, wantFiles) {
		t.Errorf("files %v, want %v", deep.Files, wantFiles)
	}
	// Lists extend, scalars and severities replace, exclude entries add up.
	if !slices.Equal(deep.Names, []string{"badge", "locker code"}) || *deep.Tests || *deep.RSABits != 3072 {
		t.Errorf("merged: names %v tests %v rsabits %v", deep.Names, *deep.Tests, *deep.RSABits)
	}
	if want := map[string]rules.Severity{"CL305": rules.High, "CL310": rules.High}; !reflect.DeepEqual(deep.Severity, want) {
		t.Errorf("severity %v, want %v", deep.Severity, want)
	}
	if top.Severity["CL305"] != rules.Medium || !slices.Equal(top.Names, []string{"badge"}) {
		t.Error("merging changed the parent's configuration")
	}
	wantSources := map[string][]string{
		"names":            {wantFiles[0] + ":1", wantFiles[1] + ":1"},
		"tests":            {wantFiles[1] + ":2"},
		"weakalgo.rsabits": {wantFiles[0] + ":4"},
		"severity.CL305":   {wantFiles[1] + ":4"},
		"severity.CL310":   {wantFiles[0] + ":7"},
		"exclude":          {wantFiles[0] + ":9", wantFiles[1] + ":6"},
	}
	if !reflect.DeepEqual(deep.Sources, wantSources) {
		t.Errorf("sources\n%v\nwant\n%v", deep.Sources, wantSources)
	}

	// Exclusions: globs relative to the directory of their file.
	for _, tc := range []struct {
		rule *rules.Rule
		file string
		want bool
	}{
		{rules.PlaintextSecret, "m/gen/x.go", true},
		{rules.PlaintextSecret, "m/gen/deep/x.go", true},
		{rules.PlaintextSecret, "m/a/gen/x.go", false},
		{rules.PlaintextSecret, "m/a/b/x.pb.go", true},
		{rules.PlaintextSecret, "m/a/b/c/x.pb.go", false}, // *.pb.go is one level only
		{rules.ByID("CL201"), "m/a/b/x.pb.go", false},     // the entry names CL101 only
		{rules.ByID("CL201"), "m/gen/x.go", true},         // an entry without rules: all
		{rules.PlaintextSecret, "elsewhere/gen/x.go", false},
	} {
		if got := deep.Excluded(tc.rule, filepath.Join(root, filepath.FromSlash(tc.file))); got != tc.want {
			t.Errorf("Excluded(%s, %s) = %v, want %v", tc.rule.ID, tc.file, got, tc.want)
		}
	}

	for _, dir := range []string{"m/nested", "nomod/x", "cache/example.com/d@v1"} {
		c, err := ForDir(filepath.Join(root, filepath.FromSlash(dir)))
		if err != nil || c != Default {
			t.Errorf("%s: %+v, %v; want the default configuration", dir, c, err)
		}
	}
	if c, _ := ForDir(filepath.Join(m, "other")); !slices.Equal(c.Names, []string{"badge", "unrelated"}) {
		t.Errorf("m/other: names %v", c.Names)
	}
}

// TestMalformedFails checks that a malformed file fails every directory
// below it, with its position, and is not skipped.
func TestMalformedFails(t *testing.T) {
	root := write(t, map[string]string{
		"go.mod":             "module example.com/m\n",
		".cryptolint.yaml":   "names: [badge]\n",
		"p/.cryptolint.yaml": "plaintextsecret:\n  sinkz: [x.Y]\n",
		"p/q/q.go":           "package q\n",
	})
	want := filepath.Join(root, "p", FileName) + `:2:3: unknown key "sinkz" in "plaintextsecret" (valid: protectors, sinks)`
	for _, dir := range []string{"p", "p/q"} {
		if _, err := ForDir(filepath.Join(root, dir)); err == nil || err.Error() != want {
			t.Errorf("%s: error %v, want %s", dir, err, want)
		}
	}
	if c, err := ForDir(root); err != nil || !slices.Equal(c.Names, []string{"badge"}) {
		t.Errorf("root: %+v, %v", c, err)
	}
}

// TestGlob checks the glob matcher.
func TestGlob(t *testing.T) {
	for _, tc := range []struct {
		glob, name string
		want       bool
	}{
		{"**/*.pb.go", "x.pb.go", true},
		{"**/*.pb.go", "a/b/x.pb.go", true},
		{"**/*.pb.go", "a/b/x.go", false},
		{"fixtures/**", "fixtures/a/b.go", true},
		{"fixtures/**", "fixtures", true},
		{"fixtures/**", "src/fixtures/a.go", false},
		{"./gen/*.go", "gen/a.go", true},
		{"gen/*.go", "gen/sub/a.go", false},
		{"a/**/z.go", "a/z.go", true},
		{"a/**/z.go", "a/b/c/z.go", true},
	} {
		if err := checkGlob(tc.glob); err != nil {
			t.Errorf("checkGlob(%q): %v", tc.glob, err)
		}
		if got := matchGlob(tc.glob, tc.name); got != tc.want {
			t.Errorf("matchGlob(%q, %q) = %v, want %v", tc.glob, tc.name, got, tc.want)
		}
	}
}

// TestPolicy checks that the file's tests key applies only when the
// -tests flag was not set.
func TestPolicy(t *testing.T) {
	yes := true
	c := &Config{Tests: &yes}
	var p rules.Policy
	if got := c.Policy(&p); !got.Tests || got.Excluded != nil {
		t.Errorf("flag not set: %+v", got)
	}
	if p.Tests {
		t.Error("Policy changed the analyzer's own policy")
	}
	if got := Default.Policy(&p); got.Tests {
		t.Errorf("default: %+v", got)
	}
	fs := flag.NewFlagSet("a", flag.ContinueOnError)
	var set rules.Policy
	rules.PolicyFlags(fs, &set)
	if err := fs.Set("tests", "false"); err != nil {
		t.Fatal(err)
	}
	if got := c.Policy(&set); got.Tests {
		t.Error("-tests=false given explicitly lost to the file's tests: true")
	}
}
