package plugin

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/cryptolint/cryptolint/internal/rules"
)

// applySettings decodes the settings of the linter called linter and sets
// the flags of its analyzers from them.
//
// The settings map an analyzer name to its flags, each flag name to a value,
// the same knobs as the cryptolint command's -<analyzer>.<flag>: a string,
// number or boolean, or a list joined with commas for the flag. Nothing here
// lists flags: every flag an analyzer defines is reachable. golangci-lint
// (viper) lower-cases keys and splits dotted keys into nested maps; nested
// maps are joined back with dots, and flag names match case-insensitively.
func applySettings(linter string, analyzers []*analysis.Analyzer, raw any) error {
	top, err := register.DecodeSettings[map[string]json.RawMessage](raw)
	if err != nil {
		return fmt.Errorf("settings of %s must map analyzer names to their settings (%v)", linter, err)
	}
	for _, key := range slices.Sorted(maps.Keys(top)) {
		i := slices.IndexFunc(analyzers, func(a *analysis.Analyzer) bool { return a.Name == key })
		if i < 0 {
			return unknownAnalyzer(linter, key, analyzers)
		}
		a := analyzers[i]
		values, err := flagValues(top[key])
		if err != nil {
			return fmt.Errorf("settings of %s: %s: %v", linter, key, err)
		}
		for _, name := range slices.Sorted(maps.Keys(values)) {
			f := lookupFlag(&a.Flags, name)
			if f != nil && f.Name == rules.EmitSuppressedFlag {
				return fmt.Errorf("setting %s.%s is not available in golangci-lint: it would show suppressed findings as real ones (golangci-lint does not read the category that marks them)", a.Name, f.Name)
			}
			if f == nil {
				return fmt.Errorf("unknown setting %s.%s in the settings of %s (valid: %s)",
					a.Name, name, linter, joinNames(settingNames(a)))
			}
			if err := a.Flags.Set(f.Name, values[name]); err != nil {
				return fmt.Errorf("invalid value %q for setting %s.%s in the settings of %s: %v (%s)",
					values[name], a.Name, f.Name, linter, err, f.Usage)
			}
		}
	}
	return nil
}

// unknownAnalyzer returns the error for a settings key that names none of
// the linter's analyzers, with a hint when the key is one of their flags
// written without the analyzer level.
func unknownAnalyzer(linter, key string, analyzers []*analysis.Analyzer) error {
	var valid []string
	hint := ""
	for _, a := range analyzers {
		valid = append(valid, a.Name)
		if hint == "" && lookupFlag(&a.Flags, key) != nil {
			hint = fmt.Sprintf("; settings are nested per analyzer: write %s: {%s: ...}", a.Name, key)
		}
	}
	return fmt.Errorf("unknown analyzer %q in the settings of %s (valid: %s)%s", key, linter, joinNames(valid), hint)
}

// lookupFlag returns the flag of fs called name, ignoring case (viper
// lower-cases setting keys), or nil.
func lookupFlag(fs *flag.FlagSet, name string) *flag.Flag {
	if f := fs.Lookup(name); f != nil {
		return f
	}
	var found *flag.Flag
	fs.VisitAll(func(f *flag.Flag) {
		if found == nil && strings.EqualFold(f.Name, name) {
			found = f
		}
	})
	return found
}

// settingNames returns the settings of a, analyzer.flag, sorted.
func settingNames(a *analysis.Analyzer) []string {
	var names []string
	a.Flags.VisitAll(func(f *flag.Flag) { // VisitAll visits in lexical order
		names = append(names, a.Name+"."+f.Name)
	})
	return names
}

// flagValues decodes the settings of one analyzer into flag values keyed
// by flag name.
func flagValues(raw json.RawMessage) (map[string]string, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber() // keep integers exact
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("want a map of settings (flag name: value), not %s", describe(v))
	}
	values := make(map[string]string)
	if err := flatten("", m, values); err != nil {
		return nil, err
	}
	return values, nil
}

// flatten stores in values the flag value of every leaf of m, keyed by its
// path joined with dots (viper splits a key "a.b" into {a: {b: ...}}).
func flatten(prefix string, m map[string]any, values map[string]string) error {
	for k, v := range m {
		name := k
		if prefix != "" {
			name = prefix + "." + k
		}
		if sub, ok := v.(map[string]any); ok {
			if err := flatten(name, sub, values); err != nil {
				return err
			}
			continue
		}
		s, err := flagValue(v)
		if err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
		values[name] = s
	}
	return nil
}

// flagValue returns the command-line spelling of a setting's value: a
// scalar as written, a list joined with commas.
func flagValue(v any) (string, error) {
	list, ok := v.([]any)
	if !ok {
		return scalar(v)
	}
	parts := make([]string, 0, len(list))
	for _, x := range list {
		s, err := scalar(x)
		if err != nil {
			return "", fmt.Errorf("list element: %v", err)
		}
		if strings.Contains(s, ",") {
			return "", fmt.Errorf("list element %q contains a comma, which would split it in two", s)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ","), nil
}

// scalar returns the spelling of a string, number or boolean.
func scalar(v any) (string, error) {
	switch v := v.(type) {
	case string:
		return v, nil
	case json.Number:
		return v.String(), nil
	case bool:
		return strconv.FormatBool(v), nil
	}
	return "", fmt.Errorf("want a string, number or boolean, not %s", describe(v))
}

// describe names the kind of a decoded JSON value for error messages.
func describe(v any) string {
	switch v.(type) {
	case nil:
		return "an empty value"
	case []any:
		return "a list"
	case map[string]any:
		return "a map"
	}
	return fmt.Sprintf("%T", v)
}
