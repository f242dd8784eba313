// Package cli is the cryptolint command: flags, package loading, running
// the analyzers, and writing the report. Whether a finding exists is decided
// in the analyzers; this package only loads, filters, formats and exits.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strings"
	"syscall"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/cryptolint/cryptolint/internal/rules"
)

// Exit codes. They differ from multichecker's (3 for findings, 1 for
// errors, 0 with -json) so that CI can tell "findings" from "could not
// analyze", and JSON output does not hide either.
const (
	ExitClean    = 0 // no findings
	ExitFindings = 1 // at least one finding
	ExitError    = 2 // usage error, or a package that could not be loaded or analyzed (beats ExitFindings)
)

// options are the command's own flags.
type options struct {
	dir      string // -C; after Main, the absolute working directory
	tags     string
	format   string
	output   string
	color    string
	rules    bool
	explain  string
	version  bool
	patterns []string

	printConfig bool              // -print-config
	set         map[string]string // the flags set on the command line, by name

	// Selection and CI adoption (select.go, baseline.go, fix.go).
	enable, disable listFlag
	severity        string
	minSeverity     rules.Severity
	unusedIgnores   bool
	baseline        string
	writeBaseline   string
	diff, fix       bool
	cpuProfile      string // -debug.cpuprofile
	memProfile      string // -debug.memprofile
}

// listFlag is a repeatable flag of comma-separated names.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(s string) error {
	for n := range strings.SplitSeq(s, ",") {
		if n = strings.TrimSpace(n); n != "" {
			*l = append(*l, n)
		}
	}
	return nil
}

// Main runs the command with args (without the program name) and returns
// the exit code. Invoked by go vet -vettool, it hands over to unitchecker,
// which reads os.Args and exits by itself.
func Main(analyzers []*analysis.Analyzer, args []string, stdout, stderr io.Writer) int {
	if isVetInvocation(args) {
		if slices.Contains(args, "-V=full") || slices.Contains(args, "--V=full") {
			return printVetID(stdout, stderr) // vetid.go
		}
		if cfg, ok := typesOnly(args[len(args)-1]); ok {
			return writeTypesOnly(cfg, stderr)
		}
		if err := checkVetConfig(args[len(args)-1]); err != nil {
			fmt.Fprintf(stderr, "cryptolint: %v\n", err) // vetid.go
			return ExitError
		}
		unitchecker.Main(analyzers...) // does not return
	}
	opts, code, ok := parseFlags(analyzers, args, stdout, stderr)
	if !ok {
		return code
	}
	switch {
	case opts.version:
		fmt.Fprintf(stdout, "cryptolint version %s\n", Version())
		return ExitClean
	case opts.rules:
		printRules(stdout)
		return ExitClean
	case opts.explain != "":
		r := rules.ByID(opts.explain)
		if r == nil {
			fmt.Fprintf(stderr, "cryptolint: unknown rule %q (cryptolint -rules lists them)\n", opts.explain)
			return ExitError
		}
		printExplain(stdout, r)
		return ExitClean
	}
	dir, err := workDir(opts.dir)
	if err != nil {
		fmt.Fprintf(stderr, "cryptolint: -C: %v\n", err)
		return ExitError
	}
	opts.dir = dir
	if opts.printConfig {
		if err := printConfig(stdout, configDir(opts), dir, analyzers, opts.set); err != nil {
			fmt.Fprintf(stderr, "cryptolint: %v\n", err)
			return ExitError
		}
		return ExitClean
	}
	stop, err := startProfiles(opts)
	if err != nil {
		fmt.Fprintf(stderr, "cryptolint: %v\n", err)
		return ExitError
	}
	code = run(analyzers, opts, stdout, stderr)
	if err := stop(); err != nil {
		fmt.Fprintf(stderr, "cryptolint: %v\n", err)
		return ExitError
	}
	return code
}

