// Package config owns cryptolint's configuration file, .cryptolint.yaml:
// its format, strict decoding with file:line:column errors, discovery from
// a package's directory up to its module root, the merge of nested files,
// a per-process cache, and where each value came from.
//
// The analyzers read the file themselves (ForPass), so that the cryptolint
// command, go vet -vettool, golangci-lint and other drivers of the suite
// agree on the same packages. Flags (and golangci-lint settings, which set
// the same flags) take precedence: a scalar flag a driver set wins over
// the file; a list flag extends the file's list.
//
// The format is one YAML mapping; docs/configuration.md documents it and
// docs/cryptolint.schema.json is its JSON Schema:
//
//	names: ["member number:personalid"]    # words added to the sensitive names
//	ignore: [pin]                          # words removed from them
//	drivers: [example.com/mongo-fork]      # MongoDB driver forks
//	tests: false                           # report in _test.go and generated files
//	plaintextsecret:
//	  sinks: ["example.com/db.Save:1"]
//	  protectors: [example.com/vault.Wrap]
//	mongotls:
//	  loopback: false
//	weakalgo:
//	  strict: false
//	  rsabits: 2048
//	  bcryptcost: 10
//	exclude:
//	  - paths: ["**/*.pb.go", "fixtures/**"]
//	    rules: [CL101]                     # rule IDs or analyzer names; none = all
//	severity:
//	  CL305: medium
//
// yaml.Node (go.yaml.in/yaml/v3) is walked here rather than decoded with
// yaml.Unmarshal, so that every error names the line and column of the
// key or value at fault, and so that a value of the wrong YAML type
// ("yes" for a boolean, a single string for a list) is an error, never a
// conversion.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/cryptolint/cryptolint/internal/mongoapi"
	"github.com/cryptolint/cryptolint/internal/names"
	"github.com/cryptolint/cryptolint/internal/rules"
)

// FileName is the name of the configuration file, looked for in a
// package's directory and its parents up to the module root.
const FileName = ".cryptolint.yaml"

// File is one configuration file as written. Pointers are nil for a key
// the file does not set.
type File struct {
	Names           []string                `yaml:"names"`
	Ignore          []string                `yaml:"ignore"`
	Drivers         []string                `yaml:"drivers"`
	Tests           *bool                   `yaml:"tests"`
	Plaintextsecret PlaintextsecretSettings `yaml:"plaintextsecret"`
	Mongotls        MongotlsSettings        `yaml:"mongotls"`
	Weakalgo        WeakalgoSettings        `yaml:"weakalgo"`
	Exclude         []Exclude               `yaml:"exclude"`
	Severity        map[string]string       `yaml:"severity"`

	// lines maps a key path ("names", "weakalgo.rsabits",
	// "severity.CL305", "exclude") to the line of its key.
	lines map[string]int
}

// PlaintextsecretSettings are the settings of the plaintextsecret analyzer.
type PlaintextsecretSettings struct {
	Sinks      []string `yaml:"sinks"`
	Protectors []string `yaml:"protectors"`
}

// MongotlsSettings are the settings of the mongotls analyzer.
type MongotlsSettings struct {
	Loopback *bool `yaml:"loopback"`
}

// WeakalgoSettings are the settings of the weakalgo analyzer.
type WeakalgoSettings struct {
	Strict     *bool `yaml:"strict"`
	RSABits    *int  `yaml:"rsabits"`
	BcryptCost *int  `yaml:"bcryptcost"`
}

// Exclude turns rules off for files matching path globs, relative to the
// directory of the file that holds the entry.
type Exclude struct {
	Paths []string `yaml:"paths"`
	Rules []string `yaml:"rules"` // rule IDs or analyzer names; empty: every rule
}

// Error is an error in a configuration file, at a position.
type Error struct {
	File         string
	Line, Column int // 0 when the error is about the whole file
	Msg          string
}

func (e *Error) Error() string {
	if e.Line == 0 {
		return e.File + ": " + e.Msg
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Column, e.Msg)
}

// Parse decodes and validates the configuration file called name (used in
// errors) with the given contents.
func Parse(name string, data []byte) (*File, error) {
	f := &File{lines: make(map[string]int)}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return f, nil // an empty file sets nothing
		}
		return nil, syntaxError(name, err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return nil, &Error{name, extra.Line, extra.Column, "a second YAML document; the file holds one mapping"}
	}
	d := &decoder{file: name, lines: f.lines}
	root := &doc
	if root.Kind == yaml.DocumentNode {
		if len(root.Content) == 0 {
			return f, nil
		}
		root = root.Content[0]
	}
	if root.ShortTag() == "!!null" {
		return f, nil // comments only
	}
	if err := d.decode(root, reflect.ValueOf(f).Elem(), ""); err != nil {
		return nil, err
	}
	return f, nil
}

