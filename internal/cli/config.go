package cli

import (
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/mod/modfile"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/cryptolint/cryptolint/internal/config"
	"github.com/cryptolint/cryptolint/internal/mongoapi"
	"github.com/cryptolint/cryptolint/internal/rules"
)

// The configuration file (.cryptolint.yaml, internal/config) is read by
// the analyzers. The command reads it too, for what only a driver can do:
//   - fail before analyzing when a file that holds for a package is
//     malformed, with the file's position relative to the working
//     directory (the analyzers would fail too, once per package);
//   - load test packages when a file asks for test files (tests: true);
//   - apply severity overrides to its report (text, JSON, SARIF, the
//     -severity filter and baselines): diagnostics carry no severity;
//   - -print-config.

// checkConfigs reads the configuration of the root packages' directories.
// It returns an error for the first malformed file, and whether a file
// asks for test files for an analyzer whose -tests flag was not set.
func checkConfigs(pkgs []*packages.Package, analyzers []*analysis.Analyzer, cwd string) (tests bool, err error) {
	dirs := make(map[string]bool)
	for _, p := range pkgs {
		if p.Dir != "" {
			dirs[p.Dir] = true
		}
	}
	for _, dir := range slices.Sorted(maps.Keys(dirs)) {
		c, err := config.ForDir(dir)
		if err != nil {
			return false, relConfigError(err, cwd)
		}
		if c.Tests != nil && *c.Tests {
			for _, a := range analyzers {
				if p := rules.PolicyOf(a); p != nil && !p.TestsSet() {
					tests = true
				}
			}
		}
	}
	return tests, nil
}

// relConfigError makes the file of a configuration error relative to cwd.
func relConfigError(err error, cwd string) error {
	if e, ok := err.(*config.Error); ok {
		rel := *e
		rel.File = relPath(e.File, cwd)
		return &rel
	}
	return err
}

// overrideSeverity applies the severity override of the configuration
// that holds for the finding's file, if any.
func overrideSeverity(f *Finding, cwd string) {
	file := f.File
	if !filepath.IsAbs(file) {
		file = filepath.Join(cwd, file)
	}
	c, err := config.ForDir(filepath.Dir(file))
	if err != nil {
		return // reported by the analyzers
	}
	if s, ok := c.Severity[f.Rule]; ok {
		f.severity, f.Severity = s, s.String()
	}
}

// printConfig writes the configuration that holds for dir, merged with the
// flags the user set (set: flag name -> value), with where each value
// comes from. The output is itself a configuration file.
func printConfig(w io.Writer, dir, cwd string, analyzers []*analysis.Analyzer, set map[string]string) error {
	c, err := config.ForDir(dir)
	if err != nil {
		return relConfigError(err, cwd)
	}
	rel := func(src []string) []string {
		out := make([]string, len(src))
		for i, s := range src {
			out[i] = relPath(s, cwd)
		}
		return out
	}
	def := func(name string) string {
		a, f, _ := strings.Cut(name, ".")
		for _, an := range analyzers {
			if an.Name == a {
				if fl := an.Flags.Lookup(f); fl != nil {
					return fl.DefValue
				}
			}
		}
		return ""
	}
	fmt.Fprintf(w, "# cryptolint configuration for %s\n", relDir(dir, cwd))
	if len(c.Files) == 0 {
		fmt.Fprintf(w, "# files: none (%s from the module root down to this directory)\n", config.FileName)
	} else {
		fmt.Fprintf(w, "# files, farthest first: %s\n", strings.Join(rel(c.Files), ", "))
	}
	fmt.Fprintf(w, "# a set flag wins over a file's value; a list flag adds to the files' list\n")
	line := func(indent, key, value string, sources []string) {
		src := "default"
		if len(sources) > 0 {
			src = strings.Join(sources, ", ")
		}
		fmt.Fprintf(w, "%-44s # %s\n", indent+key+": "+value, src)
	}
	list := func(indent, key string, file []string, fileKey string, flags ...string) {
		values := slices.Clone(file)
		sources := rel(c.Sources[fileKey])
		for _, fl := range flags {
			if v, ok := set[fl]; ok {
				for item := range strings.SplitSeq(v, ",") {
					if item != "" && !slices.Contains(values, item) {
						values = append(values, item)
					}
				}
				sources = append(sources, "flag -"+fl)
			}
		}
		quoted := make([]string, len(values))
		for i, v := range values {
			quoted[i] = strconv.Quote(v)
		}
		line(indent, key, "["+strings.Join(quoted, ", ")+"]", sources)
	}
	scalar := func(indent, key, fileKey, flagName, fileValue string) {
		if v, ok := set[flagName]; ok {
			line(indent, key, v, []string{"flag -" + flagName})
			return
		}
		if fileValue != "" {
			line(indent, key, fileValue, rel(c.Sources[fileKey]))
			return
		}
		v := def(flagName)
		if v == "" {
			v = "false" // tests, whose flags are per analyzer
		}
		line(indent, key, v, nil)
	}
	list("", "names", c.Names, "names", "plaintextsecret.names")
	list("", "ignore", c.Ignore, "ignore", "plaintextsecret.ignore")
	list("", "drivers", c.Drivers, "drivers", "plaintextsecret.drivers", "mongotls.drivers")
	scalar("", "tests", "tests", "", boolString(c.Tests))
	var testFlags []string
	for _, a := range analyzers {
		if v, ok := set[a.Name+".tests"]; ok {
			testFlags = append(testFlags, fmt.Sprintf("-%s.tests=%s", a.Name, v))
		}
	}
	if len(testFlags) > 0 {
		fmt.Fprintf(w, "# tests for one analyzer, by flag: %s\n", strings.Join(testFlags, " "))
	}
	fmt.Fprintf(w, "plaintextsecret:\n")
	list("  ", "sinks", c.Sinks, "plaintextsecret.sinks", "plaintextsecret.sinks")
	list("  ", "protectors", c.Protectors, "plaintextsecret.protectors", "plaintextsecret.protectors")
	fmt.Fprintf(w, "mongotls:\n")
	scalar("  ", "loopback", "mongotls.loopback", "mongotls.loopback", boolString(c.Loopback))
	fmt.Fprintf(w, "weakalgo:\n")
	scalar("  ", "strict", "weakalgo.strict", "weakalgo.strict", boolString(c.Strict))
	scalar("  ", "rsabits", "weakalgo.rsabits", "weakalgo.rsabits", intString(c.RSABits))
	scalar("  ", "bcryptcost", "weakalgo.bcryptcost", "weakalgo.bcryptcost", intString(c.BcryptCost))
	if len(c.Exclude) == 0 {
		line("", "exclude", "[]", nil)
	} else {
		fmt.Fprintf(w, "exclude: # globs relative to the directory of the file holding them\n")
		for _, e := range c.Exclude {
			fmt.Fprintf(w, "%-44s # %s\n", "  - paths: "+quoteList(e.Paths), relPath(e.Source, cwd))
			if len(e.Rules) > 0 {
				fmt.Fprintf(w, "    rules: %s\n", quoteList(e.Rules))
			}
		}
	}
	if len(c.Severity) == 0 {
		line("", "severity", "{}", nil)
	} else {
		fmt.Fprintf(w, "severity: # the command's report only; see docs/configuration.md\n")
		for _, id := range slices.Sorted(maps.Keys(c.Severity)) {
			line("  ", id, c.Severity[id].String(), rel(c.Sources["severity."+id]))
		}
	}
	printDrivers(w, dir, c, set)
	return nil
}

