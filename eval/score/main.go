// Command score measures cryptolint's plaintextsecret findings (CL101,
// CL103) against the labels in eval/labels, written by reading real
// services' code before cryptolint was run on it (eval/LABELLING.md).
//
//	go run ./eval/score -src DIR [-cryptolint BIN] [-set dev|heldout|all] [-reports DIR -save|-cached] [-v] [labels.tsv ...]
//
// DIR holds one checkout per labelled repository, named owner__name, at
// the commit its label file gives; the script does not fetch or build
// them. For each repository it runs `BIN -json ./...` in the module
// directory (or reads its saved JSON report with -cached), keeps the
// CL101 and CL103 findings inside the labelled scope, and matches each to
// the labels by rule, position (the label's line or one of its alternate
// positions, or a line inside the call that starts there) and key (the
// stored key or the Go field name in the message).
//
//   - recall: labels with verdict plain that a finding matches, over all
//     plain labels;
//   - found on a path: plain labels that no finding matches at their
//     positions, but whose position is on a finding's path: one of its
//     related positions (the calls it lists on the way to the driver
//     call), with the same rule and key. Such a finding is reported where
//     the value is known, further out than the labelled lines; the figure
//     is printed beside recall, never added to it;
//   - precision: findings that match only plain labels, or that a line of
//     eval/judged/owner__name.tsv judges right, over all judged findings. A
//     finding that matches a label of another verdict (protected, empty,
//     readback, notsecret) is wrong; weakhash matches are counted apart.
//
// Findings that match no label and no judgment are listed as unjudged: read
// the code and add a line to eval/judged.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

type label struct {
	file    string
	line    int
	alt     []string // file:line
	field   string
	key     string
	verdict string
	rule    string
	why     string
	// ends maps each of the label's positions (file:line) to the last
	// line of the call that starts there, when it spans several lines
	// (spans): a finding on the call's argument a few lines below is at
	// that call.
	ends map[string]int
}

type repo struct {
	name, commit, moduleDir, set string
	scope                        []string // prefixes; nil for all
	labels                       []label
	judged                       map[string]string // file:line:rule -> tp|fp
}

type finding struct {
	File    string     `json:"file"`
	Line    int        `json:"line"`
	Column  int        `json:"column"`
	Rule    string     `json:"rule"`
	Message string     `json:"message"`
	Related []position `json:"related"`
}

// position is a related position of a finding.
type position struct {
	File string `json:"file"`
	Line int    `json:"line"`
}

func main() {
	src := flag.String("src", "", "directory holding the checkouts, one per repository, named owner__name")
	bin := flag.String("cryptolint", "cryptolint", "the cryptolint binary to run")
	set := flag.String("set", "dev", "which labels to score: dev, heldout or all")
	reports := flag.String("reports", "", "directory of the JSON reports (owner__name.json) for -cached and -save; SRC when empty")
	cached := flag.Bool("cached", false, "read REPORTS/owner__name.json instead of running cryptolint")
	save := flag.Bool("save", false, "write each run's JSON report to REPORTS/owner__name.json")
	verbose := flag.Bool("v", false, "list every case and finding with its verdict")
	flag.Parse()
	if *src == "" {
		fmt.Fprintln(os.Stderr, "score: -src is required")
		os.Exit(2)
	}
	if *reports == "" {
		*reports = *src
	}
	files := flag.Args()
	if len(files) == 0 {
		files, _ = filepath.Glob(filepath.Join("eval", "labels", "*.tsv"))
	}
	var total counts
	fmt.Printf("%-45s %5s %5s %5s %5s %5s %5s %5s %5s\n", "repository", "plain", "found", "TP", "FP", "weak", "unjdg", "other", "path")
	for _, f := range files {
		r, err := readRepo(f)
		if err != nil {
			fmt.Fprintf(os.Stderr, "score: %v\n", err)
			os.Exit(2)
		}
		if *set != "all" && r.set != *set {
			continue
		}
		key := strings.ReplaceAll(r.name, "/", "__")
		fs, err := findings(*src, *reports, key, r, *bin, *cached, *save)
		if err != nil {
			fmt.Fprintf(os.Stderr, "score: %s: %v\n", r.name, err)
			fmt.Printf("%-45s not scored: %v\n", r.name, firstLine(err.Error()))
			continue
		}
		r.dropTestSupport(filepath.Join(*src, key, r.moduleDir))
		r.spans(filepath.Join(*src, key, r.moduleDir))
		c := score(r, fs, *verbose)
		total.add(c)
		fmt.Printf("%-45s %5d %5d %5d %5d %5d %5d %5d %5d\n", r.name, c.plain, c.found, c.tp, c.fp, c.weak, c.unjudged, c.other, c.path)
	}
	fmt.Printf("%-45s %5d %5d %5d %5d %5d %5d %5d %5d\n", "total", total.plain, total.found, total.tp, total.fp, total.weak, total.unjudged, total.other, total.path)
	if total.plain > 0 {
		fmt.Printf("recall %d/%d = %.0f%%\n", total.found, total.plain, 100*float64(total.found)/float64(total.plain))
		fmt.Printf("found at the labelled positions or on a finding's path: %d/%d = %.0f%%\n", total.found+total.path, total.plain, 100*float64(total.found+total.path)/float64(total.plain))
	}
	if total.tp+total.fp > 0 {
		fmt.Printf("precision %d/%d = %.0f%% (%d unjudged, %d on weak hashes)\n", total.tp, total.tp+total.fp, 100*float64(total.tp)/float64(total.tp+total.fp), total.unjudged, total.weak)
	}
}