// syntaxError turns yaml's "yaml: line N: msg" into a positioned Error.
func syntaxError(name string, err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if n, after, ok := strings.Cut(rest, ": "); ok {
			if l, err := strconv.Atoi(n); err == nil {
				line, msg = l, after
			}
		}
	}
	if line == 0 {
		return &Error{File: name, Msg: "invalid YAML: " + msg}
	}
	return &Error{name, line, 1, "invalid YAML: " + msg}
}

// decoder walks a yaml.Node into a File.
type decoder struct {
	file  string
	lines map[string]int
}

// errorf returns an Error at node n.
func (d *decoder) errorf(n *yaml.Node, format string, args ...any) error {
	return &Error{d.file, n.Line, n.Column, fmt.Sprintf(format, args...)}
}

// decode decodes n into v, whose key path is path ("" for the top).
func (d *decoder) decode(n *yaml.Node, v reflect.Value, path string) error {
	for n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	if n.ShortTag() == "!!null" {
		return d.errorf(n, "%s has no value; remove the key or give it one", quoteKey(path))
	}
	switch v.Kind() {
	case reflect.Struct:
		return d.decodeStruct(n, v, path)
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			return d.errorf(n, "%s wants a list, not %s", quoteKey(path), describe(n))
		}
		out := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
		for i, item := range n.Content {
			if err := d.decode(item, out.Index(i), fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
		v.Set(out)
		return nil
	case reflect.Map:
		return d.decodeMap(n, v, path)
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		if err := d.decode(n, p.Elem(), path); err != nil {
			return err
		}
		v.Set(p)
		return nil
	case reflect.String:
		if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!str" {
			return d.errorf(n, "%s wants a string, not %s", quoteKey(path), describe(n))
		}
		if err := check(path, n.Value); err != nil {
			return d.errorf(n, "%s: %v", quoteKey(path), err)
		}
		v.SetString(n.Value)
		return nil
	case reflect.Bool:
		if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!bool" {
			return d.errorf(n, "%s wants true or false, not %s", quoteKey(path), describe(n))
		}
		b, err := strconv.ParseBool(n.Value)
		if err != nil {
			return d.errorf(n, "%s wants true or false, not %s", quoteKey(path), describe(n))
		}
		v.SetBool(b)
		return nil
	case reflect.Int:
		if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!int" {
			return d.errorf(n, "%s wants an integer, not %s", quoteKey(path), describe(n))
		}
		i, err := strconv.ParseInt(strings.ReplaceAll(n.Value, "_", ""), 0, 32)
		if err != nil {
			return d.errorf(n, "%s: integer %s out of range", quoteKey(path), n.Value)
		}
		if err := checkInt(path, int(i)); err != nil {
			return d.errorf(n, "%s: %v", quoteKey(path), err)
		}
		v.SetInt(i)
		return nil
	}
	panic(fmt.Sprintf("config: no decoding for %s", v.Type()))
}

// decodeStruct decodes a mapping into a struct by yaml tag, rejecting
// unknown and repeated keys.
func (d *decoder) decodeStruct(n *yaml.Node, v reflect.Value, path string) error {
	if n.Kind != yaml.MappingNode {
		what := "the file"
		if path != "" {
			what = quoteKey(path)
		}
		return d.errorf(n, "%s wants a mapping of keys to values, not %s", what, describe(n))
	}
	t := v.Type()
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode || k.ShortTag() == "!!merge" {
			return d.errorf(k, "keys are plain names; this one is %s", describe(k))
		}
		field := -1
		var valid []string
		for j := range t.NumField() {
			tag := t.Field(j).Tag.Get("yaml")
			if tag == "" {
				continue
			}
			valid = append(valid, tag)
			if tag == k.Value {
				field = j
			}
		}
		key := joinPath(path, k.Value)
		if field < 0 {
			slices.Sort(valid)
			in := ""
			if path != "" {
				in = " in " + quoteKey(path)
			}
			return d.errorf(k, "unknown key %q%s (valid: %s)", k.Value, in, strings.Join(valid, ", "))
		}
		if seen[k.Value] {
			return d.errorf(k, "key %q appears twice", key)
		}
		seen[k.Value] = true
		if err := d.decode(val, v.Field(field), key); err != nil {
			return err
		}
		if path == "" || !strings.Contains(path, "[") {
			d.lines[key] = k.Line
		}
	}
	if t == reflect.TypeFor[Exclude]() && !seen["paths"] {
		return d.errorf(n, "%s needs paths: a list of globs such as \"**/*.pb.go\"", quoteKey(path))
	}
	if strings.HasPrefix(path, "exclude[") {
		d.lines[path] = n.Line
	}
	return nil
}

