package config

import (
	"errors"
	"go/ast"
	"go/token"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptolint/cryptolint/internal/rules"
)

// Config is the merged configuration that holds for one directory: the
// files from the module root down to the directory, farther ones first.
// Nil pointers are settings no file sets. A Config is shared and must not
// be modified.
type Config struct {
	// Files are the configuration files that apply, farthest first.
	Files []string

	Names, Ignore, Drivers []string
	Sinks, Protectors      []string // plaintextsecret
	Tests                  *bool
	Loopback               *bool // mongotls
	Strict                 *bool // weakalgo
	RSABits, BcryptCost    *int  // weakalgo
	Exclude                []Exclusion
	Severity               map[string]rules.Severity // by rule ID

	// Sources maps a key ("names", "weakalgo.rsabits", "severity.CL305",
	// "exclude") to the places that set it, as file:line, farthest first.
	Sources map[string][]string
}

// Exclusion is an exclude entry of a file, with the directory its globs
// are relative to.
type Exclusion struct {
	Dir    string // the directory of the file holding the entry
	Paths  []string
	Rules  []string // rule IDs or analyzer names; empty: every rule
	Source string   // file:line
}

// Default is the configuration of a directory that no file configures.
var Default = &Config{}

// Merging: a nearer file (in a sub-directory) extends or overrides the
// files above it, key by key:
//   - lists (names, ignore, drivers, sinks, protectors) and exclude
//     entries are appended to the farther files' ones;
//   - scalars (tests, loopback, strict, rsabits, bcryptcost) replace;
//   - severity overrides replace rule by rule.
func merge(parent *Config, f *File, file string) *Config {
	c := &Config{
		Files:      append(slices.Clip(parent.Files), file),
		Names:      appendNew(parent.Names, f.Names),
		Ignore:     appendNew(parent.Ignore, f.Ignore),
		Drivers:    appendNew(parent.Drivers, f.Drivers),
		Sinks:      appendNew(parent.Sinks, f.Plaintextsecret.Sinks),
		Protectors: appendNew(parent.Protectors, f.Plaintextsecret.Protectors),
		Tests:      override(parent.Tests, f.Tests),
		Loopback:   override(parent.Loopback, f.Mongotls.Loopback),
		Strict:     override(parent.Strict, f.Weakalgo.Strict),
		RSABits:    override(parent.RSABits, f.Weakalgo.RSABits),
		BcryptCost: override(parent.BcryptCost, f.Weakalgo.BcryptCost),
		Exclude:    slices.Clip(parent.Exclude),
		Severity:   maps.Clone(parent.Severity),
		Sources:    make(map[string][]string),
	}
	scalar := map[string]bool{"tests": true, "mongotls.loopback": true, "weakalgo.strict": true, "weakalgo.rsabits": true, "weakalgo.bcryptcost": true}
	for k, v := range parent.Sources {
		c.Sources[k] = slices.Clip(v)
	}
	for key, line := range f.lines {
		if strings.HasPrefix(key, "exclude") || key == "plaintextsecret" || key == "mongotls" || key == "weakalgo" || key == "severity" {
			continue // recorded as "exclude" or by their own keys
		}
		src := file + ":" + strconv.Itoa(line)
		if scalar[key] || strings.HasPrefix(key, "severity.") {
			c.Sources[key] = []string{src}
		} else {
			c.Sources[key] = append(c.Sources[key], src)
		}
	}
	dir := filepath.Dir(file)
	for i, e := range f.Exclude {
		src := file + ":" + strconv.Itoa(f.lines["exclude["+strconv.Itoa(i)+"]"])
		c.Exclude = append(c.Exclude, Exclusion{Dir: dir, Paths: e.Paths, Rules: e.Rules, Source: src})
		c.Sources["exclude"] = append(c.Sources["exclude"], src)
	}
	for id, s := range f.Severity {
		sev, _ := rules.ParseSeverity(s) // checked by Parse
		if c.Severity == nil {
			c.Severity = make(map[string]rules.Severity)
		}
		c.Severity[id] = sev
	}
	return c
}

