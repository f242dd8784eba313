package config

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"

	"github.com/cryptolint/cryptolint/internal/rules"
)

// schemaPath is the shipped JSON Schema of the file.
var schemaPath = filepath.Join("..", "..", "docs", "cryptolint.schema.json")

// readSchema returns the schema document, decoded.
func readSchema(t *testing.T) map[string]any {
	t.Helper()
	f, err := os.Open(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	return doc.(map[string]any)
}

// compileSchema compiles the schema.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	if err := c.AddResource("cryptolint.schema.json", readSchema(t)); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("cryptolint.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// asJSON decodes a YAML file into the JSON values the validator takes.
func asJSON(t *testing.T, data []byte) (any, error) {
	t.Helper()
	var v any
	if err := yaml.Unmarshal(data, &v); err != nil {
		return nil, err
	}
	if v == nil {
		v = map[string]any{} // an empty file
	}
	js, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return jsonschema.UnmarshalJSON(bytes.NewReader(js))
}

// TestSchemaRepoFiles validates every .cryptolint.yaml of the repository
// against the schema, and checks that the schema and the decoder agree on
// each: the malformed fixtures fail both.
func TestSchemaRepoFiles(t *testing.T) {
	schema := compileSchema(t)
	root := filepath.Join("..", "..")
	var n int
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == ".git" {
			return filepath.SkipDir
		}
		if d.IsDir() || d.Name() != FileName {
			return nil
		}
		n++
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		_, parseErr := Parse(path, data)
		v, err := asJSON(t, data)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			return nil
		}
		schemaErr := schema.Validate(v)
		if (parseErr == nil) != (schemaErr == nil) {
			t.Errorf("%s: cryptolint says %v, the schema %v", path, parseErr, schemaErr)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 8 {
		t.Errorf("found %d configuration files in the repository, want the fixtures' and the example's", n)
	}
}

// TestSchemaRejects checks that the schema rejects the malformed files of
// TestParseErrors, except those whose mistake only cryptolint can see.
func TestSchemaRejects(t *testing.T) {
	schema := compileSchema(t)
	onlyCryptolint := map[string]bool{
		`names: ["badge:secretish"]` + "\n":                   true, // categories are not spelt out in the schema
		"severity:\n  CL999: high\n":                          true, // rule IDs are a pattern, not the table
		"exclude:\n  - paths: [\"**\"]\n    rules: [CL999]\n": true,
		"exclude:\n  - paths: [\"gen/[a\"]\n":                 true, // glob syntax
		"severity:\n  CL305: low\n  cl305: high\n":            true, // the same rule in two spellings
		"tests: true\ntests: false\n":                         true, // YAML decoding already refuses these three
		"names: [a\n":                                         true,
		"tests: true\n---\ntests: false\n":                    true,
		"drivers: [\"example.com/fork@v1\"]\n":                false,
	}
	for _, tc := range badFiles {
		v, err := asJSON(t, []byte(tc.yaml))
		if err != nil {
			if !onlyCryptolint[tc.yaml] {
				t.Errorf("%q: not YAML: %v", tc.yaml, err)
			}
			continue
		}
		if err := schema.Validate(v); err == nil && !onlyCryptolint[tc.yaml] {
			t.Errorf("%q: the schema accepts it; cryptolint says %s", tc.yaml, tc.want)
		}
	}
}

// TestSchemaMatchesStruct checks that the schema's keys are File's yaml
// keys, level by level, and that its analyzer names are the rule table's.
func TestSchemaMatchesStruct(t *testing.T) {
	doc := readSchema(t)
	var walk func(t reflect.Type, schema map[string]any, path string)
	walk = func(typ reflect.Type, schema map[string]any, path string) {
		props, _ := schema["properties"].(map[string]any)
		var want []string
		for i := range typ.NumField() {
			f := typ.Field(i)
			tag := f.Tag.Get("yaml")
			if tag == "" {
				continue
			}
			want = append(want, tag)
			sub, ok := props[tag].(map[string]any)
			if !ok {
				continue
			}
			ft := f.Type
			if ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct {
				sub, _ = sub["items"].(map[string]any)
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				walk(ft, sub, path+tag+".")
			}
		}
		var got []string
		for k := range props {
			got = append(got, k)
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("schema keys of %q: %v, File's: %v", strings.TrimSuffix(path, "."), got, want)
		}
		if ap, ok := schema["additionalProperties"]; !ok || ap != false {
			t.Errorf("schema of %q allows unknown keys", strings.TrimSuffix(path, "."))
		}
	}
	walk(reflect.TypeFor[File](), doc, "")

	defs := doc["$defs"].(map[string]any)
	var enum []string
	for _, v := range defs["analyzer"].(map[string]any)["enum"].([]any) {
		enum = append(enum, v.(string))
	}
	var analyzers []string
	for _, r := range rules.All() {
		if !slices.Contains(analyzers, r.Analyzer) {
			analyzers = append(analyzers, r.Analyzer)
		}
	}
	slices.Sort(analyzers)
	if !slices.Equal(enum, analyzers) {
		t.Errorf("schema analyzers %v, rule table's %v", enum, analyzers)
	}
}