// counts are one repository's figures. plain: cases a finding is expected
// for; found: those a finding matched; tp, fp: findings judged right and
// wrong; weak: findings on weak hashes; unjudged: findings nobody judged;
// other: cases of other verdicts, for the record; path: plain cases not
// found but on a finding's path.
type counts struct{ plain, found, tp, fp, weak, unjudged, other, path int }

func (c *counts) add(d counts) {
	c.plain += d.plain
	c.found += d.found
	c.tp += d.tp
	c.fp += d.fp
	c.weak += d.weak
	c.unjudged += d.unjudged
	c.other += d.other
	c.path += d.path
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// readRepo reads a label file and its judgments.
func readRepo(path string) (*repo, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	r := &repo{judged: map[string]string{}}
	header := false
	for i, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		if rest, ok := strings.CutPrefix(line, "#"); ok {
			k, v, _ := strings.Cut(strings.TrimSpace(rest), ":")
			v = strings.TrimSpace(v)
			switch k {
			case "repo":
				r.name = v
			case "commit":
				r.commit = v
			case "module_dir":
				r.moduleDir = v
			case "set":
				r.set = v
			case "scope":
				if v != "all" {
					for _, p := range strings.Split(v, ",") {
						r.scope = append(r.scope, strings.TrimSuffix(strings.TrimSpace(p), "/"))
					}
				}
			}
			continue
		}
		if !header {
			header = true // file line alt key verdict rule why
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 7 {
			return nil, fmt.Errorf("%s:%d: %d columns, want 7", path, i+1, len(cols))
		}
		n, err := strconv.Atoi(strings.TrimSpace(cols[1]))
		if err != nil {
			return nil, fmt.Errorf("%s:%d: line %q: %v", path, i+1, cols[1], err)
		}
		l := label{file: cols[0], line: n, verdict: cols[4], rule: cols[5], why: cols[6]}
		if cols[2] != "-" && cols[2] != "" {
			for _, a := range strings.Split(cols[2], ",") {
				l.alt = append(l.alt, strings.TrimSpace(a))
			}
		}
		l.field, l.key, _ = strings.Cut(cols[3], "/")
		r.labels = append(r.labels, l)
	}
	if r.name == "" || r.moduleDir == "" {
		return nil, fmt.Errorf("%s: no # repo: or # module_dir: line", path)
	}
	jpath := filepath.Join(filepath.Dir(filepath.Dir(path)), "judged", filepath.Base(path))
	if b, err := os.ReadFile(jpath); err == nil {
		sc := bufio.NewScanner(bytes.NewReader(b))
		for sc.Scan() {
			cols := strings.Split(sc.Text(), "\t")
			if len(cols) < 4 || strings.HasPrefix(cols[0], "#") || cols[0] == "file" {
				continue
			}
			r.judged[cols[0]+":"+cols[1]+":"+cols[2]] = cols[3]
		}
	}
	return r, nil
}

// findings runs cryptolint (or reads its saved report) and returns its
// plaintextsecret findings.
func findings(src, reports, key string, r *repo, bin string, cached, save bool) ([]finding, error) {
	var out []byte
	var err error
	saved := filepath.Join(reports, key+".json")
	if cached {
		out, err = os.ReadFile(saved)
	} else {
		cmd := exec.Command(bin, "-json", "./...")
		cmd.Dir = filepath.Join(src, key, r.moduleDir)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err = cmd.Output()
		if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() <= 1 || ok && len(out) > 0 {
			err = nil // 1: findings; 3: some packages did not load, the rest is analyzed
		}
		if err != nil {
			err = fmt.Errorf("%v: %s", err, stderr.String())
		}
		if err == nil && save {
			err = os.WriteFile(saved, out, 0o644)
		}
	}
	if err != nil {
		return nil, err
	}
	var rep struct {
		Findings []finding `json:"findings"`
	}
	if err := json.Unmarshal(out, &rep); err != nil {
		return nil, err
	}
	var fs []finding
	for _, f := range rep.Findings {
		if f.Rule != "CL101" && f.Rule != "CL103" {
			continue
		}
		fs = append(fs, f)
	}
	return fs, nil
}

// keeps reports whether a finding is scored: inside the scope, or at a
// label's position outside it (labels list callers outside the scope in
// alt).
func (r *repo) keeps(f finding) bool {
	return r.inScope(f.File) || slices.ContainsFunc(r.labels, func(l label) bool { return l.matches(f) })
}

// inScope reports whether a file is inside the labelled scope.
func (r *repo) inScope(file string) bool {
	return r.scope == nil || slices.ContainsFunc(r.scope, func(p string) bool { return file == p || strings.HasPrefix(file, p+"/") })
}

// matches reports whether a finding is about a label's case.
func (l label) matches(f finding) bool {
	if f.Rule != l.rule {
		return false
	}
	return l.at(f.File, f.Line) && l.sameKey(f)
}

// at reports whether file:line is the label's position or one of its
// alternates.
func (l label) at(file string, line int) bool {
	for _, p := range l.positions() {
		f, n, ok := splitPos(p)
		if !ok || f != file {
			continue
		}
		if line == n || n < line && line <= l.ends[p] {
			return true
		}
	}
	return false
}

// positions returns the label's position and its alternates, file:line.
func (l label) positions() []string {
	return append([]string{l.file + ":" + strconv.Itoa(l.line)}, l.alt...)
}

// splitPos splits file:line.
func splitPos(p string) (string, int, bool) {
	i := strings.LastIndexByte(p, ':')
	if i < 0 {
		return "", 0, false
	}
	n, err := strconv.Atoi(p[i+1:])
	return p[:i], n, err == nil
}

// spans records, for each label position, the last line of the calls
// that start on its line in the checkout (dir is the module directory):
// the guide labels the line of the call that hands the document to
// MongoDB, and a finding reported at the call's document argument, a few
// lines below in a multi-line call, is at that call.
func (r *repo) spans(dir string) {
	files := map[string]*ast.File{}
	fset := token.NewFileSet()
	for i := range r.labels {
		l := &r.labels[i]
		l.ends = map[string]int{}
		for _, p := range l.positions() {
			file, line, ok := splitPos(p)
			if !ok {
				continue
			}
			f, seen := files[file]
			if !seen {
				f, _ = parser.ParseFile(fset, filepath.Join(dir, file), nil, parser.SkipObjectResolution)
				files[file] = f
			}
			if f == nil {
				continue
			}
			ast.Inspect(f, func(n ast.Node) bool {
				if n == nil {
					return false
				}
				if fset.Position(n.Pos()).Line > line || fset.Position(n.End()).Line < line {
					return false // entirely after or before the line
				}
				if c, ok := n.(*ast.CallExpr); ok && fset.Position(c.Pos()).Line == line {
					if end := fset.Position(c.End()).Line; end > l.ends[p] {
						l.ends[p] = end
					}
				}
				return true
			})
		}
	}
}

// dropTestSupport removes the labels in files of test support code, which
// the policy does not report (a file that imports "testing": a database
// seeder or a conformance suite that the tests run), as it does not report
// _test.go files, which the labels leave out.
func (r *repo) dropTestSupport(dir string) {
	support := map[string]bool{}
	fset := token.NewFileSet()
	r.labels = slices.DeleteFunc(r.labels, func(l label) bool {
		is, seen := support[l.file]
		if !seen {
			f, _ := parser.ParseFile(fset, filepath.Join(dir, l.file), nil, parser.ImportsOnly)
			is = f != nil && slices.ContainsFunc(f.Imports, func(imp *ast.ImportSpec) bool { return imp.Path.Value == `"testing"` })
			support[l.file] = is
		}
		return is
	})
}

// onPath reports whether a finding elsewhere passes through the label's
// position on its way to the write (a related position), for the same
// rule and key.
func (l label) onPath(f finding) bool {
	return f.Rule == l.rule && slices.ContainsFunc(f.Related, func(p position) bool { return l.at(p.File, p.Line) }) && l.sameKey(f)
}

// sameKey reports whether a finding's message names the label's key or
// field. A label of a sub-document (OAuthToken/oauthToken) is also named
// by a key inside it ("oauthToken.accessToken"): the case is the
// sub-document, whose sensitive parts the finding lists.
func (l label) sameKey(f finding) bool {
	if l.key != "" && (strings.Contains(f.Message, `"`+l.key+`"`) || strings.Contains(f.Message, "."+l.key+`"`) ||
		strings.Contains(f.Message, `"`+l.key+".") || strings.Contains(f.Message, "."+l.key+".")) {
		return true
	}
	return l.field != "" && namesField(f.Message, l.field)
}

// namesField reports whether a message lists the Go field by its name,
// "Password (key ...)", not as the end of a longer name
// ("DefaultPassword (key ...)").
func namesField(msg, field string) bool {
	for i := 0; ; {
		j := strings.Index(msg[i:], field+" (key ")
		if j < 0 {
			return false
		}
		j += i
		if j == 0 || !isNameByte(msg[j-1]) {
			return true
		}
		i = j + 1
	}
}

func isNameByte(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// score matches findings and labels: the findings inside the scope count
// for precision; any finding's path can show a case (counts.path).
func score(r *repo, all []finding, verbose bool) counts {
	var c counts
	hit := make([]bool, len(r.labels))
	var fs []finding
	for _, f := range all {
		if r.keeps(f) {
			fs = append(fs, f)
		}
	}
	for _, f := range fs {
		var plain, other, weak bool
		for i, l := range r.labels {
			if !l.matches(f) {
				continue
			}
			hit[i] = true
			switch l.verdict {
			case "plain":
				plain = true
			case "weakhash":
				weak = true
			default:
				other = true
			}
		}
		verdict := ""
		switch {
		case other:
			c.fp++
			verdict = "FP (labelled)"
		case plain:
			c.tp++
			verdict = "TP (labelled)"
		case weak:
			c.weak++
			verdict = "weakhash"
		default:
			switch r.judged[f.File+":"+strconv.Itoa(f.Line)+":"+f.Rule] {
			case "tp":
				c.tp++
				verdict = "TP (judged)"
			case "fp":
				c.fp++
				verdict = "FP (judged)"
			default:
				c.unjudged++
				verdict = "UNJUDGED"
			}
		}
		if verbose {
			fmt.Printf("  finding %s %s:%d:%d %s: %s\n", verdict, f.File, f.Line, f.Column, f.Rule, f.Message)
		}
	}
	for i, l := range r.labels {
		if l.verdict != "plain" {
			c.other++
			continue
		}
		c.plain++
		if hit[i] {
			c.found++
			continue
		}
		if j := slices.IndexFunc(all, l.onPath); j >= 0 {
			c.path++
			if verbose {
				fmt.Printf("  on path %s:%d %s %s/%s: of %s:%d\n", l.file, l.line, l.rule, l.field, l.key, all[j].File, all[j].Line)
			}
			continue
		}
		if verbose {
			fmt.Printf("  missed %s:%d %s %s/%s: %s\n", l.file, l.line, l.rule, l.field, l.key, l.why)
		}
	}
	return c
}