// startProfiles starts the CPU profile -debug.cpuprofile asks for and
// returns the function that ends it and writes the heap profile of
// -debug.memprofile. Relative profile file names are resolved as -o's.
func startProfiles(o *options) (stop func() error, err error) {
	var cpu *os.File
	if o.cpuProfile != "" {
		if cpu, err = os.Create(o.file(o.cpuProfile)); err != nil {
			return nil, fmt.Errorf("-debug.cpuprofile: %v", err)
		}
		if err := pprof.StartCPUProfile(cpu); err != nil {
			cpu.Close()
			return nil, fmt.Errorf("-debug.cpuprofile: %v", err)
		}
	}
	return func() error {
		if cpu != nil {
			pprof.StopCPUProfile()
			if err := cpu.Close(); err != nil {
				return fmt.Errorf("-debug.cpuprofile: %v", err)
			}
		}
		if o.memProfile == "" {
			return nil
		}
		f, err := os.Create(o.file(o.memProfile))
		if err != nil {
			return fmt.Errorf("-debug.memprofile: %v", err)
		}
		runtime.GC()
		err = pprof.WriteHeapProfile(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("-debug.memprofile: %v", err)
		}
		return nil
	}, nil
}

// workDir returns the directory the command works in, absolute: the one -C
// names, relative to the process's working directory, or that directory.
// The process's working directory is left alone: the directory is passed
// to the go command and relative file names are resolved against it. The
// error for -C is the one changing to the directory would give.
func workDir(dir string) (string, error) {
	if dir == "" {
		return os.Getwd()
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	info, err := os.Stat(abs)
	if err == nil && !info.IsDir() {
		err = &fs.PathError{Err: syscall.ENOTDIR}
	}
	if pe, ok := err.(*fs.PathError); ok {
		pe.Op, pe.Path = "chdir", dir
	}
	return abs, err
}

// file returns a file name given in a flag, resolved against the working
// directory (-C) when relative.
func (o *options) file(name string) string {
	if name == "" || filepath.IsAbs(name) {
		return name
	}
	return filepath.Join(o.dir, name)
}

// isVetInvocation reports whether go vet -vettool runs us: it asks for
// -flags and -V=full, then passes a .cfg file as the last argument.
func isVetInvocation(args []string) bool {
	if len(args) == 0 {
		return false
	}
	if strings.HasSuffix(args[len(args)-1], ".cfg") {
		return true
	}
	return slices.ContainsFunc(args, func(a string) bool {
		return a == "-flags" || a == "--flags" || strings.HasPrefix(a, "-V=") || strings.HasPrefix(a, "--V=")
	})
}

// parseFlags defines and parses the flags. It returns ok=false with the
// exit code when the command should stop (bad flags, -help).
func parseFlags(analyzers []*analysis.Analyzer, args []string, stdout, stderr io.Writer) (*options, int, bool) {
	fs := flag.NewFlagSet("cryptolint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	o := new(options)
	fs.StringVar(&o.dir, "C", "", "change to `dir` before doing anything else, like go -C")
	fs.StringVar(&o.tags, "tags", "", "comma-separated build `tags` to consider satisfied while loading packages")
	fs.StringVar(&o.format, "format", "text", "output `format`: text, json or sarif (SARIF 2.1.0)")
	json := fs.Bool("json", false, "alias of -format json")
	fs.StringVar(&o.output, "o", "", "write the report to `file` instead of standard output")
	fs.StringVar(&o.color, "color", "auto", "colour text output: auto (a terminal and no NO_COLOR), always or never")
	fs.BoolVar(&o.rules, "rules", false, "list the rules and exit")
	fs.StringVar(&o.explain, "explain", "", "print the documentation of rule `CLnnn` and exit")
	fs.BoolVar(&o.version, "version", false, "print the version and exit")
	fs.BoolVar(&o.printConfig, "print-config", false, "print the configuration (.cryptolint.yaml files and flags) for the working directory, or the first pattern's, with where each value comes from, and exit")
	fs.Var(&o.enable, "enable", "report only these rule IDs or analyzers (comma-separated, repeatable)")
	fs.Var(&o.disable, "disable", "do not report these rule IDs or analyzers (comma-separated, repeatable)")
	fs.StringVar(&o.severity, "severity", "low", "lowest `severity` that is reported and fails the run: low, medium or high")
	fs.BoolVar(&o.unusedIgnores, "unused-ignores", false, "report //cryptolint:ignore directives that suppress nothing (CL003)")
	fs.StringVar(&o.baseline, "baseline", "", "report and fail only on findings not recorded in this baseline `file`")
	fs.StringVar(&o.writeBaseline, "write-baseline", "", "record the current findings in this baseline `file` and exit 0 (unless packages fail)")
	fs.BoolVar(&o.diff, "diff", false, "print the suggested fixes as a unified diff")
	fs.BoolVar(&o.fix, "fix", false, "apply the suggested fixes to the files")
	fs.StringVar(&o.cpuProfile, "debug.cpuprofile", "", "write a CPU profile of the run to `file` (go tool pprof reads it)")
	fs.StringVar(&o.memProfile, "debug.memprofile", "", "write a heap profile at the end of the run to `file`")
	for _, a := range analyzers {
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "cryptolint finds cryptographic failures in Go code that uses MongoDB.\n\n"+
			"Usage:\n  cryptolint [flags] [packages]   (default ./...)\n  go vet -vettool=$(which cryptolint) [packages]\n\n"+
			"Exit codes: 0 no findings, 1 findings, 2 usage error or a package that could not be analyzed.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, ExitClean, false
		}
		return nil, ExitError, false
	}
	if *json {
		o.format = "json"
	}
	if o.format != "text" && o.format != "json" && o.format != "sarif" {
		fmt.Fprintf(stderr, "cryptolint: unknown -format %q (want text, json or sarif)\n", o.format)
		return nil, ExitError, false
	}
	sev, err := rules.ParseSeverity(o.severity)
	if err != nil {
		fmt.Fprintf(stderr, "cryptolint: -severity: %v\n", err)
		return nil, ExitError, false
	}
	o.minSeverity = sev
	if err := checkNames(analyzers, o.enable, o.disable); err != nil {
		fmt.Fprintf(stderr, "cryptolint: %v\n", err)
		return nil, ExitError, false
	}
	if o.baseline != "" && o.writeBaseline != "" {
		fmt.Fprintf(stderr, "cryptolint: -baseline and -write-baseline cannot be used together\n")
		return nil, ExitError, false
	}
	if o.color != "auto" && o.color != "always" && o.color != "never" {
		fmt.Fprintf(stderr, "cryptolint: unknown -color %q (want auto, always or never)\n", o.color)
		return nil, ExitError, false
	}
	o.set = setFlags(fs)
	o.patterns = fs.Args()
	if len(o.patterns) == 0 {
		o.patterns = []string{"./..."}
	}
	return o, ExitClean, true
}

// Version returns the module version the binary was built from.
func Version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

// printRules lists the rule table.
func printRules(w io.Writer) {
	fmt.Fprintf(w, "%-6s  %-8s  %-15s  %-8s  %s\n", "ID", "SEVERITY", "ANALYZER", "CWE", "TITLE")
	for _, r := range rules.All() {
		fmt.Fprintf(w, "%-6s  %-8s  %-15s  %-8s  %s\n", r.ID, r.Severity, r.Analyzer, r.CWEString(), r.Title)
	}
}

// printExplain prints one rule's documentation.
func printExplain(w io.Writer, r *rules.Rule) {
	fmt.Fprintf(w, "%s: %s\n\nanalyzer: %s\nseverity: %s\n", r.ID, r.Title, r.Analyzer, r.Severity)
	if c := r.CWEString(); c != "" {
		fmt.Fprintf(w, "cwe:      %s\n", c)
	}
	fmt.Fprintf(w, "docs:     %s\n\n%s\n", r.URL(), r.Help)
}