// decodeMap decodes the severity mapping: rule ID to severity.
func (d *decoder) decodeMap(n *yaml.Node, v reflect.Value, path string) error {
	if n.Kind != yaml.MappingNode {
		return d.errorf(n, "%s wants a mapping, not %s", quoteKey(path), describe(n))
	}
	m := reflect.MakeMap(v.Type())
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			return d.errorf(k, "keys of %s are rule IDs; this one is %s", quoteKey(path), describe(k))
		}
		r := rules.ByID(k.Value)
		if r == nil {
			return d.errorf(k, "%s: unknown rule %q (cryptolint -rules lists them)", quoteKey(path), k.Value)
		}
		key := joinPath(path, r.ID)
		if m.MapIndex(reflect.ValueOf(r.ID)).IsValid() {
			return d.errorf(k, "key %q appears twice", key)
		}
		var s string
		if err := d.decode(val, reflect.ValueOf(&s).Elem(), key); err != nil {
			return err
		}
		m.SetMapIndex(reflect.ValueOf(r.ID), reflect.ValueOf(s))
		d.lines[key] = k.Line
	}
	v.Set(m)
	return nil
}

// check validates one string value by its key path.
func check(path string, s string) error {
	key := stripIndexes(path)
	switch key {
	case "names", "ignore":
		if strings.Contains(s, ",") {
			return errors.New("one word or phrase per list item, without commas")
		}
		var l names.WordList
		return l.Set(s)
	case "drivers":
		if strings.Contains(s, ",") {
			return errors.New("one module path per list item, without commas")
		}
		var m mongoapi.Modules
		if err := m.Set(s); err != nil {
			return err
		}
		if strings.TrimSpace(s) == "" {
			return errors.New("empty module path")
		}
	case "plaintextsecret.sinks", "plaintextsecret.protectors":
		_, _, err := ParseFunc(s)
		return err
	case "exclude.paths":
		return checkGlob(s)
	case "exclude.rules":
		if rules.ByID(s) == nil && !isAnalyzer(s) {
			return fmt.Errorf("unknown rule or analyzer %q (cryptolint -rules lists them)", s)
		}
	default:
		if strings.HasPrefix(key, "severity.") {
			_, err := rules.ParseSeverity(s)
			return err
		}
	}
	return nil
}

// stripIndexes removes the list indexes of a key path:
// "exclude[0].paths[1]" is "exclude.paths".
func stripIndexes(path string) string {
	var b strings.Builder
	depth := 0
	for _, r := range path {
		switch {
		case r == '[':
			depth++
		case r == ']':
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// checkInt validates one integer value by its key path.
func checkInt(path string, i int) error {
	switch path {
	case "weakalgo.rsabits":
		if i < 512 || i > 16384 {
			return fmt.Errorf("%d bits is not an RSA key size (want 512 to 16384)", i)
		}
	case "weakalgo.bcryptcost":
		if i < 4 || i > 31 {
			return fmt.Errorf("bcrypt cost %d is outside bcrypt's range (4 to 31)", i)
		}
	}
	return nil
}

// isAnalyzer reports whether name is the analyzer of some rule.
func isAnalyzer(name string) bool {
	for _, r := range rules.All() {
		if r.Analyzer == name {
			return true
		}
	}
	return false
}

// ParseFunc parses a sink or protector: a function's full name with an
// optional ":n" argument index (0 when absent), as
// -plaintextsecret.sinks and -plaintextsecret.protectors take them.
func ParseFunc(item string) (name string, index int, err error) {
	item = strings.TrimSpace(item)
	name = item
	if i := strings.LastIndexByte(item, ':'); i > 0 && !strings.HasSuffix(item, ")") {
		n, err := strconv.Atoi(item[i+1:])
		if err != nil || n < 0 {
			return "", 0, fmt.Errorf("invalid argument index in %q (want name:n)", item)
		}
		name, index = item[:i], n
	}
	if !strings.Contains(name, ".") || strings.ContainsAny(name, ", \t") {
		return "", 0, fmt.Errorf("%q is not a full function name such as example.com/db.Save or (*example.com/db.Repo).Put", name)
	}
	return name, index, nil
}

// describe names a node's kind and value for errors.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	}
	switch n.ShortTag() {
	case "!!str":
		return strconv.Quote(n.Value)
	case "!!null":
		return "no value"
	}
	return n.Value
}

// joinPath appends a key to a path with a dot.
func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// quoteKey quotes a key path for messages.
func quoteKey(path string) string {
	return strconv.Quote(path)
}
