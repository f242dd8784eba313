package setflag

import (
	"bytes"
	"flag"
	"strings"
	"testing"
)

func TestSetRecorded(t *testing.T) {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	var b, quiet bool
	var n int
	bf := BoolVar(fs, &b, "b", false, "a bool")
	qf := BoolVar(fs, &quiet, "quiet", true, "another")
	nf := IntVar(fs, &n, "n", 2048, "a `number`")
	if bf.IsSet() || qf.IsSet() || nf.IsSet() || n != 2048 || !quiet {
		t.Fatal("set before parsing")
	}
	if err := fs.Parse([]string{"-b", "-n=4096"}); err != nil {
		t.Fatal(err)
	}
	if !bf.IsSet() || !b || qf.IsSet() || !nf.IsSet() || n != 4096 {
		t.Errorf("after parse: b=%v set=%v, quiet set=%v, n=%d set=%v", b, bf.IsSet(), qf.IsSet(), n, nf.IsSet())
	}
	// A value set to its default is still set: it overrides the file.
	if err := fs.Set("quiet", "true"); err != nil || !qf.IsSet() {
		t.Errorf("Set to the default: err %v, IsSet %v", err, qf.IsSet())
	}
	if err := fs.Set("n", "many"); err == nil || err.Error() != "parse error" {
		t.Errorf("Set of a non-number: %v, want the flag package's parse error", err)
	}
	if err := fs.Set("n", "99999999999999999999"); err == nil || err.Error() != "value out of range" {
		t.Errorf("Set of a huge number: %v, want the flag package's range error", err)
	}
	if err := fs.Set("b", "sometimes"); err == nil || err.Error() != "parse error" {
		t.Errorf("Set of a non-boolean: %v, want the flag package's parse error", err)
	}
}

func TestPrintDefaults(t *testing.T) {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	var b bool
	var n int
	BoolVar(fs, &b, "b", false, "a bool")
	IntVar(fs, &n, "n", 2048, "a `number`")
	var out bytes.Buffer
	fs.SetOutput(&out)
	fs.PrintDefaults()
	want := "  -b\ta bool\n  -n number\n    \ta number (default 2048)\n"
	if got := out.String(); got != want || strings.Contains(got, "panic") {
		t.Errorf("PrintDefaults:\n%q\nwant\n%q", got, want)
	}
}