// printDrivers writes, as comments, the MongoDB driver modules that the
// go.mod of dir's module requires and that the analyzers recognise.
func printDrivers(w io.Writer, dir string, c *config.Config, set map[string]string) {
	var gomod string
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			gomod = filepath.Join(d, "go.mod")
			break
		}
		if filepath.Dir(d) == d {
			return
		}
	}
	data, err := os.ReadFile(gomod)
	if err != nil {
		return
	}
	mf, err := modfile.ParseLax(gomod, data, nil)
	if err != nil {
		return
	}
	named := slices.Concat(c.Drivers, strings.Split(set["plaintextsecret.drivers"], ","), strings.Split(set["mongotls.drivers"], ","))
	var found []string
	for _, r := range mf.Require {
		p := r.Mod.Path
		switch {
		case slices.Contains(mongoapi.DefaultModules, p):
			found = append(found, p+" (official)")
		case slices.Contains(named, p):
			found = append(found, p+" (named in drivers)")
		case mongoapi.IsFork(p):
			found = append(found, p+" (fork, recognised by its name)")
		}
	}
	if len(found) == 0 {
		fmt.Fprintf(w, "# driver modules required by go.mod: none recognised\n")
		return
	}
	fmt.Fprintf(w, "# driver modules required by go.mod: %s\n", strings.Join(found, ", "))
}

// relDir names a directory relative to cwd, "." for cwd itself.
func relDir(dir, cwd string) string {
	if dir == cwd {
		return "."
	}
	return relPath(dir, cwd)
}

// boolString spells a set boolean, "" for nil.
func boolString(b *bool) string {
	if b == nil {
		return ""
	}
	return strconv.FormatBool(*b)
}

// intString spells a set integer, "" for nil.
func intString(i *int) string {
	if i == nil {
		return ""
	}
	return strconv.Itoa(*i)
}

// quoteList spells a list of strings as a YAML flow sequence.
func quoteList(l []string) string {
	q := make([]string, len(l))
	for i, s := range l {
		q[i] = strconv.Quote(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// configDir returns the directory -print-config describes: the first
// pattern when it names a directory (./svc/... is ./svc), else the
// working directory.
func configDir(o *options) string {
	if len(o.patterns) > 0 {
		p := strings.TrimSuffix(strings.TrimSuffix(o.patterns[0], "..."), "/")
		if p == "" || p == "." {
			return o.dir
		}
		if !filepath.IsAbs(p) {
			p = filepath.Join(o.dir, p)
		}
		if info, err := os.Stat(p); err == nil && info.IsDir() {
			return p
		}
	}
	return o.dir
}

// setFlags returns the flags set on the command line, by name.
func setFlags(fs *flag.FlagSet) map[string]string {
	set := make(map[string]string)
	fs.Visit(func(f *flag.Flag) { set[f.Name] = f.Value.String() })
	return set
}