// appendNew returns a new slice of a followed by the elements of b not in a.
func appendNew(a, b []string) []string {
	out := slices.Clip(a)
	for _, s := range b {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// override returns near when set, else far.
func override[T any](far, near *T) *T {
	if near != nil {
		return near
	}
	return far
}

// entry is the cached configuration of one directory.
type entry struct {
	once     sync.Once
	cfg      *Config
	inModule bool // a go.mod was found in the directory or above it
	err      error
}

// cache holds the configuration of every directory asked about, so that
// each file is read once per process, whatever the number of packages.
var cache sync.Map // absolute directory -> *entry

// ForDir returns the configuration that holds for the Go files of dir: the
// .cryptolint.yaml files of dir and of its parents up to the nearest
// directory holding go.mod (the module root), merged. Outside a module,
// and in a module cache copy (a module root whose name holds "@", such as
// example.com/m@v1.2.0), no file is read: Default holds.
func ForDir(dir string) (*Config, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	e := lookup(abs)
	if !e.inModule {
		return Default, nil
	}
	return e.cfg, e.err
}

// lookup returns the cache entry of an absolute directory, filled.
func lookup(dir string) *entry {
	v, _ := cache.LoadOrStore(dir, new(entry))
	e := v.(*entry)
	e.once.Do(func() { e.fill(dir) })
	return e
}

// fill computes the entry of dir from its parent's and its own file.
func (e *entry) fill(dir string) {
	parent := Default
	if exists(filepath.Join(dir, "go.mod")) {
		e.inModule = true
		if strings.Contains(filepath.Base(dir), "@") {
			e.cfg = Default // a module cache copy: a dependency's settings are not ours
			return
		}
	} else {
		up := filepath.Dir(dir)
		if up == dir {
			return // the file system root, outside any module
		}
		pe := lookup(up)
		if !pe.inModule || pe.err != nil {
			e.inModule, e.cfg, e.err = pe.inModule, pe.cfg, pe.err
			return
		}
		e.inModule, parent = true, pe.cfg
	}
	name := filepath.Join(dir, FileName)
	data, err := os.ReadFile(name)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		e.cfg = parent // the same value as the parent's: one per file, not per directory
		return
	case err != nil:
		e.err = &Error{File: name, Msg: err.Error()}
		return
	}
	f, err := Parse(name, data)
	if err != nil {
		e.err = err
		return
	}
	e.cfg = merge(parent, f, name)
}

// exists reports whether a file exists.
func exists(name string) bool {
	_, err := os.Stat(name)
	return err == nil
}

// ForPass returns the configuration of the package a pass analyzes: that
// of the directory of its files ([PackageDir]), or Default when no file
// names a directory.
func ForPass(pass *analysis.Pass) (*Config, error) {
	dir := PackageDir(pass.Fset, pass.Files)
	if dir == "" {
		return Default, nil
	}
	return ForDir(dir)
}

// PackageDir returns the directory of a package's Go files, from their
// names alone (under go vet the analyzers run in a process of their own
// per package). cmd/cgo's translations live in the build cache: their
// //line directives name the user's file, which is used instead. It
// returns "" for a package without files or with relative file names.
func PackageDir(fset *token.FileSet, files []*ast.File) string {
	for _, f := range files {
		tf := fset.File(f.FileStart)
		if tf == nil {
			continue
		}
		name := tf.Name()
		if rules.IsCgoTranslation(f) {
			name = fset.Position(f.Package).Filename // through the //line directive
		}
		if filepath.IsAbs(name) {
			return filepath.Dir(name)
		}
	}
	return ""
}

// Excluded reports whether an exclude entry turns rule off in the file
// called filename.
func (c *Config) Excluded(rule *rules.Rule, filename string) bool {
	for _, e := range c.Exclude {
		if len(e.Rules) > 0 && !slices.ContainsFunc(e.Rules, func(r string) bool {
			return r == rule.Analyzer || strings.EqualFold(r, rule.ID)
		}) {
			continue
		}
		rel, err := filepath.Rel(e.Dir, filename)
		if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			continue // outside the directory of the file with the entry
		}
		rel = filepath.ToSlash(rel)
		if slices.ContainsFunc(e.Paths, func(p string) bool { return matchGlob(p, rel) }) {
			return true
		}
	}
	return false
}

// checkGlob reports what is wrong with an exclude glob.
func checkGlob(p string) error {
	switch {
	case p == "":
		return errors.New("empty glob")
	case strings.HasPrefix(p, "/") || filepath.IsAbs(p):
		return errors.New("globs are relative to the directory of the file holding them, not absolute")
	case strings.Contains(p, `\`):
		return errors.New("write globs with forward slashes")
	}
	for seg := range strings.SplitSeq(strings.TrimPrefix(p, "./"), "/") {
		if seg == ".." {
			return errors.New("globs cannot leave the directory of the file holding them (..)")
		}
		if _, err := path.Match(seg, ""); err != nil {
			return errors.New("malformed glob (see path.Match; ** alone matches any number of directories)")
		}
	}
	return nil
}

// matchGlob reports whether a slash-separated relative path matches a
// glob: path.Match segment by segment, where a segment "**" matches any
// number of directories, none included.
func matchGlob(glob, name string) bool {
	return matchSegs(strings.Split(strings.TrimPrefix(glob, "./"), "/"), strings.Split(name, "/"))
}

// matchSegs matches glob segments against path segments.
func matchSegs(glob, name []string) bool {
	for len(glob) > 0 {
		if glob[0] == "**" {
			for i := 0; i <= len(name); i++ {
				if matchSegs(glob[1:], name[i:]) {
					return true
				}
			}
			return false
		}
		if len(name) == 0 {
			return false
		}
		if ok, _ := path.Match(glob[0], name[0]); !ok {
			return false
		}
		glob, name = glob[1:], name[1:]
	}
	return len(name) == 0
}

// Policy returns the analyzer policy p with the configuration applied:
// Tests from the file unless the analyzer's -tests flag was set, and the
// exclude entries.
func (c *Config) Policy(p *rules.Policy) *rules.Policy {
	out := *p
	if !p.TestsSet() && c.Tests != nil {
		out.Tests = *c.Tests
	}
	if len(c.Exclude) > 0 {
		out.Excluded = c.Excluded
	}
	return &out
}
