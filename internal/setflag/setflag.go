// Package setflag holds flag values that remember whether a driver set
// them. The configuration file (internal/config) gives a value to a
// setting only when its flag was not set: the cryptolint command, go vet's
// unitchecker and the golangci-lint plugin each parse the analyzers' flags
// their own way, but all of them call the flag's Set, which is where the
// value records it.
package setflag

import (
	"errors"
	"flag"
	"strconv"
)

// Bool is a boolean flag value bound to a variable.
type Bool struct {
	p   *bool
	set bool
}

// BoolVar defines a boolean flag on fs that stores into p, like
// flag.FlagSet.BoolVar, and returns it.
func BoolVar(fs *flag.FlagSet, p *bool, name string, value bool, usage string) *Bool {
	*p = value
	b := &Bool{p: p}
	fs.Var(b, name, usage)
	return b
}

// IsSet reports whether a driver set the flag, to any value.
func (b *Bool) IsSet() bool { return b != nil && b.set }

// String implements flag.Value; the zero Bool (flag.PrintDefaults makes
// one) prints false.
func (b *Bool) String() string {
	if b == nil || b.p == nil {
		return "false"
	}
	return strconv.FormatBool(*b.p)
}

// Set implements flag.Value.
func (b *Bool) Set(s string) error {
	v, err := strconv.ParseBool(s)
	if err != nil {
		return errParse
	}
	*b.p, b.set = v, true
	return nil
}

// IsBoolFlag makes -name mean -name=true.
func (b *Bool) IsBoolFlag() bool { return true }

// Get implements flag.Getter.
func (b *Bool) Get() any { return *b.p }

// errParse and errRange are the errors of the flag package's own values,
// so that messages stay those of flag.BoolVar and flag.IntVar.
var (
	errParse = errors.New("parse error")
	errRange = errors.New("value out of range")
)

// numError returns the flag package's error for a failed integer parse.
func numError(err error) error {
	if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
		return errRange
	}
	return errParse
}

// Int is an integer flag value bound to a variable.
type Int struct {
	p   *int
	set bool
}

// IntVar defines an integer flag on fs that stores into p, like
// flag.FlagSet.IntVar, and returns it. Write the placeholder of the
// value in back quotes in usage, as flag.PrintDefaults expects.
func IntVar(fs *flag.FlagSet, p *int, name string, value int, usage string) *Int {
	*p = value
	i := &Int{p: p}
	fs.Var(i, name, usage)
	return i
}

// IsSet reports whether a driver set the flag, to any value.
func (i *Int) IsSet() bool { return i != nil && i.set }

// String implements flag.Value; the zero Int prints 0.
func (i *Int) String() string {
	if i == nil || i.p == nil {
		return "0"
	}
	return strconv.Itoa(*i.p)
}

// Set implements flag.Value.
func (i *Int) Set(s string) error {
	v, err := strconv.ParseInt(s, 0, strconv.IntSize)
	if err != nil {
		return numError(err)
	}
	*i.p, i.set = int(v), true
	return nil
}

// Get implements flag.Getter.
func (i *Int) Get() any { return *i.p }
